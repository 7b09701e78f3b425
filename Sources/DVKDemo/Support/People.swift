import DVKCore

/// A made-up person: full name, sex id and birth year.
struct DemoPerson: Sendable {
    var name: String
    var sex: String
    var birthYear: Int
}

/// Makes people, positions and phone numbers from the vocabulary, and looks ids up in the
/// configuration's lists with a fallback to the list's first entry.
struct PeopleMaker: Sendable {
    let vocabulary: DemoVocabulary
    let lists: ListCatalog

    /// A person of working age in `year`; about 45 % women.
    func person(year: Int, rng: inout SplitMix64) -> DemoPerson {
        let names = vocabulary.people
        let female = rng.chance(0.45)
        let family = rng.text(names.familyNames)
        let middle = rng.text(female ? names.femaleMiddleNames : names.maleMiddleNames)
        let given = rng.text(female ? names.femaleGivenNames : names.maleGivenNames)
        let name = VietnameseText.cleanField([family, middle, given].filter { !$0.isEmpty }.joined(separator: " "))
        return DemoPerson(name: name, sex: id(female ? "female" : "male", in: .sexes), birthYear: year - rng.int(25...68))
    }

    /// A position fitting the unit: its own list, else its type's, else any.
    func position(for unit: UnitEntry, rng: inout SplitMix64) -> String {
        if let own = vocabulary.unitPositions[unit.id], !own.isEmpty { return rng.text(own) }
        if let byType = vocabulary.positions[unit.type], !byType.isEmpty { return rng.text(byType) }
        return rng.text(vocabulary.positions["commune"] ?? [])
    }

    /// A mobile number as Vietnamese forms write it: 09 and eight digits.
    func phone(rng: inout SplitMix64) -> String {
        var digits = "09"
        for _ in 0..<8 { digits += String(rng.int(0...9)) }
        return digits
    }

    /// `wanted` when the list holds it, else the list's first id (or `wanted` for an empty list).
    func id(_ wanted: String, in list: ListName) -> String {
        lists.contains(wanted, in: list) ? wanted : lists.entries(list).first?.id ?? wanted
    }

    /// An id of `list` drawn with the given weights (1 for ids without one).
    func weightedID(_ list: ListName, _ weights: [String: Double], rng: inout SplitMix64) -> String {
        let entries = lists.entries(list)
        guard !entries.isEmpty else { return "" }
        return entries[rng.weightedIndex(entries.map { weights[$0.id] ?? 1 })].id
    }

    /// "Người – chức danh" lines for an inspection team of `count` people at `level`.
    func team(level: String, count: Int, year: Int, rng: inout SplitMix64) -> [String] {
        let titles = vocabulary.inspectorTitles[level] ?? []
        return (0..<count).map { index in
            let name = person(year: year, rng: &rng).name
            let title = index < titles.count ? titles[index] : rng.text(titles)
            return title.isEmpty ? name : "\(name) – \(title)"
        }
    }
}

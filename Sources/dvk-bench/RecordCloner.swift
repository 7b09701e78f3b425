import DVKCore
import DVKDemo

/// Turns the ~365 demo models into any number of records: record `i` copies demo model
/// `i % count` under a fresh id `YYYY-NNNNNN` (numbered per year). Copies after the first round
/// get another village in their name and other people's names, so searches hit a realistic
/// share of records instead of exact repeats.
struct RecordCloner {
    private let models: [ModelRecord]
    private let villages: [String]
    private let people: DemoVocabulary.People
    private var numbers: [Int: Int] = [:]
    private var random = SplitMix64(seed: 0x0044_564B_BE4C)

    init(source: DemoSource) {
        models = source.demo.models
        villages = source.vocabulary.places.villages + source.vocabulary.places.townQuarters
        people = source.vocabulary.people
    }

    /// Records `range` of the cloned set, in order (call with consecutive ranges).
    mutating func records(_ range: Range<Int>) -> [ModelRecord] {
        guard !models.isEmpty else { return [] }
        return range.map { clone(index: $0) }
    }

    private mutating func clone(index: Int) -> ModelRecord {
        var record = models[index % models.count]
        let number = (numbers[record.year] ?? 0) + 1
        numbers[record.year] = number
        record.id = "\(record.year)-" + padded(number, width: 6)
        record.revision = 0
        record.parentId = nil
        guard index >= models.count else { return record }
        if !record.name.isEmpty, let village = random.element(of: villages) {
            record.name += " – " + village
        }
        if !record.personInCharge.name.isEmpty {
            record.personInCharge.name = personName(female: random.int(0...(2 - 1)) == 0)
        }
        if var person = record.individual {
            person.fullName = personName(female: person.sex == "female")
            record.individual = person
        }
        return record
    }

    private mutating func personName(female: Bool) -> String {
        let middle = female ? people.femaleMiddleNames : people.maleMiddleNames
        let given = female ? people.femaleGivenNames : people.maleGivenNames
        return [random.element(of: people.familyNames), random.element(of: middle), random.element(of: given)]
            .compactMap { $0 }.joined(separator: " ")
    }

    private func padded(_ value: Int, width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

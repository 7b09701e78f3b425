import DVKCore

/// Turns a typed list value into its id — by id, label or alias after NFC, tone-mark
/// placement, case and separators (``VietnameseText/matchKey(_:)``) — and, when the import may add
/// new values, adds an unknown one to a working copy of the lists, remembering what it added.
struct ListResolver {
    private(set) var lists: ListCatalog
    private(set) var units: [UnitEntry]
    let addsNewValues: Bool
    /// Values added, by list, in the order first met.
    private(set) var added: [ListName: [ListEntry]] = [:]
    /// Match key → id for each list, so 100,000 rows do not rescan the lists.
    private var cache: [ListName: [String: String]] = [:]

    init(lists: ListCatalog, units: [UnitEntry], addsNewValues: Bool) {
        self.lists = lists
        self.units = units
        self.addsNewValues = addsNewValues
    }

    enum Outcome {
        case found(String)
        case unknown(nearest: String?)
    }

    mutating func resolve(_ typed: String, in list: ListName) -> Outcome {
        let key = VietnameseText.matchKey(typed)
        if let id = cache[list]?[key] { return .found(id) }
        if let entry = lists.lookup(typed, in: list) {
            cache[list, default: [:]][key] = entry.id
            return .found(entry.id)
        }
        guard addsNewValues, !key.isEmpty, list != .levels, list != .awardForms else {
            return .unknown(nearest: NearestValue.entry(typed, in: lists.entries(list)))
        }
        let entry = ListEntry(id: freeID(for: typed, in: list), label: LocalizedText(vi: typed, en: typed))
        add(entry, to: list)
        cache[list, default: [:]][key] = entry.id
        return .found(entry.id)
    }

    /// An id made of the folded words ("Xã Minh Quang" → "xa-minh-quang"), unique in its list.
    private func freeID(for typed: String, in list: ListName) -> String {
        UnitListFile.freeID(typed, taken: Set(lists.entries(list).map(\.id)))
    }

    private mutating func add(_ entry: ListEntry, to list: ListName) {
        added[list, default: []].append(entry)
        switch list {
        case .units:
            units.append(UnitEntry(id: entry.id, name: entry.label.vi, type: UnitListFile.unitType(entry.label.vi)))
            lists.units.append(entry)
        case .subjects: lists.subjects.append(entry)
        case .kinds: lists.kinds.append(entry)
        case .origins: lists.origins.append(entry)
        case .fields: lists.fields.append(entry)
        case .tracks: lists.tracks.append(entry)
        case .sexes: lists.sexes.append(entry)
        case .budgetSources: lists.budgetSources.append(entry)
        case .levels, .awardForms: break
        }
    }
}

/// A filter and sort over model records, shared by the command line's `list` and the TUI's
/// model list: every criterion is optional, list values are ids, search ignores diacritics.
public struct ModelQuery: Sendable, Hashable {
    /// The columns a list can be sorted by.
    public enum SortKey: String, Sendable, CaseIterable {
        case id, name, unit, field, subject, kind, state, year, level
    }

    public var states: Set<String> = []
    public var years: Set<Int> = []
    public var fields: Set<String> = []
    public var units: Set<String> = []
    public var levels: Set<String> = []
    public var subjects: Set<String> = []
    public var kinds: Set<String> = []
    /// Only these models (a dashboard queue); empty: every model.
    public var ids: Set<String> = []
    /// Words that must all occur, ignoring case and diacritics, in the id, name, unit name,
    /// address, person in charge or individual's name.
    public var search: String = ""
    public var sort: SortKey = .id
    public var descending = false

    public init() {}

    public func matches(_ record: ModelRecord, lists: ListCatalog) -> Bool {
        matchesFilters(record) && matchesSearch(folded: ModelQuery.searchKey(record, lists: lists))
    }

    /// Whether the record passes every criterion except the search words.
    public func matchesFilters(_ record: some ModelListable) -> Bool {
        if !states.isEmpty && !states.contains(record.state) { return false }
        if !years.isEmpty && !years.contains(record.year) { return false }
        if !fields.isEmpty && !fields.contains(record.field) { return false }
        if !units.isEmpty && !units.contains(record.unit) { return false }
        if !levels.isEmpty && !levels.contains(record.level) { return false }
        if !subjects.isEmpty && !subjects.contains(record.subject) { return false }
        if !kinds.isEmpty && !kinds.contains(record.kind) { return false }
        if !ids.isEmpty && !ids.contains(record.id) { return false }
        return true
    }

    /// Whether any criterion but the search words is set.
    public var hasFilters: Bool {
        !(states.isEmpty && years.isEmpty && fields.isEmpty && units.isEmpty && levels.isEmpty && subjects.isEmpty && kinds.isEmpty && ids.isEmpty)
    }

    /// Whether everything this query keeps is among what `earlier` kept: the same criteria and
    /// sort, and a search that continues `earlier`'s (its folded text starts with the other's, so
    /// every earlier word is in it or begins one of its words).
    public func narrows(_ earlier: ModelQuery) -> Bool {
        var same = earlier
        same.search = search
        return same == self && VietnameseText.fold(search).hasPrefix(VietnameseText.fold(earlier.search))
    }

    /// The folded text a search looks in: id, name, unit name, address, person in charge,
    /// individual's name. Compute it once per record and keep it (a list re-filters on every key).
    public static func searchKey(_ record: ModelRecord, lists: ListCatalog) -> String {
        VietnameseText.fold([record.id, record.name, lists.label(record.unit, in: .units, .vi), record.address,
                             record.personInCharge.name, record.individual?.fullName ?? ""].joined(separator: " "))
    }

    /// Whether a folded search key holds every search word.
    public func matchesSearch(folded key: String) -> Bool {
        ModelQuery.matches(foldedBytes: Array(key.utf8), words: searchWords)
    }

    /// The search words, folded, as UTF-8 bytes: compute once per keystroke.
    public var searchWords: [[UInt8]] {
        VietnameseText.fold(search).split(separator: " ").map { Array($0.utf8) }
    }

    /// Whether the folded key (UTF-8 bytes) contains every word: a byte search, so a list of
    /// 100,000 records re-filters within a keystroke.
    public static func matches(foldedBytes key: [UInt8], words: [[UInt8]]) -> Bool {
        key.withUnsafeBufferPointer { hay in
            words.allSatisfy { word in ByteSearch.contains(hay, word) }
        }
    }

    /// The matching summaries (from the list index) in the query's order: the same filters and
    /// search as for whole records, over the pre-folded search keys.
    public func apply(to summaries: [ModelSummary], lists: ListCatalog, workflow: WorkflowDefinition, language: Language) -> [ModelSummary] {
        let words = searchWords
        let kept = summaries.filter { matchesFilters($0) && ModelQuery.matches(foldedBytes: $0.searchKey, words: words) }
        return sorted(kept, lists: lists, workflow: workflow, language: language)
    }

    /// The matching records in the query's order (Vietnamese alphabetical order for text columns).
    public func apply(to records: [ModelRecord], lists: ListCatalog, workflow: WorkflowDefinition, language: Language) -> [ModelRecord] {
        sorted(records.filter { matches($0, lists: lists) }, lists: lists, workflow: workflow, language: language)
    }

    /// `records` in the query's order.
    public func sorted<T: ModelListable>(_ kept: [T], lists: ListCatalog, workflow: WorkflowDefinition, language: Language) -> [T] {
        sortedPositions(kept, lists: lists, workflow: workflow, language: language).map { kept[$0] }
    }

    /// The positions of `kept` in the query's order: ``sorted(_:lists:workflow:language:)``
    /// without copying the records (the list keeps 100,000 summaries and their order).
    @_specialize(exported: true, where T == ModelSummary)
    @_specialize(exported: true, where T == ModelRecord)
    public func sortedPositions<T: ModelListable>(_ kept: [T], lists: ListCatalog, workflow: WorkflowDefinition, language: Language) -> [Int] {
        // Texts taken here, where `T` is known (specialised), not in a generic sort: reading a
        // field of 100,000 summaries through a key path copied each one whole.
        func byText(_ label: (T) -> String) -> [Int] {
            VietnameseText.sortedPositions(of: kept.map { label($0) }, thenBy: kept.map { $0.id })
        }
        let ascending: [Int]
        switch sort {
        case .id: ascending = kept.indices.sorted { kept[$0].id < kept[$1].id }
        case .year: ascending = kept.indices.sorted { (kept[$0].year, kept[$0].id) < (kept[$1].year, kept[$1].id) }
        case .name: ascending = byText { $0.displayName }
        case .unit: ascending = byText { lists.label($0.unit, in: .units, language) }
        case .field: ascending = byText { lists.label($0.field, in: .fields, language) }
        case .subject: ascending = byText { lists.label($0.subject, in: .subjects, language) }
        case .kind: ascending = byText { lists.label($0.kind, in: .kinds, language) }
        case .level: ascending = byText { lists.label($0.level, in: .levels, language) }
        case .state:
            let order = Dictionary(uniqueKeysWithValues: workflow.states.enumerated().map { ($1.id, $0) })
            ascending = kept.indices.sorted { (order[kept[$0].state] ?? 99, kept[$0].id) < (order[kept[$1].state] ?? 99, kept[$1].id) }
        }
        return descending ? ascending.reversed() : ascending
    }
}

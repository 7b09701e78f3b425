import DVKCore
import DVKStorage

/// What an import has worked out so far, shared by the sheets of one file: the working lists,
/// the models it creates or changes (a decision sheet may link to a model a model sheet of the
/// same file creates), the other records, and the problems.
struct PlanningState {
    var resolver: ListResolver
    /// Models to save by id, with the revision they were loaded at (0: new) and the row they came from.
    var models: [String: (record: ModelRecord, expected: Int, note: String)] = [:]
    var modelOrder: [String] = []
    /// Models read from the data that nothing has changed yet.
    private var loaded: [String: ModelRecord] = [:]
    var decisions: [AwardDecision] = []
    var inspections: [InspectionRound] = []
    var problems: [ImportProblem] = []
    var created = 0
    var updated = 0
    var rows = 0

    init(resolver: ListResolver) {
        self.resolver = resolver
    }

    /// Plans `record` to be saved over `expected` (its revision on disk; 0 for a new one).
    mutating func put(_ record: ModelRecord, expected: Int, note: String) {
        if models[record.id] == nil { modelOrder.append(record.id) }
        models[record.id] = (record, expected, note)
    }

    /// A model this import already holds, or the one on disk; nil when there is none.
    mutating func model(_ id: String, store: RecordStore) -> ModelRecord? {
        if let planned = models[id] { return planned.record }
        if let record = loaded[id] { return record }
        guard RecordStore.isValidID(id), let record = try? store.load(ModelRecord.self, id: id) else { return nil }
        loaded[id] = record
        return record
    }

    /// The record changes, models first (in the order met), then decisions and inspections.
    func changes(file: String) -> [RecordChange] {
        var changes: [RecordChange] = modelOrder.compactMap { id in
            guard let planned = models[id] else { return nil }
            return .model(planned.record, expectedRevision: planned.expected, action: "import", note: planned.note.isEmpty ? file : planned.note)
        }
        changes += decisions.map { .decision($0, expectedRevision: 0, action: "import", note: file) }
        changes += inspections.map { .inspection($0, expectedRevision: 0, action: "import", note: file) }
        return changes
    }
}

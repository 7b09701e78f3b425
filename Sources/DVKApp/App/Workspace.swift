import DVKCore
import DVKStorage

/// The open data directory as the interactive screens use it: configuration, the acting user,
/// the list rows (summaries from the list index, so a large directory opens fast), full
/// records and inspection rounds read from disk when one is opened, and every change saved through the store
/// (revision-checked, journaled).
public final class Workspace {
    public let directory: DataDirectory
    /// The configuration as last read: read again after a settings change (``reloadConfiguration()``).
    public private(set) var configuration: Configuration
    public let store: RecordStore
    public let actor: Actor
    /// One summary per model, for the list.
    public private(set) var rows: [ModelSummary] = []
    /// Counts the changes to `rows`, so a screen shown again knows whether to sort anew.
    public private(set) var generation = 0
    /// Files that could not be read, in the user's language at load time.
    public private(set) var loadProblems: [StorageError] = []
    let clock: () -> Timestamp

    public init(directory: DataDirectory, configuration: Configuration, actor: Actor, clock: @escaping () -> Timestamp) {
        self.directory = directory
        self.configuration = configuration
        store = RecordStore(directory: directory)
        self.actor = actor
        self.clock = clock
        take(index.open())
    }

    public var lists: ListCatalog { configuration.lists }
    public var engine: WorkflowEngine { configuration.engine }
    public var canEdit: Bool { configuration.users.canEdit(actor) }
    /// Whether the user may change the committee's settings (its profile, letterheads, units).
    public var canAdminister: Bool { configuration.users.canAdminister(actor) }

    /// Reads `config/` again (after the settings screen saved or undid a change) and the list
    /// rows with it, so unit names and letterheads show the change everywhere.
    public func reloadConfiguration() throws {
        configuration = try directory.loadConfiguration()
        reload()
    }

    /// Whether the rows were taken from the list index and the journal without looking at every
    /// record file (at start, for a fast first screen): ``checkAgainstFiles()`` then does.
    public private(set) var rowsUnchecked = false

    /// Reads every record again from disk (what changed since the index was written).
    public func reload() {
        take(index.revalidateAgainstEveryFile())
    }

    /// Checks the rows taken at start against every record file, for changes made outside dvk
    /// (a hand edit, a restored backup, a sync); true when the rows or the problems changed.
    @discardableResult
    public func checkAgainstFiles() -> Bool {
        guard rowsUnchecked else { return false }
        let result = index.revalidateAgainstEveryFile()
        guard result.summaries != rows || !result.problems.isEmpty else {
            rowsUnchecked = false
            return false
        }
        take(result)
        return true
    }

    private var index: ModelIndex { ModelIndex(store: store, lists: configuration.lists) }

    private func take(_ result: ModelIndex.Result) {
        rows = result.summaries
        loadProblems = result.problems
        rowsUnchecked = !result.isChecked
        generation += 1
    }

    /// The full record, read from disk now (so it is the latest saved version).
    public func model(_ id: String) -> ModelRecord? { try? store.load(ModelRecord.self, id: id) }

    /// Reads one record from disk (after a conflict, to see the other person's version).
    public func reloadModel(_ id: String) throws -> ModelRecord {
        let fresh = try store.load(ModelRecord.self, id: id)
        replace(fresh)
        return fresh
    }

    /// Saves a new model (revision 0) under the next free id of its year; returns it as stored.
    public func create(_ draft: ModelRecord) throws -> ModelRecord {
        var record = draft
        record.id = store.nextID(kind: .model, prefix: "\(record.year)-", digits: 4)
        record.created = Stamp(at: clock(), by: actor.login)
        try store.commit([.model(record, expectedRevision: 0, action: "create")], by: actor.login, at: clock())
        let saved = try store.load(ModelRecord.self, id: record.id)
        replace(saved)
        return saved
    }

    /// Saves an edited model that was loaded at `expected`; a newer revision on disk is refused.
    public func save(_ record: ModelRecord, expected: Int, action: String, note: String = "") throws -> ModelRecord {
        try store.commit([.model(record, expectedRevision: expected, action: action, note: note)], by: actor.login, at: clock())
        let saved = try store.load(ModelRecord.self, id: record.id)
        replace(saved)
        return saved
    }

    /// Records an inspection round for `modelIDs` and links it to each of them, in one commit.
    public func recordInspection(_ draft: InspectionRound, modelIDs: [String]) throws -> InspectionRound {
        let time = clock()
        var round = draft
        round.id = store.nextID(kind: .inspection, prefix: "KT-\(round.date.year)-", digits: 3)
        round.created = Stamp(at: time, by: actor.login)
        var changes: [RecordChange] = [.inspection(round, expectedRevision: 0, action: "create")]
        for id in modelIDs {
            guard var record = model(id) else { continue }
            let before = record.revision
            record.inspectionIds.append(round.id)
            record.history.append(HistoryEntry(from: record.state, to: record.state, at: time, by: actor.login,
                                               note: "\(round.id) \(round.date.vietnamese)", transition: "inspect"))
            changes.append(.model(record, expectedRevision: before, action: "inspect", note: round.id))
        }
        try store.commit(changes, by: actor.login, at: time)
        for id in modelIDs { _ = try? reloadModel(id) }
        return try store.load(InspectionRound.self, id: round.id)
    }

    /// The inspection rounds a model was part of, read from disk, oldest first.
    public func inspections(of record: ModelRecord) -> [InspectionRound] {
        store.load(InspectionRound.self, ids: record.inspectionIds).records.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }

    /// The journal lines of one model.
    public func journal(of id: String) -> [JournalEntry] {
        ((try? store.journal.read().entries) ?? []).filter { $0.kind == .model && $0.id == id }
    }

    private func replace(_ record: ModelRecord) {
        let summary = ModelSummary(record, lists: configuration.lists)
        if let index = rows.firstIndex(where: { $0.id == record.id }) { rows[index] = summary } else { rows.append(summary) }
        generation += 1
    }
}

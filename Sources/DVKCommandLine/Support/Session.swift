import DVKCore
import DVKStorage
import Foundation

/// What every command works with once the data directory is open: its configuration, the store,
/// the acting user, the language and the clock.
struct Session {
    let directory: DataDirectory
    let configuration: Configuration
    let store: RecordStore
    let actor: Actor
    let language: Language

    /// Opens the data directory named by the global options (or the environment).
    static func open(_ global: GlobalOptions) throws -> Session {
        let environment = ProcessInfo.processInfo.environment
        let directory = DataDirectory.resolve(explicit: global.data, environment: environment)
        let configuration = try directory.loadConfiguration()
        let problems = configuration.problems()
        if !problems.isEmpty {
            throw CLIError(LocalizedText(vi: "cấu hình không hợp lệ:\n" + problems.joined(separator: "\n"),
                                         en: "the configuration is not valid:\n" + problems.joined(separator: "\n")))
        }
        let actor = try UserIdentity.actor(users: configuration.users, environment: environment)
        return Session(directory: directory, configuration: configuration, store: RecordStore(directory: directory),
                       actor: actor, language: global.language)
    }

    var now: Timestamp { Timestamp(seconds: Int64(Date().timeIntervalSince1970)) }
    var engine: WorkflowEngine { configuration.engine }
    var lists: ListCatalog { configuration.lists }

    func text(_ message: LocalizedText) -> String { message.text(language) }

    /// Refuses unless the acting user may change records.
    func requireEdit() throws {
        guard configuration.users.canEdit(actor) else { throw CLIError(CLIText.readOnly(actor)) }
    }

    /// Refuses users missing from `users.json`: they may read, never change anything, whatever
    /// a transition's role list says.
    func requireKnownUser() throws {
        guard actor.known else { throw CLIError(CLIText.readOnly(actor)) }
    }

    func requireAdmin() throws {
        guard configuration.users.canAdminister(actor) else { throw CLIError(CLIText.adminOnly(actor)) }
    }

    /// Every record of a kind; each file that cannot be read is reported on stderr and skipped.
    func loadAllWarning<T: StoredRecord>(_ type: T.Type) -> [T] {
        let report = store.loadAll(type)
        for problem in report.problems { Console.warn(problem.message(language)) }
        return report.records
    }

    /// Every model's summary from the list index (only changed files are decoded); a file that
    /// cannot be read is reported on stderr and skipped.
    func modelSummaries() -> [ModelSummary] {
        checkedModelIndex().summaries
    }

    /// The list index checked against every model file (``modelSummaries()``, and what
    /// `list --json` may print without decoding).
    func checkedModelIndex() -> ModelIndex.Result {
        let result = ModelIndex(store: store, lists: configuration.lists).revalidateAgainstEveryFile()
        for problem in result.problems { Console.warn(problem.message(language)) }
        return result
    }

    func loadModel(_ id: String) throws -> ModelRecord { try store.load(ModelRecord.self, id: id) }

    /// Saves a configuration file through the store, over the revision this session read.
    func saveSettings<T: Encodable>(_ value: T, as file: String, note: String) throws {
        try SettingsStore(directory: directory).save(value, as: file, expected: configuration.revision(of: file), note: note,
                                                     by: actor.login, at: now)
    }

    /// Saves one model changed from revision `expected`, returning it as stored.
    @discardableResult
    func save(_ model: ModelRecord, expected: Int, action: String, note: String = "") throws -> ModelRecord {
        let time = now
        try store.commit([.model(model, expectedRevision: expected, action: action, note: note)], by: actor.login, at: time)
        return try loadModel(model.id)
    }

    /// A list value typed by the user resolved to its id, or a bad-input error naming the
    /// option and the values it accepts.
    func resolve(_ typed: String, in list: ListName, option: String) throws -> String {
        try resolveEntry(typed, in: list, option: option).id
    }

    /// The list entry a typed value names (see `resolve`).
    func resolveEntry(_ typed: String, in list: ListName, option: String) throws -> ListEntry {
        let value = VietnameseText.cleanField(typed)
        if let entry = lists.lookup(value, in: list) { return entry }
        let choices = lists.entries(list).map { "\($0.label.text(language)) (\($0.id))" }.joined(separator: ", ")
        throw CLIError.badInput("\(option): «\(value)» không có trong danh mục; chọn một trong: \(choices)",
                                "\(option): «\(value)» is not in the list; choose one of: \(choices)")
    }

    func parseDay(_ typed: String, option: String) throws -> Day {
        guard let day = Day(parsing: typed) else {
            throw CLIError.badInput("\(option): «\(typed)» không phải ngày hợp lệ (dd/mm/yyyy)",
                                    "\(option): «\(typed)» is not a valid date (dd/mm/yyyy)")
        }
        return day
    }
}

import DVKApp
import DVKCore
import DVKStorage
import DVKTerminal
import DVKTestSupport

/// An app on a scratch data directory, an in-memory screen, and helpers to type keys.
final class AppHarness {
    let directory: DataDirectory
    let workspace: Workspace
    let app: App
    let screen: MemoryScreen

    convenience init(models: [ModelRecord] = [], login: String = "thuky", roles: [String] = ["secretariat", "leader"],
         language: Language = .vi, rows: Int = 30, columns: Int = 110, startOnDashboard: Bool = false,
         extraUsers: [UsersConfig.User] = []) throws {
        let directory = DataDirectory(path: try TestSupport.scratchFolder("dvk-app") + "/data")
        try directory.create(from: TestSupport.defaults, admin: .init(login: login, name: login, roles: roles), extraUsers: extraUsers,
                             allowEnvironmentUser: false, at: TestSupport.time)
        let store = RecordStore(directory: directory)
        if !models.isEmpty {
            try store.commit(models.map { .model($0, expectedRevision: 0, action: "create") }, by: login, at: TestSupport.time)
        }
        try self.init(sharing: directory, login: login, language: language, rows: rows, columns: columns, startOnDashboard: startOnDashboard)
    }

    /// Another user's app on the same data directory (a second person at another terminal). As
    /// `App.run` does, the first screen is drawn, the record files checked and the screen drawn
    /// again; without `checkingFiles` it stays as painted from the list index.
    init(sharing directory: DataDirectory, login: String, language: Language = .vi, rows: Int = 30, columns: Int = 110,
         startOnDashboard: Bool = false, checkingFiles: Bool = true) throws {
        self.directory = directory
        let configuration = try directory.loadConfiguration()
        workspace = Workspace(directory: directory, configuration: configuration, actor: configuration.users.actor(login: login),
                              clock: { TestSupport.time })
        app = App(workspace: workspace, language: language, startOnDashboard: startOnDashboard)
        screen = MemoryScreen(rows: rows, columns: columns)
        app.draw(on: screen)
        if checkingFiles && app.checkRecordFiles() { app.draw(on: screen) }
    }

    /// Sends keys one by one, drawing after each as the real loop does.
    func press(_ keys: Key...) { press(keys) }

    func press(_ keys: [Key]) {
        for key in keys {
            app.handle(key)
            app.draw(on: screen)
        }
    }

    func type(_ text: String) { press(ScriptedKeys.typing(text)) }

    var text: String { screen.text }

    /// Answers the export prompts of a preview (after `e`): the formats, then the folder.
    func answerExport(formats: String, folder: String) {
        for _ in 0..<20 { press(.backspace) }
        type(formats)
        press(.enter, .control("u"))
        type(folder)
        press(.enter)
    }

    /// A model in the draft state with the required fields, for list tests.
    static func model(_ id: String, _ name: String, unit: String = "xa-kim-binh", field: String = "economy", state: String = "registered",
                      year: Int = 2025, subject: String = "collective") -> ModelRecord {
        var r = TestSupport.completeModel(id: id, state: state)
        r.name = name
        r.unit = unit
        r.field = field
        r.year = year
        r.subject = subject
        return r
    }
}

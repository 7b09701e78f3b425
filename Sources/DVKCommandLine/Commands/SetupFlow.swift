import DVKApp
import DVKCore
import DVKNcurses
import DVKStorage
import DVKTerminal
import Foundation

/// The first-run setup on the terminal: `dvk init` with no committee options, and `dvk` alone
/// where no data directory exists yet, both in a terminal. Piped, neither comes here.
enum SetupFlow {
    /// Runs the setup; on success says where the directory is (and opens the interface when
    /// asked); a setup left without creating anything ends with exit code 1.
    static func run(global: GlobalOptions, allowEnvironmentUser: Bool, group: String?, offered: Bool) throws {
        let environment = ProcessInfo.processInfo.environment
        let language = global.language
        let directory = DataDirectory.resolve(explicit: global.data, environment: environment)
        if directory.isInitialised { throw StorageError.alreadyInitialised(path: directory.path) }
        let defaults = try DefaultsLocation.find(environment: environment)
        let login = UserIdentity.systemLogin(environment: environment)
        let now = Date()
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: now)
        let today = Day(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)
        let intro = offered ? SetupFlowText.offered(directory.path) : nil
        let context = try SetupContext.load(defaults: defaults, directory: directory, admin: login, today: today,
                                            time: Timestamp(seconds: Int64(now.timeIntervalSince1970)),
                                            allowEnvironmentUser: allowEnvironmentUser, group: group, intro: intro)
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal.start(environment: environment)
        } catch let error as TerminalError {
            throw CLIError(error.text, exitCode: error.exitCode)
        }
        let keys: KeySource = environment["DVK_KEYLOG"].map { KeyLog(source: terminal, path: $0) } ?? terminal
        let wizard = SetupWizard(context: context, language: language)
        wizard.run(screen: terminal, keys: keys)
        guard case .created(let openApp) = wizard.outcome else {
            terminal.stop()
            throw CLIError(SetupFlowText.nothingCreated, exitCode: 1)
        }
        if openApp {
            do {
                let session = try Session.open(global)
                InteractiveCommand.runApp(session, terminal: terminal, keys: keys)
            } catch {
                terminal.stop()
                throw error
            }
        }
        terminal.stop()
        Console.line(CLIText.initialised(directory.path, admin: login).text(language))
        if let group { Console.line(CLIText.shared(directory.path, group: group).text(language)) }
        let configuration = try directory.loadConfiguration()
        Console.line((configuration.committee.setUp ? SetupText.setUpAs(configuration.committee) : SetupText.notSetUp).text(language))
    }

    /// Whether `dvk` alone should offer the setup: in a terminal, and nothing at the data
    /// directory's path yet.
    static func shouldOffer(_ global: GlobalOptions) -> Bool {
        guard InteractiveCommand.isInteractive else { return false }
        let directory = DataDirectory.resolve(explicit: global.data, environment: ProcessInfo.processInfo.environment)
        return !FileManager.default.fileExists(atPath: directory.path)
    }
}

enum SetupFlowText {
    static func offered(_ path: String) -> LocalizedText {
        LocalizedText(vi: "Chưa có dữ liệu dvk tại \(path). Khai báo Ban Chỉ đạo để tạo (Ctrl-C: thoát).",
                      en: "There is no dvk data at \(path) yet. Set up the committee to create it (Ctrl-C: leave).")
    }

    static let nothingCreated = LocalizedText(vi: "đã thoát khai báo; chưa tạo gì", en: "the setup was left; nothing was created")
}

import ArgumentParser
import DVKApp
import DVKCore
import DVKNcurses
import DVKStorage
import DVKTerminal
import Foundation

/// `dvk ui` — and `dvk` alone in a terminal: the full-screen interface on the data directory.
struct InteractiveCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "ui", abstract: CLIText.help.uiAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions

    mutating func execute(_ session: Session) throws {
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal.start(environment: ProcessInfo.processInfo.environment)
        } catch let error as TerminalError {
            throw CLIError(error.text, exitCode: error.exitCode)
        }
        defer { terminal.stop() }
        let environment = ProcessInfo.processInfo.environment
        let keys: KeySource = environment["DVK_KEYLOG"].map { KeyLog(source: terminal, path: $0) } ?? terminal
        InteractiveCommand.runApp(session, terminal: terminal, keys: keys)
    }

    /// The interface on an open session, on a terminal already started (also after the
    /// first-run setup, on the same terminal).
    static func runApp(_ session: Session, terminal: Screen, keys: KeySource) {
        LoadingNote.draw(on: terminal, language: session.language, path: session.directory.path)
        let workspace = Workspace(directory: session.directory, configuration: session.configuration, actor: session.actor,
                                  clock: { Timestamp(seconds: Int64(Date().timeIntervalSince1970)) })
        let app = App(workspace: workspace, language: session.language)
        app.run(screen: terminal, keys: keys)
    }

    /// Whether `dvk` without a subcommand should open the interface: both standard input and
    /// output are terminals.
    static var isInteractive: Bool { isatty(0) == 1 && isatty(1) == 1 }
}

/// Writes every key read to a file (`DVK_KEYLOG`), one line each, for end-to-end tests and for
/// reproducing a problem a user reports.
final class KeyLog: KeySource {
    private let source: KeySource
    private let handle: FileHandle?

    init(source: KeySource, path: String) {
        self.source = source
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        handle = FileHandle(forWritingAtPath: path)
    }

    func nextKey() -> Key? {
        let key = source.nextKey()
        handle?.write(Data("\(key.map { String(describing: $0) } ?? "end")\n".utf8))
        return key
    }
}

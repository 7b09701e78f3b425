import ArgumentParser
import DVKCore
import Foundation

/// The `dvk` command: every subcommand of P7. Run by the executable's `main.swift`.
public enum DVKMain {
    /// Parses the process arguments, runs the subcommand and exits with its code; errors go to
    /// stderr in the user's language, never as a crash.
    public static func run() -> Never {
        var arguments = GlobalOptions.reorder(GlobalOptions.helpRequest(Array(CommandLine.arguments.dropFirst())))
        if GlobalOptions.onlyGlobal(arguments) && InteractiveCommand.isInteractive { arguments.insert("ui", at: 0) }
        let language = CLILanguage.current
        do {
            var command = try DVKCommand.parseAsRoot(arguments)
            if let ui = command as? InteractiveCommand, SetupFlow.shouldOffer(ui.global) {
                // No data directory yet, in a terminal: offer the first-run setup instead of the
                // "not a dvk data directory" error (which a pipe still gets).
                try SetupFlow.run(global: ui.global, allowEnvironmentUser: false, group: nil, offered: true)
            } else if var sessionCommand = command as? SessionCommand {
                let session = try Session.open(sessionCommand.global)
                try sessionCommand.execute(session)
                command = sessionCommand
            } else {
                try command.run()
            }
            exit(0)
        } catch {
            if let (message, code) = CLIError.describe(error, language: language) { fail(message, code: code) }
            parserExit(error, arguments: arguments)
        }
    }

    static func fail(_ message: String, code: Int32) -> Never {
        let prefix = CLILanguage.current == .vi ? "dvk: lỗi: " : "dvk: error: "
        Console.error(prefix + message + "\n")
        exit(code)
    }

    /// What `DVKCommand.exit(withError:)` does — help on stdout, a usage error on stderr — but
    /// through `Console`, since the parser's messages quote the arguments given. Help pages and
    /// the JSON dump the man page is made from get the parser's own English sentences
    /// translated; completion scripts are printed as they are.
    private static func parserExit(_ error: Error, arguments: [String]) -> Never {
        let code = DVKCommand.exitCode(for: error)
        var message = DVKCommand.fullMessage(for: error)
        let verbatim = arguments.contains { $0.hasPrefix("--generate-completion-script") }
        if !verbatim { message = BuiltInHelpText.localise(message, language: CLILanguage.current) }
        if !message.isEmpty {
            if code.isSuccess { Console.line(message) } else { Console.error(message + "\n") }
        }
        exit(code.rawValue)
    }
}

/// A subcommand that works on an open data directory.
protocol SessionCommand: ParsableCommand {
    var global: GlobalOptions { get }
    mutating func execute(_ session: Session) throws
}

extension SessionCommand {
    /// Argument parser entry point when called directly (tests); `DVKMain` opens the session itself.
    mutating func run() throws {
        try execute(Session.open(global))
    }
}

/// The root command; `dvk --help` lists the subcommands in the user's language.
struct DVKCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "dvk",
            abstract: CLIText.help.root.text(CLILanguage.current),
            discussion: CLIText.help.rootDiscussion.text(CLILanguage.current),
            version: "0.1.0",
            subcommands: [
                OverviewCommand.self,
                InitCommand.self, ListCommand.self, ShowCommand.self, AddCommand.self, EditCommand.self,
                MoveCommand.self, ReplicateCommand.self, InspectCommand.self, AppraiseCommand.self, DecisionCommand.self, AwardCommand.self,
                InspectionsCommand.self, DecisionsCommand.self, ReportCommand.self, CheckCommand.self,
                ImportCommand.self, ExportCommand.self, TemplateCommand.self, SettingsCommand.self,
                UsersCommand.self, UnitsCommand.self, WorkflowCommand.self, BackupCommand.self, ShareCommand.self, InteractiveCommand.self,
                PrintCommand.self, SyncCommand.self, ConflictsCommand.self, LogCommand.self, RestoreCommand.self,
                MergeRecordCommand.self,
            ],
            defaultSubcommand: OverviewCommand.self)
    }
}

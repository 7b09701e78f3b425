import ArgumentParser
import DVKCore
import DVKStorage
import DVKSync
import Foundation

/// `dvk sync [--to-file FILE | --from-file FILE]` and `dvk sync setup --office CODE [--remote URL]`:
/// the exchange between offices (``SyncEngine``).
struct SyncCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "sync", abstract: SyncCLIText.syncAbstract.text(CLILanguage.current),
                             discussion: SyncCLIText.syncDiscussion.text(CLILanguage.current),
                             subcommands: [SyncNowCommand.self, SyncSetupCommand.self], defaultSubcommand: SyncNowCommand.self)
    }
}

/// `dvk sync`: one sync, reported in words; the list index is brought up to date after it.
struct SyncNowCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "now", abstract: SyncCLIText.syncAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .customLong("to-file"), help: ArgumentHelp(SyncCLIText.toFile.text(CLILanguage.current))) var toFile: String?
    @Option(name: .customLong("from-file"), help: ArgumentHelp(SyncCLIText.fromFile.text(CLILanguage.current))) var fromFile: String?

    mutating func execute(_ session: Session) throws {
        try session.requireEdit()
        let engine = try SyncEngine.open(session.directory, actor: session.actor.login, language: session.language)
        try SyncSetup(directory: session.directory, driverPath: SyncSetupCommand.driverPath).registerDriver(engine.repository.git)
        let peer: SyncEngine.Peer
        switch (toFile, fromFile) {
        case (let out?, nil): peer = .toFile(SyncNowCommand.absolute(out))
        case (nil, let inFile?): peer = .fromFile(SyncNowCommand.absolute(inFile))
        case (nil, nil): peer = .remote
        default: throw CLIError.badInput("--to-file và --from-file không dùng cùng nhau", "--to-file and --from-file cannot be used together")
        }
        let report = try engine.sync(peer, at: session.now)
        _ = session.modelSummaries()
        for line in report.lines(peer: peer) { Console.line(line.text(session.language)) }
    }

    /// A path as the user typed it, made absolute (git runs in the data directory).
    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}

/// `dvk sync setup --office CODE [--remote URL]`.
struct SyncSetupCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "setup", abstract: SyncCLIText.setupAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(SyncCLIText.office.text(CLILanguage.current))) var office: String
    @Option(name: .long, help: ArgumentHelp(SyncCLIText.remote.text(CLILanguage.current))) var remote: String?

    /// The running dvk, resolved: git runs it as the merge driver.
    static var driverPath: String {
        let own = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        if own != "/proc/self/exe" { return own }
        return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    }

    mutating func execute(_ session: Session) throws {
        try session.requireAdmin()
        let remoteURL = remote.map { $0.contains("://") || $0.contains(":") && !$0.hasPrefix("/") && !$0.hasPrefix(".") ? $0 : SyncNowCommand.absolute($0) }
        try SyncSetup(directory: session.directory, driverPath: SyncSetupCommand.driverPath)
            .run(office: office, remote: remoteURL, actor: session.actor.login, at: session.now, language: session.language)
        Console.line(SyncCLIText.setUp(session.directory.path, office: office, remote: remoteURL).text(session.language))
    }
}

/// `dvk merge-record BASE OURS THEIRS PATH`: run by git during a sync (``MergeDriver``).
struct MergeRecordCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "merge-record", abstract: SyncCLIText.mergeRecordAbstract.text(CLILanguage.current),
                             shouldDisplay: false)
    }

    @Argument var base: String
    @Argument var ours: String
    @Argument var theirs: String
    @Argument var path: String

    func run() throws {
        let status = MergeDriver.run(ancestor: base, ours: ours, theirs: theirs, path: path)
        if status != 0 { throw ExitCode(status) }
    }
}

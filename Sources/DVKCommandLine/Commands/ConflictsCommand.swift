import ArgumentParser
import DVKCore
import DVKStorage
import DVKSync

/// `dvk conflicts [--json]` lists the fields two offices changed differently;
/// `dvk conflicts resolve ID FIELD --take mine|theirs` chooses (``ConflictBook``).
struct ConflictsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "conflicts", abstract: SyncCLIText.conflictsAbstract.text(CLILanguage.current),
                             subcommands: [ConflictsListCommand.self, ConflictsResolveCommand.self], defaultSubcommand: ConflictsListCommand.self)
    }
}

/// `dvk conflicts list`: id, field, both values, the other office and who.
struct ConflictsListCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: SyncCLIText.conflictsAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: ArgumentHelp(CLIText.help.json.text(CLILanguage.current))) var json = false

    mutating func execute(_ session: Session) throws {
        let entries = ConflictBook(store: session.store).all()
        if json {
            return try Console.json(entries.map { ConflictLine(id: $0.id, kind: $0.kind.rawValue, conflict: $0.conflict) })
        }
        if entries.isEmpty { return Console.line(SyncCLIText.noConflicts.text(session.language)) }
        let rows = entries.map { e in
            [e.id, e.conflict.field, FieldConflict.display(e.conflict.mine), FieldConflict.display(e.conflict.theirs),
             e.conflict.office, e.conflict.by, e.conflict.at.iso]
        }
        Console.line(TextTable(headers: SyncCLIText.conflictColumns.map { $0.text(session.language) }, rows: rows).render())
    }

    /// One conflict in `--json`.
    struct ConflictLine: Encodable {
        var id: String
        var kind: String
        var conflict: FieldConflict
    }
}

/// `dvk conflicts resolve ID FIELD --take mine|theirs`.
struct ConflictsResolveCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "resolve", abstract: SyncCLIText.resolveAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(SyncCLIText.recordID.text(CLILanguage.current))) var id: String
    @Argument(help: ArgumentHelp(SyncCLIText.field.text(CLILanguage.current))) var field: String
    @Option(name: .long, help: ArgumentHelp(SyncCLIText.take.text(CLILanguage.current))) var take: String

    mutating func execute(_ session: Session) throws {
        try session.requireEdit()
        guard let side = ConflictBook.Side(rawValue: take) else { throw CLIError(SyncCLIText.badTake(take), exitCode: 2) }
        let revision = try ConflictBook(store: session.store).resolve(id: id, field: field, take: side, by: session.actor.login, at: session.now)
        Console.line(SyncCLIText.resolved(id, field: field, side: side.rawValue, revision: revision).text(session.language))
    }
}

/// `dvk log [ID]`: from git, who changed a record (or anything), at which office, when.
struct LogCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "log", abstract: SyncCLIText.logAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(SyncCLIText.recordID.text(CLILanguage.current))) var id: String?

    mutating func execute(_ session: Session) throws {
        let engine = try SyncEngine.open(session.directory, actor: session.actor.login, language: session.language)
        let versions = try RecordHistory(engine: engine).versions(of: id)
        if versions.isEmpty { return Console.line(SyncCLIText.noHistory.text(session.language)) }
        let rows = versions.map { v in
            [String(v.commit.prefix(10)), v.at.iso, v.office, v.author, v.revision == 0 ? "" : String(v.revision), v.title]
        }
        Console.line(TextTable(headers: SyncCLIText.logColumns.map { $0.text(session.language) }, rows: rows, rightAligned: [4]).render())
    }
}

/// `dvk restore ID --at REV`: an older version back as a new revision.
struct RestoreCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "restore", abstract: SyncCLIText.restoreAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(SyncCLIText.recordID.text(CLILanguage.current))) var id: String
    @Option(name: .long, help: ArgumentHelp(SyncCLIText.at.text(CLILanguage.current))) var at: String

    mutating func execute(_ session: Session) throws {
        try session.requireEdit()
        let engine = try SyncEngine.open(session.directory, actor: session.actor.login, language: session.language)
        let revision = try RecordHistory(engine: engine).restore(id: id, at: at, by: session.actor.login, time: session.now)
        Console.line(SyncCLIText.restored(id, at: at, revision: revision).text(session.language))
    }
}

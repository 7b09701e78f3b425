import ArgumentParser
import DVKCore
import DVKStorage

/// `dvk decision issue NUMBER --date D`: a proposed decision is issued; its models move from
/// award proposed to awarded.
struct DecisionIssueCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "issue", abstract: CLIText.help.issueAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Argument var decision: String
    @Option(name: .long) var date: String

    mutating func execute(_ session: Session) throws {
        try session.requireEdit()
        let target = try DecisionLookup.find(decision, session)
        guard target.status == AwardDecision.statusProposed else { throw CLIError(CLIText.alreadyIssued(target.number), exitCode: 2) }
        let before = target.revision
        let time = session.now
        let day = try session.parseDay(date, option: "--date")
        let records = target.recipients.compactMap(\.modelId).compactMap { try? session.loadModel($0) }
        let batch = AwardBatch(engine: session.engine, lists: session.lists, actor: session.actor)
            .issue(target, number: target.number, date: day, signer: target.signer, records: records, at: time)
        if let refused = batch.refused.first {
            throw CLIError(LocalizedText(vi: MoveCommand.describe(refused, session), en: MoveCommand.describe(refused, session)), exitCode: 4)
        }
        let changes = batch.changes(decisionExpected: before, action: "issue", models: records)
        try session.store.commit(changes, by: session.actor.login, at: time)
        Console.line(CLIText.issued(target.number, models: changes.count - 1).text(session.language))
    }
}

/// `dvk decision show NUMBER [--json]`.
struct DecisionShowCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: CLIText.help.decisionShowAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Argument var decision: String
    @Flag(name: .long, help: ArgumentHelp(CLIText.help.json.text(CLILanguage.current))) var json = false

    mutating func execute(_ session: Session) throws {
        let found = try DecisionLookup.find(decision, session)
        if json { return try Console.json(found) }
        Console.raw(DecisionPresenter(session: session).detail(found))
    }
}

/// `dvk decisions [--json]`: the award decisions.
struct DecisionsCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "decisions", abstract: CLIText.help.decisionsAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long) var year: Int?
    @Flag(name: .long, help: ArgumentHelp(CLIText.help.json.text(CLILanguage.current))) var json = false

    mutating func execute(_ session: Session) throws {
        let decisions = session.loadAllWarning(AwardDecision.self).filter { year == nil || $0.year == year }
        if json { return try Console.json(decisions) }
        Console.line(DecisionPresenter(session: session).table(decisions))
    }
}

import ArgumentParser
import DVKCore
import DVKStorage

/// `dvk decision issue NUMBER|ID --number N --date D`: a proposed decision is issued with its
/// number (the proposal's own when it has one) and date; its models move from award proposed to
/// awarded. The core (`AwardBatch.issueProblems`) refuses a missing number or date (exit 2) and a
/// role the workflow's award move does not name (exit 4), before anything is saved.
struct DecisionIssueCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "issue", abstract: CLIText.help.issueAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Argument var decision: String
    @Option(name: .long, help: ArgumentHelp(CLIText.help.issueNumber.text(CLILanguage.current))) var number: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.help.issueDate.text(CLILanguage.current))) var date: String?

    mutating func execute(_ session: Session) throws {
        try session.requireEdit()
        let target = try DecisionLookup.find(decision, session)
        guard target.status == AwardDecision.statusProposed else { throw CLIError(CLIText.alreadyIssued(target.number), exitCode: 2) }
        let before = target.revision
        let time = session.now
        let day = try date.map { try session.parseDay($0, option: "--date") }
        let records = target.recipients.compactMap(\.modelId).compactMap { try? session.loadModel($0) }
        let batch: AwardBatch.Result
        do {
            batch = try AwardBatch(engine: session.engine, lists: session.lists, actor: session.actor)
                .issue(target, number: number ?? target.number, date: day, signer: target.signer, records: records,
                       decisions: session.store.loadAll(AwardDecision.self).records, at: time)
        } catch let refused as IssueRefused {
            throw CLIError(describe(refused, session), exitCode: refused.isForbidden ? 4 : 2)
        }
        if let refused = batch.refused.first {
            throw CLIError(LocalizedText(vi: MoveCommand.describe(refused, session), en: MoveCommand.describe(refused, session)), exitCode: 4)
        }
        let changes = batch.changes(decisionExpected: before, action: "issue", models: records)
        try session.store.commit(changes, by: session.actor.login, at: time)
        Console.line(CLIText.issued(batch.decision.number, models: changes.count - 1).text(session.language))
    }

    /// Every problem of a refused issue on its own line, prefixed by the option that fixes it.
    private func describe(_ refused: IssueRefused, _ session: Session) -> LocalizedText {
        let c = session.configuration
        func text(_ language: Language) -> String {
            refused.problems.map { problem in
                let option: String
                switch problem {
                case .missingNumber, .numberTaken: option = "--number: "
                case .missingDate, .futureDate: option = "--date: "
                case .forbidden: option = ""
                }
                return option + problem.message(language, workflow: c.workflow, rubric: c.rubric, users: c.users)
            }.joined(separator: "\n")
        }
        return LocalizedText(vi: text(.vi), en: text(.en))
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

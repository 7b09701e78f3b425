import ArgumentParser
import DVKCore
import DVKStorage

/// `dvk award ID[,ID…] --decision NUMBER`: adds models to a decision's recipients and moves them
/// through the engine (recognised → award proposed → awarded, or an escalation from awarded).
/// A second award to one model in the same year is refused without `--force` (Law 2022: no
/// two awards for one achievement).
struct AwardCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "award", abstract: CLIText.help.awardAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.help.modelIDs.text(CLILanguage.current))) var ids: String
    @Option(name: .long) var decision: String
    @Option(name: .long) var note: String = ""
    @Flag(name: .long, help: ArgumentHelp(CLIText.help.force.text(CLILanguage.current))) var force = false

    mutating func execute(_ session: Session) throws {
        try session.requireEdit()
        let target = try DecisionLookup.find(decision, session)
        var records: [ModelRecord] = []
        let decisions = session.store.loadAll(AwardDecision.self).records
        for id in ids.split(separator: ",").map({ String($0).trimmingSpaces }).filter({ !$0.isEmpty }) {
            let record = try session.loadModel(id)
            if target.recipients.contains(where: { $0.modelId == id }) {
                throw CLIError(CLIText.alreadyRecipient(id, number: target.number), exitCode: 2)
            }
            if let first = AwardRules.earlierAwards(of: record, year: target.year, decisions: decisions, excluding: target.id).first, !force {
                throw CLIError(CLIText.doubleAward(id, earlier: first.number, year: target.year), exitCode: 2)
            }
            records.append(record)
        }
        let time = session.now
        let batch = AwardBatch(engine: session.engine, lists: session.lists, actor: session.actor).add(records, to: target, note: note, at: time)
        if let refused = batch.refused.first {
            throw CLIError(LocalizedText(vi: MoveCommand.describe(refused, session), en: MoveCommand.describe(refused, session)), exitCode: 4)
        }
        try session.store.commit(batch.changes(decisionExpected: target.revision, action: "recipients", models: records),
                                 by: session.actor.login, at: time)
        Console.line(CLIText.recipientAdded(target.number, count: batch.decision.recipients.count).text(session.language))
    }
}

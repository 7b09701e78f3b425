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
        var target = try DecisionLookup.find(decision, session)
        let decisionRevision = target.revision
        let time = session.now
        var changes: [RecordChange] = []
        for id in ids.split(separator: ",").map({ String($0).trimmingSpaces }).filter({ !$0.isEmpty }) {
            let record = try session.loadModel(id)
            if target.recipients.contains(where: { $0.modelId == id }) {
                throw CLIError(CLIText.alreadyRecipient(id, number: target.number), exitCode: 2)
            }
            let earlier = record.decisionIds.compactMap { try? session.store.load(AwardDecision.self, id: $0) }
                .filter { $0.year == target.year && $0.status == AwardDecision.statusAwarded }
            if let first = earlier.first, !force {
                throw CLIError(CLIText.doubleAward(id, earlier: first.number, year: target.year), exitCode: 2)
            }
            var moved = record
            moved.decisionIds.append(target.id)
            for step in steps(from: record.state, status: target.status) {
                do {
                    moved = try session.engine.fire(to: step, on: moved, by: session.actor, note: note.isEmpty ? target.number : note, at: time)
                } catch let refused as TransitionRefused {
                    throw CLIError(LocalizedText(vi: MoveCommand.describe(refused, session), en: MoveCommand.describe(refused, session)), exitCode: 4)
                }
            }
            target.recipients.append(recipient(for: record, session))
            changes.append(.model(moved, expectedRevision: record.revision, action: "award", note: target.number))
        }
        changes.insert(.decision(target, expectedRevision: decisionRevision, action: "recipients"), at: 0)
        try session.store.commit(changes, by: session.actor.login, at: time)
        Console.line(CLIText.recipientAdded(target.number, count: target.recipients.count).text(session.language))
    }

    /// The moves that bring a model to the decision's status.
    private func steps(from state: String, status: String) -> [String] {
        let issued = status == AwardDecision.statusAwarded
        switch state {
        case "recognised": return issued ? ["award_proposed", "awarded"] : ["award_proposed"]
        case "award_proposed": return issued ? ["awarded"] : []
        case "awarded": return issued ? ["award_proposed", "awarded"] : ["award_proposed"]
        default: return [issued ? "awarded" : "award_proposed"]
        }
    }

    private func recipient(for record: ModelRecord, _ session: Session) -> AwardRecipient {
        let unitName = session.lists.label(record.unit, in: .units, .vi)
        if let person = record.individual, record.subject == "individual" {
            return AwardRecipient(modelId: record.id, name: person.fullName.isEmpty ? record.personInCharge.name : person.fullName,
                                  subject: record.subject, position: person.position, unit: person.workplace.isEmpty ? unitName : person.workplace)
        }
        return AwardRecipient(modelId: record.id, name: unitName, subject: record.subject, unit: unitName)
    }
}

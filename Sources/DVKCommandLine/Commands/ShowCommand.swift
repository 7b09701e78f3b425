import ArgumentParser
import DVKCore
import DVKStorage

/// `dvk show ID`: one whole record — everything, including its history and journal — or its
/// JSON with `--json`; both show the score sheets only as far as blind scoring lets the acting
/// user see them.
struct ShowCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: CLIText.help.showAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.help.modelID.text(CLILanguage.current))) var id: String
    @Flag(name: .long, help: ArgumentHelp(CLIText.help.json.text(CLILanguage.current))) var json = false

    mutating func execute(_ session: Session) throws {
        let record = try session.loadModel(id)
        if json { return try Console.json(session.visible(record)) }
        let inspections = record.inspectionIds.compactMap { try? session.store.load(InspectionRound.self, id: $0) }
        let decisions = record.decisionIds.compactMap { try? session.store.load(AwardDecision.self, id: $0) }
        let journal = try session.store.journal.read().entries.filter { $0.kind == .model && $0.id == record.id }
        Console.raw(ModelPresenter(session: session).detail(record, inspections: inspections, decisions: decisions, journal: journal))
    }
}

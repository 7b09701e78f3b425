import ArgumentParser
import DVKCore
import DVKStorage

/// `dvk replicate ID --places "Xã A; Xã B" [--unit UNIT] [--year Y] [--json]`: replicates a model
/// (nhân rộng) at other places — one new draft model per place, linked to the parent both ways,
/// saved with the parent in one commit. Prints the new ids, or their records with `--json`.
struct ReplicateCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "replicate", abstract: CLIText.help.replicateAbstract.text(CLILanguage.current),
                             discussion: CLIText.help.replicateDiscussion.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.help.modelID.text(CLILanguage.current))) var id: String
    @Option(name: .long, help: ArgumentHelp(CLIText.help.places.text(CLILanguage.current))) var places: String
    @Option(name: .long, help: ArgumentHelp(CLIText.help.replicateUnit.text(CLILanguage.current))) var unit: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.help.replicateYear.text(CLILanguage.current))) var year: Int?
    @Flag(name: .long, help: ArgumentHelp(CLIText.help.json.text(CLILanguage.current))) var json = false

    mutating func execute(_ session: Session) throws {
        try session.requireEdit()
        let time = session.now
        let childYear = year ?? time.utcDay.year
        guard YearPeriod.plausible.contains(childYear) else {
            throw CLIError.badInput("--year: \(childYear) không nằm trong khoảng 1990–2200", "--year: \(childYear) is not within 1990–2200")
        }
        let unitID = try unit.map { try session.resolve($0, in: .units, option: "--unit") }
        let parent = try session.loadModel(id)
        let plan: ReplicationPlan
        do {
            plan = try ReplicationPlan(parent: parent, places: ReplicationPlan.places(in: places), unit: unitID)
        } catch let problem as ReplicationProblem {
            throw CLIError.badInput("--places: " + problem.message.vi, "--places: " + problem.message.en)
        }
        let outcome = try session.store.replicate(plan, year: childYear, initialState: session.configuration.workflow.initial,
                                                  by: session.actor.login, at: time)
        if json { return try Console.json(try outcome.children.map { session.visible(try session.loadModel($0.id)) }) }
        Console.line(CLIText.replicated(parent.id, children: outcome.children.map { ($0.id, $0.address) }).text(session.language))
    }
}

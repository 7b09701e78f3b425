import ArgumentParser
import DVKCore
import DVKDocuments
import DVKStorage

/// `dvk print awards --decision NUMBER | --year Y [--level L] [--track T]`: the award list
/// ("DANH SÁCH tập thể, cá nhân được tặng …") attached to a decision, or to the decisions of a
/// year, level and track.
struct PrintAwardsCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "awards", abstract: PrintText.awardsAbstract.text(CLILanguage.current),
                             discussion: PrintText.awardsDiscussion.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var selection: DecisionSelection
    @OptionGroup var output: PrintOutputOptions

    mutating func execute(_ session: Session) throws {
        let (decisions, names) = try selection.decisions(session)
        let models = session.loadAllWarning(ModelRecord.self)
        do {
            let list = try AwardListBuilder(configuration: session.configuration).build(decisions: decisions, models: models)
            try PrintRunner(options: output, language: session.language).run(.awardList(list, selection: names))
        } catch let error as DocumentError {
            throw CLIError(PrintText.describe(error))
        }
    }
}

/// Which decisions a document covers: one by `--decision`, or those of `--year` (with optional
/// `--level` and `--track`).
struct DecisionSelection: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(PrintText.decision.text(CLILanguage.current))) var decision: String?
    @Option(name: .long, help: ArgumentHelp(PrintText.year.text(CLILanguage.current))) var year: Int?
    @Option(name: .long, help: ArgumentHelp(PrintText.level.text(CLILanguage.current))) var level: String?
    @Option(name: .long, help: ArgumentHelp(PrintText.track.text(CLILanguage.current))) var track: String?

    /// The decisions chosen, by date then number, and the words naming a selection (empty for one
    /// decision, which is named by its number). A selection takes the issued decisions, or the
    /// proposed ones when none is issued.
    func decisions(_ session: Session) throws -> ([AwardDecision], [String]) {
        if let decision {
            guard year == nil, level == nil, track == nil else { throw CLIError(PrintText.decisionOrSelection, exitCode: 2) }
            return ([try DecisionLookup.find(decision, session)], [])
        }
        guard let year else { throw CLIError(PrintText.chooseDecision, exitCode: 2) }
        let levelEntry = try level.map { try session.resolveEntry($0, in: .levels, option: "--level") }
        let trackEntry = try track.map { try session.resolveEntry($0, in: .tracks, option: "--track") }
        let matching = session.loadAllWarning(AwardDecision.self).filter { d in
            d.year == year && (levelEntry.map { $0.id == d.level } ?? true) && (trackEntry.map { $0.id == d.track } ?? true)
        }
        let issued = matching.filter { $0.status == AwardDecision.statusAwarded }
        let chosen = (issued.isEmpty ? matching : issued).sorted(by: DecisionSelection.byDateThenNumber)
        let words = [String(year)] + [levelEntry, trackEntry].compactMap { $0?.label.vi }
        guard !chosen.isEmpty else { throw CLIError(PrintText.noDecisionsMatch(words.joined(separator: ", "))) }
        return (chosen, words)
    }

    /// Dated decisions first, earliest first; then by number.
    static func byDateThenNumber(_ a: AwardDecision, _ b: AwardDecision) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x < y
        case (nil, _?): return false
        case (_?, nil): return true
        default: return a.number < b.number
        }
    }
}

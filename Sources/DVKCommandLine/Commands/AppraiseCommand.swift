import ArgumentParser
import DVKCore
import DVKStorage

/// `dvk appraise ID --scores a,b,c…` (or `--pass`/`--fail` for a pass/fail rubric): adds the
/// acting user's score sheet, checked against the rubric's maxima, and records it in the
/// history. `--for LOGIN` is the secretariat typing in an appraiser's paper sheet; who may do
/// what is the core's rule (`Rubric.submitting`). The old `--by NAME` is refused with a pointer
/// to `--for`, since a sheet is never filed under a typed name.
struct AppraiseCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "appraise", abstract: CLIText.help.appraiseAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.help.modelID.text(CLILanguage.current))) var id: String
    @Option(name: .customLong("for"), help: ArgumentHelp(CLIText.help.appraiseFor.text(CLILanguage.current))) var appraiser: String?
    @Option(name: .long, help: .hidden) var by: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.help.scores.text(CLILanguage.current))) var scores: String?
    @Flag(name: .long) var pass = false
    @Flag(name: .long) var fail = false
    @Option(name: .long, help: ArgumentHelp(CLIText.help.comment.text(CLILanguage.current))) var comment: String = ""

    mutating func execute(_ session: Session) throws {
        if by != nil { throw CLIError(CLIText.byRemoved, exitCode: 2) }
        let record = try session.loadModel(id)
        let rubric = session.configuration.rubric
        guard Rubric.appraisalStates.contains(record.state) else {
            let state = session.configuration.workflow.label(ofState: record.state, session.language)
            throw CLIError(CLIText.notInAppraisal(record.id, state: state))
        }
        let values = try (scores ?? "").split(separator: ",").map { part -> Double in
            guard let value = FieldSetter.number(String(part).trimmingSpaces) else {
                throw CLIError.badInput("--scores: «\(part)» không phải là số", "--scores: «\(part)» is not a number")
            }
            return value
        }
        if pass && fail { throw CLIError.badInput("chỉ chọn một trong --pass và --fail", "choose only one of --pass and --fail") }
        let time = session.now
        let sheet = ScoreSheet(at: time, scores: values, pass: pass ? true : (fail ? false : nil), comment: VietnameseText.cleanField(comment))
        let updated: ModelRecord
        do {
            updated = try rubric.submitting(sheet, to: record, by: session.actor, for: appraiser, users: session.configuration.users)
        } catch let refused as ScoreSheetRefused {
            throw CLIError(LocalizedText(vi: refused.message(.vi), en: refused.message(.en)), exitCode: refused.isForbidden ? 1 : 2)
        }
        let saved = try session.save(updated, expected: record.revision, action: "appraise", note: updated.history.last?.note ?? "")
        let view = session.appraisalView(saved)
        let bandLabel = view.summary?.band.flatMap { rubric.band(id: $0)?.label.text(session.language) } ?? "—"
        Console.line(CLIText.appraised(saved.id, sheets: view.sheetCount,
                                       average: view.summary?.average.map(NumberText.plain) ?? "—", band: bandLabel).text(session.language))
    }
}

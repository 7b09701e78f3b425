import ArgumentParser
import DVKCore
import DVKDocuments
import DVKStorage
import Foundation

/// `dvk print report --period 2025 | 2025-H1 | 2020-2022 [--kind half-year|year-end|phase]`: the
/// draft of the committee's report for the period, every figure computed from the records, the
/// committee's own sections merged in from `reports/<period>/` (placeholders for those not
/// written yet, listed on stderr), and the annexes. An official paper: Vietnamese whatever the
/// interface language, unless `--english` asks for the English wording to read along.
struct PrintReportCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "report", abstract: PrintText.reportAbstract.text(CLILanguage.current),
                             discussion: PrintText.reportDiscussion.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(PrintText.reportPeriod.text(CLILanguage.current))) var period: String
    @Option(name: .long, help: ArgumentHelp(ReportKind.allCases.map(\.rawValue).joined(separator: " | "))) var kind: String?
    @Option(name: .long, help: ArgumentHelp(PrintText.issuer.text(CLILanguage.current))) var issuer: String?
    @Option(name: .long, help: ArgumentHelp(PrintText.date.text(CLILanguage.current))) var date: String?
    @Flag(name: .long, help: ArgumentHelp(PrintText.english.text(CLILanguage.current))) var english = false
    @OptionGroup var output: PrintOutputOptions

    mutating func execute(_ session: Session) throws {
        let chosenKind = try kind.map { typed -> ReportKind in
            guard let kind = ReportKind(rawValue: typed) else { throw CLIError(PrintText.unknownKind(typed), exitCode: 2) }
            return kind
        }
        guard let reportPeriod = ReportPeriod.parse(period, kind: chosenKind) else {
            throw CLIError(PrintText.badReportPeriod(period, kind: kind), exitCode: 2)
        }
        if let issuer, session.configuration.headers.issuer(issuer) == nil {
            throw CLIError(PrintText.unknownIssuer(issuer, known: session.configuration.headers.issuers.map(\.id)), exitCode: 2)
        }
        let day = try date.map { try session.parseDay($0, option: "--date") }
        let templates = try ReportFolder.templates(session.configuration) {
            try DefaultsLocation.find(environment: ProcessInfo.processInfo.environment)
        }
        let narratives = try ReportFolder(directory: session.directory).narratives(templates.narrativeIDs, period: reportPeriod)
        do {
            let draft = try ReportDraftBuilder(templates: templates, language: english ? .en : .vi).draft(
                reportPeriod, configuration: session.configuration, models: session.loadAllWarning(ModelRecord.self),
                decisions: session.loadAllWarning(AwardDecision.self), inspections: session.loadAllWarning(InspectionRound.self),
                narratives: narratives, issuerID: issuer, day: day)
            let unplaced = draft.annexes.flatMap(\.table.unplaced)
            if !unplaced.isEmpty { Console.warn(PrintText.unplaced(Array(Set(unplaced)).sorted()).text(session.language)) }
            if !draft.missingNarratives.isEmpty { Console.warn(PrintText.missingNarratives(draft.missingNarratives).text(session.language)) }
            try PrintRunner(options: output, language: session.language).run(.report(draft))
        } catch let error as DocumentError {
            throw CLIError(PrintText.describe(error))
        }
    }
}

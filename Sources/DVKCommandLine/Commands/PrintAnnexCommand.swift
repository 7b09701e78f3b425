import ArgumentParser
import DVKCore
import DVKDocuments
import DVKStorage
import Foundation

/// `dvk print annex --table by-field|registered-recognised|awards-by-level --period 2020-2022`:
/// a statistical annex ("Biểu tổng hợp") computed by the core's statistics from the records, as
/// it goes with the committee's report: the letterhead of `--issuer` (else the body that writes
/// the report), the date (`--date`, else blank), "Phụ lục N" (the report's numbering), the
/// "(Kèm theo Báo cáo số …)" line (or `--note`) and the signature. The annex is an official
/// paper: it is printed in Vietnamese whatever the interface language.
struct PrintAnnexCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "annex", abstract: PrintText.annexAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(StatisticsTableID.allCases.map(\.rawValue).joined(separator: " | "))) var table: String
    @Option(name: .long, help: ArgumentHelp(PrintText.period.text(CLILanguage.current))) var period: String?
    @Option(name: .long) var from: Int?
    @Option(name: .long) var to: Int?
    @Option(name: .long) var year: Int?
    @Option(name: .long, help: ArgumentHelp(PrintText.issuer.text(CLILanguage.current))) var issuer: String?
    @Option(name: .long, help: ArgumentHelp(PrintText.date.text(CLILanguage.current))) var date: String?
    @Option(name: .long, help: ArgumentHelp(PrintText.note.text(CLILanguage.current))) var note: String?
    @OptionGroup var output: PrintOutputOptions

    mutating func execute(_ session: Session) throws {
        guard let tableID = StatisticsTableID(rawValue: table) else { throw CLIError(PrintText.unknownTable(table), exitCode: 2) }
        let years = try yearRange(current: session.now.utcDay.year)
        let models = session.loadAllWarning(ModelRecord.self)
        let decisions = session.loadAllWarning(AwardDecision.self)
        let computed = StatisticsBuilder(configuration: session.configuration)
            .table(tableID, models: models, decisions: decisions, years: years)
        if !computed.unplaced.isEmpty { Console.warn(PrintText.unplaced(computed.unplaced).text(session.language)) }
        let heading = try letterhead(session)
        let day = try date.map { try session.parseDay($0, option: "--date") }
        let templates = try ReportFolder.templates(session.configuration) {
            try DefaultsLocation.find(environment: ProcessInfo.processInfo.environment)
        }
        let number = (StatisticsTableID.allCases.firstIndex(of: tableID) ?? 0) + 1
        var annex = ReportDraftBuilder(templates: templates).annex(computed, number: number, issuer: heading, day: day,
                                                                   year: day?.year ?? years.upperBound)
        if let note { annex.note = note }
        try PrintRunner(options: output, language: session.language).run(.annex(annex, years: years))
    }

    /// `--period A-B` (or a single year), else `--from`/`--to`/`--year`, else the current year.
    private func yearRange(current: Int) throws -> ClosedRange<Int> {
        if let period {
            guard let years = YearPeriod.parse(period) else { throw CLIError(PrintText.badPeriod(period), exitCode: 2) }
            return years
        }
        let lower = from ?? year ?? to ?? current
        let upper = to ?? year ?? from ?? current
        guard let years = YearPeriod.range(lower, upper) else { throw CLIError(PrintText.badPeriod("\(lower)-\(upper)"), exitCode: 2) }
        return years
    }

    /// `--issuer`, else the body that writes the committee's reports.
    private func letterhead(_ session: Session) throws -> IssuerHeading {
        let headers = session.configuration.headers
        if let issuer, headers.issuer(issuer) == nil {
            throw CLIError(PrintText.unknownIssuer(issuer, known: headers.issuers.map(\.id)), exitCode: 2)
        }
        guard let heading = IssuerHeading.forReport(headers, id: issuer, level: session.configuration.committee.level) else {
            throw CLIError(PrintText.describe(.noIssuer))
        }
        return heading
    }
}

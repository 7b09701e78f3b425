import ArgumentParser
import DVKCore
import DVKStorage

/// `dvk report stats --table by-field|registered-recognised|awards-by-level --from Y --to Y`:
/// the statistical tables of the committee's reports, computed from the records (totals are
/// sums, never typed), as aligned text, CSV or JSON.
struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "report", abstract: CLIText.help.reportAbstract.text(CLILanguage.current),
                             subcommands: [ReportStatsCommand.self])
    }
}

struct ReportStatsCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "stats", abstract: CLIText.help.statsAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(StatisticsTableID.allCases.map(\.rawValue).joined(separator: " | "))) var table: String
    @Option(name: .long) var from: Int?
    @Option(name: .long) var to: Int?
    @Option(name: .long, help: ArgumentHelp(CLIText.help.statsYear.text(CLILanguage.current))) var year: Int?
    @Flag(name: .long, help: ArgumentHelp(CLIText.help.json.text(CLILanguage.current))) var json = false
    @Flag(name: .long, help: ArgumentHelp(CLIText.help.csv.text(CLILanguage.current))) var csv = false

    mutating func execute(_ session: Session) throws {
        guard let tableID = StatisticsTableID(rawValue: table) else {
            let all = StatisticsTableID.allCases.map(\.rawValue).joined(separator: ", ")
            throw CLIError.badInput("--table: không có bảng «\(table)»; chọn: \(all)", "--table: no table «\(table)»; choose: \(all)")
        }
        let current = session.now.utcDay.year
        let lower = from ?? year ?? to ?? current
        let upper = to ?? year ?? from ?? current
        guard let years = YearPeriod.range(lower, upper) else {
            throw CLIError.badInput("khoảng năm không hợp lệ: \(lower)–\(upper)", "invalid year range: \(lower)–\(upper)")
        }
        let models = session.loadAllWarning(ModelRecord.self)
        let decisions = session.loadAllWarning(AwardDecision.self)
        let result = StatisticsBuilder(configuration: session.configuration)
            .table(tableID, models: models, decisions: decisions, years: years)
        if json { return try Console.json(StatisticsTable.JSONView(table: result, language: session.language)) }
        if csv { return Console.raw(result.renderCSV(session.language)) }
        Console.line(result.renderText(session.language))
    }
}

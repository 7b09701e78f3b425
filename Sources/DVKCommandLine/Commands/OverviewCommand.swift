import ArgumentParser
import DVKCore
import DVKStorage

/// `dvk` with no subcommand: the pipeline of the data directory — models per state and per year —
/// and the commands to go on with, counted from the list index. In a terminal `dvk` opens the
/// full-screen interface instead.
struct OverviewCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "overview", abstract: CLIText.help.overviewAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions

    mutating func execute(_ session: Session) throws {
        let language = session.language
        let models = session.modelSummaries()
        let years = Array(Set(models.map(\.year))).sorted()
        let workflow = session.configuration.workflow
        var rows: [[String]] = []
        for state in workflow.states {
            let counts = years.map { year in models.filter { $0.state == state.id && $0.year == year }.count }
            rows.append([state.label.text(language)] + counts.map(String.init) + [String(counts.reduce(0, +))])
        }
        let totals = years.map { year in models.filter { $0.year == year }.count }
        rows.append([CLIText.total.text(language)] + totals.map(String.init) + [String(models.count)])
        let headers = [CLIText.listColumns[6].text(language)] + years.map(String.init) + [CLIText.total.text(language)]
        Console.line(CLIText.overviewTitle(session.directory.path).text(language))
        let committee = session.configuration.committee
        Console.line(committee.setUp ? SetupText.setUpAs(committee).text(language) : SetupText.notSetUp.text(language))
        Console.line(TextTable(headers: headers, rows: rows, rightAligned: Set(1...(years.count + 1))).render())
        Console.line("")
        Console.line(CLIText.overviewNext.text(language))
    }
}

import ArgumentParser
import DVKCore

/// `dvk print awards|decision|report|annex|certificates|doctor`: the documents of P8 — award
/// lists and decisions, the committee's report, statistical annexes and the certificates' data
/// merge — as DOCX, PDF, XLSX, HTML, plain text or CSV, and printing through the system's spooler.
struct PrintCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "print", abstract: PrintText.abstract.text(CLILanguage.current),
                             subcommands: [PrintAwardsCommand.self, PrintDecisionCommand.self, PrintReportCommand.self, PrintAnnexCommand.self,
                                           PrintCertificatesCommand.self,
                                           PrintDoctorCommand.self])
    }

    /// Declared here too so `dvk --data DIR print awards …` (the global options before the
    /// subcommand's name) parses: the parser gives the value to every command declaring it.
    @OptionGroup var global: GlobalOptions
}

/// The output options every document subcommand takes.
struct PrintOutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(PrintText.format.text(CLILanguage.current), valueName: "docx,pdf,…"))
    var format: String?

    @Option(name: .long, help: ArgumentHelp(PrintText.out.text(CLILanguage.current), valueName: "DIR"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp(PrintText.printer.text(CLILanguage.current), valueName: "NAME"))
    var printer: String?
}

import ArgumentParser
import DVKCore
import DVKDocuments

/// `dvk print certificates --decision NUMBER`: the data merge for pre-printed Giấy khen / Bằng
/// khen blanks, one row per recipient, as CSV and XLSX.
struct PrintCertificatesCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "certificates", abstract: PrintText.certificatesAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(PrintText.decision.text(CLILanguage.current))) var decision: String
    @OptionGroup var output: PrintOutputOptions

    mutating func execute(_ session: Session) throws {
        let found = try DecisionLookup.find(decision, session)
        let models = session.loadAllWarning(ModelRecord.self)
        do {
            let merge = try CertificateMerge(decision: found, models: models, configuration: session.configuration)
            var runner = PrintRunner(options: output, language: session.language)
            runner.defaultFormats = "csv,xlsx"
            try runner.run(.certificates(merge, decisionNumber: found.number))
        } catch let error as DocumentError {
            throw CLIError(PrintText.describe(error))
        }
    }
}

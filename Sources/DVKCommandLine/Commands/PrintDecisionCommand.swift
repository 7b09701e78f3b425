import ArgumentParser
import DVKCore
import DVKDocuments
import DVKStorage

/// `dvk print decision --decision NUMBER`: the award decision itself ("QUYẾT ĐỊNH Về việc khen
/// thưởng …"), citing the legal bases in force on its date, with the articles of `config/decision.json`.
struct PrintDecisionCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "decision", abstract: PrintText.decisionAbstract.text(CLILanguage.current),
                             discussion: PrintText.decisionDiscussion.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(PrintText.decision.text(CLILanguage.current))) var decision: String
    @OptionGroup var output: PrintOutputOptions

    mutating func execute(_ session: Session) throws {
        let record = try DecisionLookup.find(decision, session)
        do {
            let document = try AwardDecisionDocument.build(record, configuration: session.configuration)
            try PrintRunner(options: output, language: session.language).run(.decision(document))
        } catch let error as DocumentError {
            throw CLIError(PrintText.describe(error))
        }
    }
}

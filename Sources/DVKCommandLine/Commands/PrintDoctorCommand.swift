import ArgumentParser
import DVKCore
import DVKDocuments
import Foundation

/// `dvk print doctor`: what this machine has for making PDFs and printing (LibreOffice, fonts,
/// poppler, CUPS, printers), with the command that installs what is missing. Needs no data
/// directory.
struct PrintDoctorCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "doctor", abstract: PrintText.doctorAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        for line in OutputDoctor.report(environment: ProcessInfo.processInfo.environment) {
            let mark = (line.found ? PrintText.found : PrintText.missing).text(language)
            Console.line("[\(mark)] \(line.what.text(language)): \(line.detail)")
        }
    }
}

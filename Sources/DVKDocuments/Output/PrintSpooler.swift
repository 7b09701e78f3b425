import DVKCore
import Foundation

/// Sends PDFs to the system's print spooler (CUPS `lp`). `lp` cannot print DOCX or XLSX, so only
/// PDFs are sent: convert first with `PDFConverter`.
public struct PrintSpooler: Sendable {
    /// The `lp` program.
    let lp: String
    /// The `lpstat` program, when present.
    let lpstat: String?
    /// The environment the programs run in (CUPS_SERVER and the like are honoured).
    let environment: [String: String]
    /// Seconds one `lp` or `lpstat` run may take.
    var timeout: TimeInterval = 30

    /// The spooler, or nil when `lp` is not on PATH.
    public static func locate(environment: [String: String]) -> PrintSpooler? {
        guard let lp = ExecutableLookup.find("lp", environment: environment) else { return nil }
        return PrintSpooler(lp: lp, lpstat: ExecutableLookup.find("lpstat", environment: environment), environment: environment)
    }

    /// The printers (queues) the scheduler knows, from `lpstat -e`; empty when there are none or
    /// the scheduler is not running.
    public func printers() -> [String] {
        guard let outcome = runStatus(["-e"]), !outcome.timedOut, outcome.status == 0 else { return [] }
        return outcome.out.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Whether the CUPS scheduler answers (`lpstat -r`).
    func schedulerRunning() -> Bool {
        guard let outcome = runStatus(["-r"]), !outcome.timedOut else { return false }
        return outcome.out.contains("scheduler is running")
    }

    /// Prints one copy of the PDF on A4: `lp -d PRINTER -n 1 -o media=A4 -t TITLE file.pdf`.
    /// Throws when the file is not a non-empty PDF, the printer is unknown (the message lists the
    /// printers there are), or `lp` refuses the job (the message quotes it).
    public func send(_ pdfPath: String, printer: String, title: String) throws {
        guard ConversionWork.isPDF(pdfPath) else { throw PrintMessages.notPDF(pdfPath) }
        let known = printers()
        guard known.contains(printer) else {
            throw PrintMessages.unknownPrinter(printer, known: known, schedulerRunning: schedulerRunning())
        }
        let arguments = ["-d", printer, "-n", "1", "-o", "media=A4", "-t", title, pdfPath]
        let outcome: OutputProcess.Outcome
        do {
            outcome = try OutputProcess.run(lp, arguments, environment: plainEnvironment, timeout: timeout)
        } catch {
            throw PrintMessages.cannotStart(lp, error: error)
        }
        if outcome.timedOut { throw PrintMessages.timedOut(printer, seconds: timeout) }
        guard outcome.status == 0 else {
            throw PrintMessages.refused(pdfPath, printer: printer, status: outcome.status, output: outcome.combined)
        }
    }

    /// The caller's environment with untranslated messages, so their wording can be read.
    private var plainEnvironment: [String: String] {
        var copy = environment
        copy["LC_ALL"] = "C"
        return copy
    }

    private func runStatus(_ arguments: [String]) -> OutputProcess.Outcome? {
        guard let lpstat else { return nil }
        return try? OutputProcess.run(lpstat, arguments, environment: plainEnvironment, timeout: timeout)
    }
}

import DVKCore
import DVKDocuments
import Foundation

/// Writes a document in the formats asked for and sends it to a printer: plain text to the
/// terminal when no folder is given, the files into the output folder (their paths on stdout, one
/// per line), the PDF through LibreOffice, then `lp`. A missing tool is reported with what to
/// install and where the DOCX or PDF was written, and the command fails (exit 1): it never
/// reports success for a document it did not produce.
struct PrintRunner {
    let options: PrintOutputOptions
    let language: Language
    /// The formats used when `--format` is not given.
    var defaultFormats = "docx"
    var environment = ProcessInfo.processInfo.environment

    func run(_ document: ExportDocument) throws {
        var formats = try requestedFormats(document)
        if options.printer != nil, !formats.contains(.pdf) { formats.append(.pdf) }
        if options.out == nil, let index = formats.firstIndex(of: .txt) {
            formats.remove(at: index)
            Console.raw(PlainTextWriter(document.layout, width: terminalWidth).text())
        }
        guard !formats.isEmpty else { return }
        let folder = options.out ?? FileManager.default.currentDirectoryPath
        let converter = formats.contains(.pdf) ? PDFConverter.locate(environment: environment) : nil
        let outcome: ExportOutcome
        do {
            outcome = try DocumentExporter(folder: folder, converter: converter).export(document, formats: formats)
        } catch let error as DocumentError {
            throw CLIError(PrintText.describe(error))
        }
        for file in outcome.files { Console.line(file) }
        switch outcome.pdfProblem {
        case .converterMissing?: throw CLIError(PrintText.libreOfficeMissing(docx: outcome.docx))
        case .failed(let message)?: throw CLIError(PrintText.conversionFailed(message, docx: outcome.docx))
        case nil: break
        }
        if let printer = options.printer, let pdf = outcome.pdf { try send(pdf, to: printer, title: document.layout.title) }
    }

    /// The `--format` list checked against what the document can be written as.
    private func requestedFormats(_ document: ExportDocument) throws -> [DocumentFormat] {
        let parsed = DocumentFormat.parseList(options.format ?? defaultFormats)
        if !parsed.unknown.isEmpty { throw CLIError(PrintText.unknownFormats(parsed.unknown), exitCode: 2) }
        let unsupported = parsed.formats.filter { !document.formats.contains($0) }
        if !unsupported.isEmpty || parsed.formats.isEmpty {
            let allowed = DocumentFormat.allCases.filter { document.formats.contains($0) }.map(\.rawValue)
            throw CLIError(PrintText.unsupportedFormats(unsupported.map(\.rawValue), allowed: allowed), exitCode: 2)
        }
        return parsed.formats
    }

    private func send(_ pdf: String, to printer: String, title: String) throws {
        guard let spooler = PrintSpooler.locate(environment: environment) else { throw CLIError(PrintText.spoolerMissing(pdf: pdf)) }
        do {
            try spooler.send(pdf, printer: printer, title: title)
        } catch let error as DocumentOutputError {
            throw CLIError(PrintText.printFailed(error.message, pdf: pdf))
        }
        Console.warn(PrintText.sent(pdf, printer: printer).text(language))
    }

    /// `COLUMNS` when it is a sensible width, otherwise 132.
    private var terminalWidth: Int {
        environment["COLUMNS"].flatMap(Int.init).map { max(40, $0) } ?? 132
    }
}

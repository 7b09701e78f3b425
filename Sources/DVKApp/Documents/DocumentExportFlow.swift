import DVKCore
import DVKDocuments
import DVKTerminal
import Foundation

/// Exporting a document from a preview: a prompt for the formats (checked before anything is
/// asked further), a prompt for the folder, then the exporter; the outcome — the files written,
/// a PDF that could not be made, a write error — ends as the status message. Printing on paper
/// goes through here too: a printer chosen from the spooler's, the PDF made, the job sent.
/// Every screen that previews a document exports and prints it through here.
struct DocumentExportFlow {
    unowned let app: App
    let document: ExportDocument

    /// Asks for the formats, then the folder, then writes.
    func start() {
        app.prompt(app.t(ExportText.formatsPrompt), initial: "docx,pdf,xlsx") { typed in
            let (formats, unknown) = DocumentFormat.parseList(typed)
            guard unknown.isEmpty, !formats.isEmpty else {
                return app.inform(app.t(ExportText.unknownFormats(unknown.joined(separator: ", "))), isError: true)
            }
            app.prompt(app.t(ExportText.folderPrompt), initial: app.lastFolder ?? FileManager.default.currentDirectoryPath) { typed in
                let folder = FilePaths.clean(typed, environment: app.environment)
                let existing = formats.map { document.baseName + "." + $0.fileExtension }
                    .filter { FileManager.default.fileExists(atPath: folder + "/" + $0) }
                guard !existing.isEmpty else { return write(formats: formats, folder: folder) }
                app.askYesNo(app.t(ExportText.overwriteTitle), [app.t(ExportText.overwriteLine(existing.joined(separator: ", "), folder: folder))]) { yes in
                    if yes { write(formats: formats, folder: folder) } else { app.inform(app.t(ExportText.notOverwritten)) }
                }
            }
        }
    }

    private func write(formats: [DocumentFormat], folder: String) {
        app.lastFolder = folder
        let converter = formats.contains(.pdf) ? PDFConverter.locate(environment: app.environment) : nil
        let exporter = DocumentExporter(folder: folder, converter: converter)
        do {
            let outcome = try app.busy(ExportText.writing) { try exporter.export(document, formats: formats) }
            let names = outcome.files.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
            switch outcome.pdfProblem {
            case nil: app.inform(app.t(ExportText.written(names, folder: folder)))
            case .converterMissing?: app.inform(app.t(ExportText.noLibreOffice(names)), isError: true)
            case .failed(let message)?: app.inform(names + " — " + message.text(app.language), isError: true)
            }
        } catch let error as DocumentError {
            app.inform(error.message.text(app.language), isError: true)
        } catch let error as DocumentOutputError {
            app.inform(error.message.text(app.language), isError: true)
        } catch {
            app.fail(error)
        }
    }
}

extension DocumentExportFlow {
    /// Offers the spooler's printers, then makes the PDF (LibreOffice) and sends it.
    func printOnPaper() {
        guard let spooler = PrintSpooler.locate(environment: app.environment) else {
            return app.inform(app.t(ExportText.noSpooler), isError: true)
        }
        let printers = spooler.printers()
        guard !printers.isEmpty else { return app.inform(app.t(ExportText.noPrinters), isError: true) }
        app.pick(app.t(ExportText.choosePrinter), printers.map { Picker.Option(id: $0, label: $0) }) { printer in
            guard let converter = PDFConverter.locate(environment: app.environment) else {
                return app.inform(app.t(ExportText.noLibreOfficeToPrint), isError: true)
            }
            do {
                let folder = NSTemporaryDirectory() + "dvk-print-" + UUID().uuidString
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(atPath: folder) }
                try app.busy(ExportText.printing(printer.id)) {
                    let outcome = try DocumentExporter(folder: folder, converter: converter).export(document, formats: [.pdf])
                    guard let pdf = outcome.pdf else {
                        if case .failed(let message)? = outcome.pdfProblem { throw ExportFailure(message: message) }
                        throw ExportFailure(message: ExportText.noLibreOfficeToPrint)
                    }
                    try spooler.send(pdf, printer: printer.id, title: document.layout.title)
                }
                app.inform(app.t(ExportText.sent(printer.id)))
            } catch let failure as ExportFailure {
                app.inform(failure.message.text(app.language), isError: true)
            } catch let error as DocumentError {
                app.inform(error.message.text(app.language), isError: true)
            } catch let error as DocumentOutputError {
                app.inform(error.message.text(app.language), isError: true)
            } catch {
                app.fail(error)
            }
        }
    }
}

/// A PDF that could not be made for printing, with the reason.
private struct ExportFailure: Error {
    let message: LocalizedText
}

/// Texts of exporting a previewed document.
enum ExportText {
    typealias L = LocalizedText
    static let export = L(vi: "xuất ra tệp (DOCX, PDF, XLSX…)", en: "export to files (DOCX, PDF, XLSX…)")
    static let formatsPrompt = L(vi: "Dạng tệp (docx, pdf, xlsx, html, txt, csv)", en: "Formats (docx, pdf, xlsx, html, txt, csv)")
    static let print = L(vi: "in ra máy in (qua LibreOffice và CUPS)", en: "print on a printer (through LibreOffice and CUPS)")
    static let writing = L(vi: "Đang ghi tệp…", en: "Writing the files…")
    static func printing(_ printer: String) -> L { L(vi: "Đang tạo PDF và gửi tới máy in \(printer)…", en: "Making the PDF and sending it to \(printer)…") }
    static func sent(_ printer: String) -> L { L(vi: "Đã gửi tới máy in \(printer)", en: "Sent to the printer \(printer)") }
    static let choosePrinter = L(vi: "Chọn máy in", en: "Choose a printer")
    static let noSpooler = L(vi: "Máy này chưa có hệ thống in (apt-get install cups); hãy xuất PDF bằng e rồi in ở máy khác",
                             en: "This machine has no print system (apt-get install cups); export a PDF with e and print it elsewhere")
    static let noPrinters = L(vi: "Hệ thống in chưa có máy in nào (hoặc CUPS chưa chạy): lpstat -e để xem",
                              en: "The print system has no printer (or CUPS is not running): see lpstat -e")
    static let noLibreOfficeToPrint = L(vi: "Không tạo được PDF để in vì máy chưa có LibreOffice (apt-get install libreoffice-writer-nogui)",
                                        en: "No PDF to print: LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    static let folderPrompt = L(vi: "Ghi vào thư mục", en: "Write into the folder")
    static let overwriteTitle = L(vi: "Ghi đè tệp đã có?", en: "Overwrite existing files?")
    static func overwriteLine(_ names: String, folder: String) -> L {
        L(vi: "«\(folder)» đã có \(names).", en: "«\(folder)» already holds \(names).")
    }
    static let notOverwritten = L(vi: "Không ghi đè; chưa ghi gì.", en: "Not overwritten; nothing was written.")
    static func unknownFormats(_ names: String) -> L { L(vi: "Dạng tệp không rõ: \(names)", en: "Unknown formats: \(names)") }
    static func written(_ names: String, folder: String) -> L { L(vi: "Đã ghi \(names) vào \(folder)", en: "Wrote \(names) to \(folder)") }
    static func noLibreOffice(_ names: String) -> L {
        L(vi: "Đã ghi \(names); không tạo được PDF vì máy chưa có LibreOffice (apt-get install libreoffice-writer-nogui)",
          en: "Wrote \(names); no PDF: LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    }
}

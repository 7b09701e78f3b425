import DVKCore
import DVKDocuments
import Foundation

/// Exporting a document from a preview: a prompt for the formats (checked before anything is
/// asked further), a prompt for the folder, then the exporter; the outcome — the files written,
/// a PDF that could not be made, a write error — ends as the status message. Every screen that
/// previews a document exports it through here.
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
            app.prompt(app.t(ExportText.folderPrompt), initial: FileManager.default.currentDirectoryPath) { folder in
                write(formats: formats, folder: folder)
            }
        }
    }

    private func write(formats: [DocumentFormat], folder: String) {
        let exporter = DocumentExporter(folder: folder, converter: PDFConverter.locate(environment: ProcessInfo.processInfo.environment))
        do {
            let outcome = try exporter.export(document, formats: formats)
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

/// Texts of exporting a previewed document.
enum ExportText {
    typealias L = LocalizedText
    static let export = L(vi: "xuất ra tệp (DOCX, PDF, XLSX…)", en: "export to files (DOCX, PDF, XLSX…)")
    static let formatsPrompt = L(vi: "Dạng tệp (docx, pdf, xlsx, html, txt, csv)", en: "Formats (docx, pdf, xlsx, html, txt, csv)")
    static let folderPrompt = L(vi: "Ghi vào thư mục", en: "Write into the folder")
    static func unknownFormats(_ names: String) -> L { L(vi: "Dạng tệp không rõ: \(names)", en: "Unknown formats: \(names)") }
    static func written(_ names: String, folder: String) -> L { L(vi: "Đã ghi \(names) vào \(folder)", en: "Wrote \(names) to \(folder)") }
    static func noLibreOffice(_ names: String) -> L {
        L(vi: "Đã ghi \(names); không tạo được PDF vì máy chưa có LibreOffice (apt-get install libreoffice-writer-nogui)",
          en: "Wrote \(names); no PDF: LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    }
}

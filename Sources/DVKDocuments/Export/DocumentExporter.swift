import DVKCore

/// Why a requested PDF was not made.
public enum PDFProblem: Sendable {
    /// LibreOffice is not installed.
    case converterMissing
    /// The conversion failed; the converter's message.
    case failed(LocalizedText)
}

/// What an export left in the output folder.
public struct ExportOutcome: Sendable {
    /// Every file written, in the order the formats were asked for.
    public var files: [String]
    /// The PDF, when one was asked for and made.
    public var pdf: String?
    /// The DOCX in the output folder (asked for, or kept because the PDF could not be made).
    public var docx: String?
    /// Why the asked-for PDF is missing, or nil.
    public var pdfProblem: PDFProblem?
}

/// Writes a document in several formats into an output folder: every file is staged and renamed
/// into place only when complete, the PDF is converted from the DOCX by LibreOffice, and when the
/// PDF cannot be made the DOCX is kept so the user has the document anyway.
public struct DocumentExporter: Sendable {
    public var folder: String
    public var converter: PDFConverter?
    /// The line width of the plain-text form.
    public var textWidth: Int

    public init(folder: String, converter: PDFConverter?, textWidth: Int = 132) {
        self.folder = folder
        self.converter = converter
        self.textWidth = textWidth
    }

    /// Writes `document` in `formats` (those it supports; others are skipped). Throws
    /// ``DocumentError`` when a file cannot be written — nothing is published then.
    public func export(_ document: ExportDocument, formats: [DocumentFormat]) throws -> ExportOutcome {
        let wanted = formats.filter { document.formats.contains($0) }
        let staging = try StagedOutput(in: folder)
        defer { staging.discard() }
        var names: [DocumentFormat: String] = [:]
        for format in wanted where format != .pdf {
            let name = document.baseName + "." + format.fileExtension
            try staging.write(try DocumentRenderer.bytes(document, as: format, textWidth: textWidth), name: name)
            names[format] = name
        }
        var problem: PDFProblem?
        var keepDocx = names[.docx] != nil
        if wanted.contains(.pdf) {
            let docxName = document.baseName + "." + DocumentFormat.docx.fileExtension
            if names[.docx] == nil { try staging.write(try DocumentRenderer.bytes(document, as: .docx), name: docxName) }
            if let converter {
                do {
                    let made = try converter.convert([staging.staged(docxName)], outputFolder: staging.staging)
                    if let pdf = made.first { names[.pdf] = String(pdf.split(separator: "/").last ?? "") }
                } catch let error as DocumentOutputError {
                    problem = .failed(error.message)
                } catch {
                    problem = .failed(LocalizedText(vi: String(describing: error), en: String(describing: error)))
                }
            } else {
                problem = .converterMissing
            }
            if problem != nil {
                keepDocx = true
                names[.docx] = docxName
            }
        }
        var order = wanted.compactMap { names[$0] }
        if keepDocx, let docx = names[.docx], !order.contains(docx) { order.append(docx) }
        let files = try staging.publish(order)
        let path = { (format: DocumentFormat) in names[format].map { staging.folder + "/" + $0 } }
        return ExportOutcome(files: files, pdf: path(.pdf), docx: keepDocx ? path(.docx) : nil, pdfProblem: problem)
    }
}

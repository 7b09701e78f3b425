/// The bytes of a document in one format (every format but PDF, which LibreOffice makes from
/// the DOCX). CSV files start with a byte-order mark so spreadsheet programs read them as UTF-8.
public enum DocumentRenderer {
    /// Throws when the ZIP container cannot be built, and ``DocumentError/notRenderable(_:)`` for PDF.
    public static func bytes(_ document: ExportDocument, as format: DocumentFormat, textWidth: Int = 132) throws -> [UInt8] {
        switch format {
        case .docx: return try DocxWriter(document.layout).bytes()
        case .xlsx: return try XlsxWriter(document.layout).bytes()
        case .html: return Array(HTMLWriter(document.layout).html().utf8)
        case .txt: return Array(PlainTextWriter(document.layout, width: textWidth).text().utf8)
        case .csv: return Array(("\u{FEFF}" + document.csv).utf8)
        case .pdf: throw DocumentError.notRenderable(format.rawValue)
        }
    }
}

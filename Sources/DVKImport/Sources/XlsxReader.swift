/// Reads an Excel workbook (XLSX, Office Open XML) into tables, one per worksheet, without
/// trusting the file: the package's entry count and every part's unpacked size are bounded
/// (counted while unpacking), the XML is read by a bounded tokenizer that refuses DOCTYPE and
/// entity declarations, and rows, columns, cell text and sheets stay within ``SourceLimits``.
/// Chartsheets and sheets whose part is missing are skipped. An old binary .xls file and
/// anything that is not an XLSX package are refused with a message saying what to do.
public enum XlsxReader {
    /// Every worksheet of the workbook, in workbook order, as tables. `file` names the file in
    /// error messages.
    public static func read(bytes: [UInt8], file: String) throws(SourceError) -> [SourceTable] {
        try read(bytes: bytes, file: file, limits: XlsxLimits())
    }

    static func read(bytes: [UInt8], file: String, limits: XlsxLimits) throws(SourceError) -> [SourceTable] {
        let package = try XlsxPackage(bytes: bytes, file: file, limits: limits)
        let workbook = try XlsxWorkbook(package)
        var sharedStrings: [String] = []
        if let path = workbook.sharedStringsPart, var scanner = try package.scanner(path) {
            sharedStrings = try XlsxSharedStrings.read(&scanner)
        }
        var dateStyles = XlsxDateStyles()
        if let path = workbook.stylesPart, var scanner = try package.scanner(path) {
            dateStyles = try XlsxDateStyles(&scanner)
        }
        var tables: [SourceTable] = []
        for sheet in workbook.sheets {
            guard let path = sheet.part, var scanner = try package.scanner(path) else { continue }
            let reader = XlsxWorksheet(file: file, name: sheet.name, sharedStrings: sharedStrings, dateStyles: dateStyles)
            tables.append(try reader.read(&scanner))
        }
        return tables
    }
}

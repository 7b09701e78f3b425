import CSV
import Foundation

/// Reads a CSV file (as saved by Excel, LibreOffice or a converter) into one `SourceTable`.
public enum CSVSource {
    /// The file as one table: decoded (`ImportTextDecoder`), delimiter detected (comma,
    /// semicolon — as Excel and LibreOffice save them in a Vietnamese locale — or tab) from the
    /// header line outside quotes, checked against `SourceLimits`, parsed with CSV.swift.
    ///
    /// Every cell is `.text`, or `.empty` when it holds nothing. Rows whose cells are all empty
    /// are left out; `rowNumbers` gives each kept row the number a spreadsheet shows for it
    /// (the header is row 1; a quoted cell spanning lines is still one row).
    public static func read(bytes: [UInt8], file: String, encoding: TextEncodingChoice) throws -> (table: SourceTable, encoding: TextEncodingChoice) {
        guard bytes.count <= SourceLimits.fileBytes else {
            throw SourceError(
                file: file,
                vi: "tệp lớn hơn \(SourceLimits.fileBytes / (1024 * 1024)) MB, quá giới hạn nhập",
                en: "the file is larger than the \(SourceLimits.fileBytes / (1024 * 1024)) MB import limit"
            )
        }
        let (text, used) = try ImportTextDecoder.decode(bytes, file: file, as: encoding)
        let delimiter = CSVDelimiter.detect(in: text)
        try CSVLimitCheck.check(text, delimiter: delimiter, file: file)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
        } catch {
            throw parseError(file: file, row: 1, error)
        }
        var rows: [[SourceCell]] = []
        var rowNumbers: [Int] = []
        var rowNumber = 0
        while let record = reader.next() {
            rowNumber += 1
            let cells = record.map { $0.isEmpty ? SourceCell.empty : .text($0) }
            guard !cells.allSatisfy(\.isEmpty) else { continue }
            rows.append(cells)
            rowNumbers.append(rowNumber)
        }
        if let error = reader.error { throw parseError(file: file, row: rowNumber + 1, error) }
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        return (SourceTable(name: name, rows: rows, rowNumbers: rowNumbers), used)
    }

    private static func parseError(file: String, row: Int, _ error: any Error) -> SourceError {
        SourceError(file: file, vi: "hàng \(row): không đọc được CSV (\(error))", en: "row \(row): cannot read the CSV (\(error))")
    }
}

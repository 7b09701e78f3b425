import DVKCore
import DVKStorage

/// A file to import, read into tables: an XLSX workbook (every sheet) or a CSV file (one
/// table), told apart by their first bytes, not their names. An old binary `.xls` is refused
/// with a request to save it as `.xlsx`.
public struct ImportFile: Sendable {
    public var name: String
    public var tables: [SourceTable]
    /// The text encoding a CSV was read in (UTF-8 for an XLSX).
    public var encoding: TextEncodingChoice

    /// The line a report gives a file converted from an old encoding; nil for UTF-8.
    public var conversionNote: LocalizedText? {
        guard encoding == .tcvn3 || encoding == .vni else { return nil }
        return LocalizedText(vi: "\(name): đọc theo bảng mã \(encoding.name), đã chuyển sang Unicode",
                             en: "\(name): read as \(encoding.name), converted to Unicode")
    }

    /// Reads the file at `path` (a regular file of at most ``SourceLimits/fileBytes``).
    public static func read(path: String, encoding: TextEncodingChoice) throws -> ImportFile {
        let name = String(path.split(separator: "/").last ?? Substring(path))
        let bytes: [UInt8]
        do {
            guard let read = try DurableFile.read(path, limit: SourceLimits.fileBytes) else {
                throw SourceError(file: name, vi: "không có tệp này", en: "there is no such file")
            }
            bytes = read
        } catch let error as StorageError {
            // The store's message names the path already.
            throw SourceError(file: "", vi: error.message(.vi), en: error.message(.en))
        }
        return try read(bytes: bytes, name: name, encoding: encoding)
    }

    public static func read(bytes: [UInt8], name: String, encoding: TextEncodingChoice) throws -> ImportFile {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return ImportFile(name: name, tables: try XlsxReader.read(bytes: bytes, file: name), encoding: .utf8)
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw SourceError(file: name, vi: "đây là tệp Excel cũ (.xls); hãy mở bằng Excel hoặc LibreOffice và lưu thành .xlsx rồi nhập lại",
                              en: "this is an old Excel file (.xls); open it in Excel or LibreOffice, save it as .xlsx and import that")
        }
        let (table, used) = try CSVSource.read(bytes: bytes, file: name, encoding: encoding)
        return ImportFile(name: name, tables: [ImportFile.withoutFormulaGuards(table)], encoding: used)
    }

    /// Takes off the apostrophe a CSV export puts before a value a spreadsheet would run as a
    /// formula (``CSVWriter``), so an exported list imports back to the same values.
    static func withoutFormulaGuards(_ table: SourceTable) -> SourceTable {
        var result = table
        result.rows = table.rows.map { row in
            row.map { cell in
                guard case .text(let text) = cell, text.hasPrefix("'"), let second = text.dropFirst().first,
                      "=+-@\t\r".contains(second) else { return cell }
                return .text(String(text.dropFirst()))
            }
        }
        return result
    }
}

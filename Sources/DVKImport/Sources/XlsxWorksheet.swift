import DVKCore

/// Reads the `<sheetData>` of one worksheet part into a ``SourceTable``. Each cell lands at the
/// column its reference names (a cell without one follows the previous), gaps filled with
/// `.empty` and trailing empties dropped; rows keep their sheet row numbers (a row without
/// `r` follows the previous) and rows with nothing in them are left out. Cell types: `s` shared
/// string, `inlineStr`, `str` (a formula's text), `b`, `e` (the error text, "#N/A"), `d` (ISO
/// date text), and numbers — `.dateSerial` when the cell's format shows a date.
struct XlsxWorksheet {
    let file: String
    let name: String
    let sharedStrings: [String]
    let dateStyles: XlsxDateStyles

    /// The cell being read.
    private struct Cell {
        var reference: String
        var column: Int
        var type: String
        var style: Int
        var value = ""
        var inline: XlsxText?
        var inValue = false
    }

    func read(_ scanner: inout XMLScanner) throws(SourceError) -> SourceTable {
        var rows: [[SourceCell]] = []
        var rowNumbers: [Int] = []
        var inSheetData = false
        var rowNumber = 0
        var row: [SourceCell]?
        var cell: Cell?
        while let token = try scanner.next() {
            if var current = cell {
                if case .end("c") = token {
                    let value = try self.value(of: current)
                    if case .empty = value {} else {
                        if row!.count <= current.column { row!.append(contentsOf: repeatElement(.empty, count: current.column + 1 - row!.count)) }
                        row![current.column] = value
                    }
                    cell = nil
                } else {
                    take(token, into: &current)
                    cell = current
                }
                continue
            }
            switch token {
            case .start(let tag) where tag.name == "sheetData":
                inSheetData = true
            case .end("sheetData"):
                return SourceTable(name: name, rows: rows, rowNumbers: rowNumbers)
            case .start(let tag) where tag.name == "row" && inSheetData:
                rowNumber = try number(ofRow: tag.attribute("r"), after: rowNumber)
                row = []
            case .end("row") where row != nil:
                while case .empty? = row!.last { row!.removeLast() }
                if row!.contains(where: { !$0.isEmpty }) {
                    rows.append(row!)
                    rowNumbers.append(rowNumber)
                }
                row = nil
            case .start(let tag) where tag.name == "c" && row != nil:
                cell = try start(tag, after: row!.count, rowNumber: rowNumber)
            default:
                break
            }
        }
        return SourceTable(name: name, rows: rows, rowNumbers: rowNumbers)
    }

    /// The row number of a `<row>`: its `r`, or the one after the previous row's.
    private func number(ofRow attribute: String?, after previous: Int) throws(SourceError) -> Int {
        guard let attribute else { return try checked(previous + 1) }
        guard let number = Int(attribute), number > previous else {
            throw fault("số hàng “\(attribute)” không hợp lệ hoặc sai thứ tự (sau hàng \(previous))",
                        "row number “\(attribute)” is invalid or out of order (after row \(previous))")
        }
        return try checked(number)
    }

    private func checked(_ rowNumber: Int) throws(SourceError) -> Int {
        guard rowNumber <= SourceLimits.rows else {
            throw fault("hàng \(rowNumber) vượt giới hạn \(SourceLimits.rows) hàng", "row \(rowNumber) is past the limit of \(SourceLimits.rows) rows")
        }
        return rowNumber
    }

    /// A cell from its `<c>` tag; `next` is the column a cell without a reference takes.
    private func start(_ tag: XMLTag, after next: Int, rowNumber: Int) throws(SourceError) -> Cell {
        let column: Int
        let reference: String
        if let r = tag.attribute("r") {
            column = try self.column(of: r)
            reference = r
        } else {
            column = next
            reference = XlsxWorksheet.columnName(next) + String(rowNumber)
        }
        guard column < SourceLimits.columns else {
            throw fault("ô \(reference) nằm ngoài \(SourceLimits.columns) cột đầu tiên", "cell \(reference) is beyond the first \(SourceLimits.columns) columns")
        }
        return Cell(reference: reference, column: column, type: tag.attribute("t") ?? "n", style: tag.attribute("s").flatMap { Int($0) } ?? 0)
    }

    /// The 0-based column of a reference like "B3" (letters, then the row's digits).
    private func column(of reference: String) throws(SourceError) -> Int {
        var column = 0
        var letters = 0
        var digits = 0
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                letters += 1
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                if column > SourceLimits.columns {
                    throw fault("ô \(reference) nằm ngoài \(SourceLimits.columns) cột đầu tiên",
                                "cell \(reference) is beyond the first \(SourceLimits.columns) columns")
                }
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                digits += 1
            default:
                throw fault("tham chiếu ô “\(reference)” không hợp lệ", "cell reference “\(reference)” is invalid")
            }
        }
        guard letters > 0, digits > 0 else { throw fault("tham chiếu ô “\(reference)” không hợp lệ", "cell reference “\(reference)” is invalid") }
        return column - 1
    }

    private func take(_ token: XMLToken, into cell: inout Cell) {
        switch token {
        case .start(let tag) where tag.name == "v": cell.inValue = true
        case .end("v"): cell.inValue = false
        case .start(let tag) where tag.name == "is": cell.inline = XlsxText()
        case .text(let text) where cell.inValue: cell.value += text
        default: cell.inline?.take(token)
        }
    }

    /// The value of a finished cell.
    private func value(of cell: Cell) throws(SourceError) -> SourceCell {
        switch cell.type {
        case "inlineStr":
            return try text(cell.inline?.text ?? "", cell)
        case "s":
            guard !cell.value.isEmpty else { return .empty }
            guard let index = Int(cell.value), sharedStrings.indices.contains(index) else {
                throw fault("ô \(cell.reference) trỏ tới chuỗi dùng chung số \(cell.value), không có trong tệp",
                            "cell \(cell.reference) refers to shared string \(cell.value), which the file does not have")
            }
            return try text(sharedStrings[index], cell)
        case "str":
            return try text(XlsxText.unescape(cell.value), cell)
        case "e", "d":
            return try text(cell.value, cell)
        case "b":
            switch cell.value {
            case "": return .empty
            case "1", "true": return .bool(true)
            case "0", "false": return .bool(false)
            default: throw fault("ô \(cell.reference) có giá trị đúng/sai “\(cell.value)” không hợp lệ", "cell \(cell.reference) has an invalid boolean “\(cell.value)”")
            }
        default:
            let trimmed = cell.value.trimmingSpaces
            guard !trimmed.isEmpty else { return .empty }
            guard let number = Double(trimmed), number.isFinite else {
                throw fault("ô \(cell.reference) có số “\(cell.value)” không hợp lệ", "cell \(cell.reference) has an invalid number “\(cell.value)”")
            }
            return dateStyles.isDate(style: cell.style) ? .dateSerial(number) : .number(number)
        }
    }

    /// A text cell, refused when longer than Excel allows.
    private func text(_ text: String, _ cell: Cell) throws(SourceError) -> SourceCell {
        if text.utf8.count > SourceLimits.cellCharacters && text.utf16.count > SourceLimits.cellCharacters {
            throw fault("ô \(cell.reference) dài hơn \(SourceLimits.cellCharacters) ký tự", "cell \(cell.reference) is longer than \(SourceLimits.cellCharacters) characters")
        }
        return text.isEmpty ? .empty : .text(text)
    }

    private func fault(_ vi: String, _ en: String) -> SourceError {
        XlsxErrors.sheet(file, sheet: name, vi: vi, en: en)
    }

    /// "A" for column 0, "AA" for column 26.
    static func columnName(_ column: Int) -> String {
        var name = ""
        var n = column + 1
        while n > 0 {
            name = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + name
            n = (n - 1) / 26
        }
        return name
    }
}

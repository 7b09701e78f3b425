/// A pass over CSV text before CSV.swift parses it, with the same rules for quotes, separators and
/// line breaks, that stops at the first record breaking a `SourceLimits` limit (rows, columns,
/// cell length) or at a quote never closed. CSV.swift builds whole rows in memory and reads an
/// open quote to the end of the file; this pass keeps hostile files (one endless line, millions
/// of separators, a lone quote) from getting that far.
struct CSVLimitCheck {
    let file: String
    let delimiter: Unicode.Scalar
    private var scalars: String.UnicodeScalarView.Iterator
    private var pushedBack: Unicode.Scalar?

    /// Throws a `SourceError` naming the record (as a spreadsheet numbers rows) and column at fault.
    static func check(_ text: String, delimiter: Unicode.Scalar, file: String) throws {
        var pass = CSVLimitCheck(file: file, delimiter: delimiter, scalars: text.unicodeScalars.makeIterator())
        try pass.run()
    }

    private init(file: String, delimiter: Unicode.Scalar, scalars: String.UnicodeScalarView.Iterator) {
        self.file = file
        self.delimiter = delimiter
        self.scalars = scalars
    }

    private mutating func next() -> Unicode.Scalar? {
        if let scalar = pushedBack {
            pushedBack = nil
            return scalar
        }
        return scalars.next()
    }

    /// After a CR, takes the LF of a CRLF pair.
    private mutating func skipLineFeed() {
        let following = next()
        if following != "\n" { pushedBack = following }
    }

    private mutating func run() throws {
        var row = 0
        while let firstOfRow = next() {
            row += 1
            guard row <= SourceLimits.rows else {
                throw SourceError(file: file, vi: "hàng \(row): tệp có hơn \(SourceLimits.rows) hàng", en: "row \(row): the file has more than \(SourceLimits.rows) rows")
            }
            var firstOfField: Unicode.Scalar? = firstOfRow
            var column = 0
            var rowEnded = false
            while !rowEnded {
                column += 1
                guard column <= SourceLimits.columns else {
                    throw SourceError(file: file, vi: "hàng \(row): có hơn \(SourceLimits.columns) cột", en: "row \(row): more than \(SourceLimits.columns) columns")
                }
                switch firstOfField {
                case nil: rowEnded = true
                case "\"": rowEnded = try quotedField(row: row, column: column)
                default:
                    pushedBack = firstOfField
                    rowEnded = try plainField(row: row, column: column)
                }
                if !rowEnded { firstOfField = next() }
            }
        }
    }

    /// Reads one unquoted field; returns whether it ended the row.
    private mutating func plainField(row: Int, column: Int) throws -> Bool {
        var length = 0
        while let scalar = next() {
            switch scalar {
            case "\r": skipLineFeed(); return true
            case "\n": return true
            case delimiter: return false
            default: length += 1; try checkLength(length, row: row, column: column)
            }
        }
        return true
    }

    /// Reads one field after its opening quote; returns whether it ended the row.
    private mutating func quotedField(row: Int, column: Int) throws -> Bool {
        var length = 0
        while let scalar = next() {
            if scalar == "\"" {
                switch next() {
                case nil: return true
                case "\r": skipLineFeed(); return true
                case "\n": return true
                case delimiter: return false
                // A doubled quote is one quote; so is a quote followed by anything else (CSV.swift drops that next scalar).
                default: break
                }
            }
            length += 1
            try checkLength(length, row: row, column: column)
        }
        throw SourceError(
            file: file,
            vi: "hàng \(row), cột \(column): dấu ngoặc kép mở ở đây không được đóng đến hết tệp",
            en: "row \(row), column \(column): a quote opened here is never closed"
        )
    }

    private func checkLength(_ length: Int, row: Int, column: Int) throws {
        guard length > SourceLimits.cellCharacters else { return }
        throw SourceError(
            file: file,
            vi: "hàng \(row), cột \(column): ô dài hơn \(SourceLimits.cellCharacters) ký tự",
            en: "row \(row), column \(column): a cell longer than \(SourceLimits.cellCharacters) characters"
        )
    }
}

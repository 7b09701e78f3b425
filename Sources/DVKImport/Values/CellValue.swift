import DVKCore

/// Reads one cell for one column: a number, an amount, a day, a yes/no or a list id out of the
/// ways registers write them ("70.000.000", "70,000,000", an Excel date serial, "15/06/2021",
/// "2021-06-15", "Có", "x"…). A value that cannot be read gives the message for the report.
struct CellValue {
    let cell: SourceCell

    /// The cell's text, cleaned as every stored field is (NFC, no control characters, trimmed).
    var text: String { VietnameseText.cleanField(cell.text) }

    var isEmpty: Bool { cell.isEmpty || text.isEmpty }

    /// A whole number (years, workdays), from a number cell or text with grouping dots.
    func wholeNumber() -> Int? {
        switch cell {
        case .number(let value) where value.rounded() == value && abs(value) < 1e12: return Int(value)
        default:
            guard let value = CellValue.number(text), value.rounded() == value, abs(value) < 1e12 else { return nil }
            return Int(value)
        }
    }

    func number() -> Double? {
        if case .number(let value) = cell { return value.isFinite ? value : nil }
        return CellValue.number(text)
    }

    /// A day: a date cell, an Excel serial in a number cell, or text as dd/mm/yyyy or ISO.
    func day() -> Day? {
        switch cell {
        case .dateSerial(let serial), .number(let serial): return ExcelDate.day(serial: serial)
        default: return Day(parsing: text)
        }
    }

    func yesNo() -> Bool? {
        if case .bool(let value) = cell { return value }
        let key = VietnameseText.matchKey(text)
        if ["co", "yes", "true", "x", "1", "dung", "y"].contains(key) { return true }
        if ["khong", "no", "false", "0", "n", "k"].contains(key) { return false }
        return nil
    }

    /// A number written the Vietnamese way ("70.000.000", "1,5") or the English way
    /// ("70,000,000", "1.5"): a separator followed by exactly three digits, repeated, is a
    /// thousands separator; a single other separator is the decimal mark.
    static func number(_ typed: String) -> Double? {
        let compact = typed.filter { !$0.isWhitespace && $0 != "\u{00A0}" }
        guard !compact.isEmpty, compact.count <= 40 else { return nil }
        let unsigned = compact.hasPrefix("-") ? String(compact.dropFirst()) : compact
        guard unsigned.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," }) else { return nil }
        let separators = Set(unsigned.filter { $0 == "." || $0 == "," })
        var digits = unsigned
        if separators.count == 2 {
            // Both kinds: the last one is the decimal mark ("1.234,5" or "1,234.5").
            guard let decimal = unsigned.last(where: { $0 == "." || $0 == "," }) else { return nil }
            let grouping: Character = decimal == "." ? "," : "."
            guard isGrouped(String(unsigned.split(separator: decimal, omittingEmptySubsequences: false)[0]), by: grouping),
                  unsigned.filter({ $0 == decimal }).count == 1 else { return nil }
            digits = unsigned.replacingOccurrences(of: String(grouping), with: "").replacingOccurrences(of: String(decimal), with: ".")
        } else if let separator = separators.first {
            let count = unsigned.filter { $0 == separator }.count
            if count > 1 || isGrouped(unsigned, by: separator) {
                guard isGrouped(unsigned, by: separator) else { return nil }
                digits = unsigned.replacingOccurrences(of: String(separator), with: "")
            } else {
                digits = unsigned.replacingOccurrences(of: String(separator), with: ".")
            }
        }
        guard let value = Double(digits), value.isFinite else { return nil }
        return compact.hasPrefix("-") ? -value : value
    }

    /// "70.000.000": one to three digits, then groups of exactly three after each separator.
    private static func isGrouped(_ text: String, by separator: Character) -> Bool {
        let groups = text.split(separator: separator, omittingEmptySubsequences: false)
        guard groups.count > 1, let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }
}

import Foundation

/// The parts of a registration typed as a table or a list rather than one key each: the
/// indicators (chỉ tiêu) and the attachments (tệp minh chứng). The form and any other typing
/// surface read them through here, so the rules (a row needs a name, numbers typed the
/// Vietnamese way, blank rows and lines dropped) live in the core.
extension RecordFieldSetter {
    /// The columns of an indicator row, in the order they are typed.
    public static let indicatorColumns = ["name", "unit", "target", "actual"]

    /// The record key of one indicator cell: `indicators.2.target`.
    public static func indicatorKey(row: Int, column: String) -> String { "indicators.\(row).\(column)" }

    /// Indicators from typed rows of [name, unit, target, achieved]. Rows with every cell blank
    /// are dropped; a row with a number but no name, or a cell that is not a number, is refused
    /// naming the cell (`indicators.<row>.<column>`).
    public static func indicators(_ rows: [[String]]) throws -> [Indicator] {
        var out: [Indicator] = []
        for (index, row) in rows.enumerated() {
            let cells = (0..<4).map { $0 < row.count ? VietnameseText.cleanField(row[$0]) : "" }
            if cells.allSatisfy(\.isEmpty) { continue }
            if cells[0].isEmpty {
                throw FieldInputError(key: indicatorKey(row: index, column: "name"),
                                      message: LocalizedText(vi: "chỉ tiêu dòng \(index + 1) cần có tên", en: "indicator row \(index + 1) needs a name"))
            }
            out.append(Indicator(name: cells[0], unit: cells[1], target: try indicatorNumber(cells[2], row: index, column: "target"),
                                 actual: try indicatorNumber(cells[3], row: index, column: "actual")))
        }
        return out
    }

    /// A target or achieved value typed "1.200", "2,5" or "2.5"; nil when blank.
    public static func indicatorNumber(_ text: String, row: Int, column: String) throws -> Double? {
        let text = VietnameseText.cleanField(text)
        if text.isEmpty { return nil }
        guard let value = number(text), JSONLimits.isAcceptable(value) else {
            let what = column == "target" ? LocalizedText(vi: "Chỉ tiêu đăng ký", en: "Target") : LocalizedText(vi: "Đạt được", en: "Achieved")
            throw FieldInputError(key: indicatorKey(row: row, column: column),
                                  message: LocalizedText(vi: "«\(what.vi)» dòng \(row + 1): «\(text)» không phải là số (ví dụ 1.200 hoặc 2,5)",
                                                         en: "«\(what.en)» row \(row + 1): «\(text)» is not a number (e.g. 1.200 or 2,5)"))
        }
        return value
    }

    /// Attachment paths typed one per line; blank lines dropped, each path cleaned.
    public static func attachments(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { VietnameseText.cleanField(String($0)) }.filter { !$0.isEmpty }
    }
}

extension NumberText {
    /// A number as a Vietnamese reader writes it: thousands grouped by dots, decimals after a
    /// comma ("1.200", "2,5", "12.000,75"); at most two decimals.
    public static func vietnamese(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        guard abs(rounded) < 1e15 else { return plain(value) }
        let whole = Int64(rounded.magnitude.rounded(.down))
        let cents = Int64(((rounded.magnitude - Double(whole)) * 100).rounded())
        var text = grouped(whole)
        if cents > 0 { text += "," + (cents % 10 == 0 ? String(cents / 10) : String(format: "%02d", cents)) }
        return rounded < 0 ? "-" + text : text
    }
}

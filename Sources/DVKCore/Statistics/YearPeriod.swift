/// A reporting period typed by a person: one year ("2024") or a range ("2020-2022", also with an
/// en or em dash and spaces). The command line's `--period` and the reports screen read it the
/// same way.
public enum YearPeriod {
    /// The years a period may cover; anything outside is a typing mistake.
    public static let plausible = 1990...2200

    /// The years `text` names, or nil when it is not one plausible year or a range whose first
    /// year is not after its last.
    public static func parse(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" }).map { String($0).trimmingSpaces }
        guard (1...2).contains(parts.count), let first = Int(parts[0]), let last = Int(parts[parts.count - 1]) else { return nil }
        return range(first, last)
    }

    /// `first...last` when both are plausible years in order, else nil.
    public static func range(_ first: Int, _ last: Int) -> ClosedRange<Int>? {
        guard first <= last, plausible.contains(first), plausible.contains(last) else { return nil }
        return first...last
    }

    /// The period as typed back: "2024" or "2020-2022".
    public static func text(_ years: ClosedRange<Int>) -> String {
        years.lowerBound == years.upperBound ? "\(years.lowerBound)" : "\(years.lowerBound)-\(years.upperBound)"
    }
}

/// The kind of report a committee sends up: the half-year review (sơ kết 6 tháng), the
/// year-end review (tổng kết năm) or the review of a phase of several years (sơ kết, tổng kết
/// giai đoạn).
public enum ReportKind: String, CaseIterable, Sendable {
    case halfYear = "half-year"
    case yearEnd = "year-end"
    case phase
}

/// The period a report covers, as typed on the command line or the reports screen: "2025" (the
/// year), "2025-H1" (its first six months) or "2020-2022" (a phase).
///
/// Model records carry a year only, so a half-year counts the registrations of its year; what
/// carries a day (recognitions, inspection rounds, award decisions) counts only up to 30 June.
public struct ReportPeriod: Sendable, Hashable {
    public let years: ClosedRange<Int>
    /// Only the first six months of the (single) year.
    public let firstHalf: Bool
    public let kind: ReportKind

    public init(years: ClosedRange<Int>, firstHalf: Bool = false, kind: ReportKind? = nil) {
        self.years = years
        self.firstHalf = firstHalf && years.count == 1
        self.kind = kind ?? (self.firstHalf ? .halfYear : years.count == 1 ? .yearEnd : .phase)
    }

    /// The period `text` names, shaped by `kind` when given; nil when the text is no period or
    /// the kind does not fit it (a half-year or year-end report over several years).
    public static func parse(_ text: String, kind: ReportKind? = nil) -> ReportPeriod? {
        var typed = text.trimmingSpaces
        var half = false
        for suffix in ["-H1", "-h1", " H1", " h1"] where typed.hasSuffix(suffix) {
            typed = String(typed.dropLast(suffix.count))
            half = true
        }
        guard let years = YearPeriod.parse(typed), !(half && years.count > 1) else { return nil }
        switch kind {
        case .halfYear?: return years.count == 1 ? ReportPeriod(years: years, firstHalf: true, kind: .halfYear) : nil
        case .yearEnd?: return years.count == 1 && !half ? ReportPeriod(years: years, kind: .yearEnd) : nil
        case .phase?: return half ? nil : ReportPeriod(years: years, kind: .phase)
        case nil: return ReportPeriod(years: years, firstHalf: half)
        }
    }

    /// The period as typed back, and the name of its folder under `reports/`: "2025", "2025-H1",
    /// "2020-2022".
    public var text: String { YearPeriod.text(years) + (firstHalf ? "-H1" : "") }

    /// The period of the same length just before: the first half or the whole of the year
    /// before, the phase of as many years before; nil before the plausible years.
    public var previous: ReportPeriod? {
        let length = years.count
        guard let earlier = YearPeriod.range(years.lowerBound - length, years.upperBound - length) else { return nil }
        return ReportPeriod(years: earlier, firstHalf: firstHalf, kind: kind)
    }

    /// The last day the period covers: 30 June of a half-year, else 31 December of its last year.
    public var lastDay: Day {
        Day(year: years.upperBound, month: firstHalf ? 6 : 12, day: firstHalf ? 30 : 31) ?? Day(year: 2000, month: 1, day: 1)!
    }

    /// Whether a dated event belongs to the period.
    public func contains(_ day: Day) -> Bool {
        years.contains(day.year) && day <= lastDay
    }

    /// Whether something of `year` with an optional `day` belongs: the day decides when known.
    public func contains(year: Int, day: Day?) -> Bool {
        day.map(contains) ?? years.contains(year)
    }
}

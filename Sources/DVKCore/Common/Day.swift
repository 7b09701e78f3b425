/// A calendar day without a time, stored as `YYYY-MM-DD` and typed by users as `dd/mm/yyyy`.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A checked day; nil when the date does not exist (31/02, month 13, year outside 1900…2200).
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `dd/mm/yyyy` (also `d/m/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`) or ISO `yyyy-mm-dd`.
    public init?(parsing text: String) {
        let trimmed = text.trimmingSpaces
        let parts = trimmed.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == 3 else { return nil }
        if parts[0].count == 4 {
            self.init(year: numbers[0], month: numbers[1], day: numbers[2])
        } else if parts[2].count == 4 {
            self.init(year: numbers[2], month: numbers[1], day: numbers[0])
        } else {
            return nil
        }
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`, the stored form.
    public var iso: String { "\(year)-\(Day.pad(month))-\(Day.pad(day))" }
    /// `dd/mm/yyyy`, the form Vietnamese documents and users write.
    public var vietnamese: String { "\(Day.pad(day))/\(Day.pad(month))/\(year)" }
    public var description: String { iso }

    /// Days since 1970-01-01 (proleptic Gregorian), for differences between days.
    public var daysSinceEpoch: Int { CivilCalendar.daysFromCivil(year: year, month: month, day: day) }

    /// Whole months from `self` to `other` (negative when `other` is earlier).
    public func months(until other: Day) -> Int {
        var months = (other.year - year) * 12 + (other.month - month)
        if other.day < day { months -= 1 }
        return months
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Day(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date (YYYY-MM-DD): \(text)")
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    static func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    public var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}

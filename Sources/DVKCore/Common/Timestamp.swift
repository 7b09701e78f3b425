/// An instant, stored as UTC ISO 8601 to the second (`2025-06-12T02:30:00Z`).
///
/// The core never reads the clock: callers pass the current instant in, so tests and the demo
/// generator are deterministic.
public struct Timestamp: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let seconds: Int64

    public init(seconds: Int64) { self.seconds = seconds }

    /// Noon UTC of a day plus `offsetSeconds`: how the demo data places events in time.
    public init(day: Day, offsetSeconds: Int64 = 0) {
        seconds = Int64(day.daysSinceEpoch) * 86_400 + 43_200 + offsetSeconds
    }

    public init?(parsing text: String) {
        // yyyy-mm-ddThh:mm:ssZ
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[4] == 45, bytes[7] == 45, bytes[10] == 84, bytes[13] == 58,
              bytes[16] == 58, bytes[19] == 90 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let dayNumber = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              let day = Day(year: year, month: month, day: dayNumber), hour < 24, minute < 60, second < 61
        else { return nil }
        seconds = Int64(day.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    /// The UTC calendar day of this instant.
    public var utcDay: Day {
        let days = Int((seconds - (seconds % 86_400 + 86_400) % 86_400) / 86_400)
        let (y, m, d) = CivilCalendar.civilFromDays(days)
        return Day(year: y, month: m, day: d) ?? Day(year: 1970, month: 1, day: 1)!
    }

    public var iso: String {
        let secondOfDay = Int((seconds % 86_400 + 86_400) % 86_400)
        let h = secondOfDay / 3600, m = secondOfDay / 60 % 60, s = secondOfDay % 60
        return "\(utcDay.iso)T\(Day.pad(h)):\(Day.pad(m)):\(Day.pad(s))Z"
    }

    public var description: String { iso }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.seconds < rhs.seconds }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Timestamp(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a UTC time (YYYY-MM-DDThh:mm:ssZ): \(text)")
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

/// Howard Hinnant's days-from-civil arithmetic, so dates need no Foundation calendar.
public enum CivilCalendar {
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

import DVKCore

/// Excel's date serials (the 1900 system, as Excel and LibreOffice write them): day 1 is
/// 1900-01-01, and Excel's phantom 29 February 1900 (serial 60) is skipped, so serial 61 is
/// 1900-03-01. Serials before 61 are refused: no model is that old.
public enum ExcelDate {
    /// Serial 25,569 is 1970-01-01.
    private static let unixEpochSerial = 25_569

    /// The day a serial falls on (the fraction, a time of day, is dropped); nil out of range.
    public static func day(serial: Double) -> Day? {
        guard serial.isFinite, serial >= 61, serial < 2_958_466 else { return nil }
        let (year, month, day) = CivilCalendar.civilFromDays(Int(serial.rounded(.down)) - unixEpochSerial)
        return Day(year: year, month: month, day: day)
    }

    /// The serial of a day (for writing dates into a sheet).
    public static func serial(_ day: Day) -> Int {
        day.daysSinceEpoch + unixEpochSerial
    }
}

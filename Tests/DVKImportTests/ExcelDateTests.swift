import DVKCore
@testable import DVKImport
import Testing

@Suite("Excel date serials")
struct ExcelDateTests {
    @Test("serials map to the days Excel shows, both ways")
    func serials() {
        #expect(ExcelDate.day(serial: 61) == Day(year: 1900, month: 3, day: 1))
        #expect(ExcelDate.day(serial: 45_658) == Day(year: 2025, month: 1, day: 1))
        #expect(ExcelDate.day(serial: 45_658.75) == Day(year: 2025, month: 1, day: 1))
        #expect(ExcelDate.day(serial: 60) == nil)
        #expect(ExcelDate.day(serial: .nan) == nil)
        #expect(ExcelDate.serial(Day(year: 2021, month: 6, day: 15)!) == 44_362)
    }
}

import DVKCore
import Testing

/// The report's periods as typed, the period before, and numbers written the Vietnamese way.
@Suite struct ReportPeriodTests {
    @Test func aYearAHalfAndAPhaseParseWithTheirKinds() throws {
        let year = try #require(ReportPeriod.parse("2025"))
        #expect(year.years == 2025...2025 && !year.firstHalf && year.kind == .yearEnd && year.text == "2025")
        let half = try #require(ReportPeriod.parse("2025-H1"))
        #expect(half.firstHalf && half.kind == .halfYear && half.text == "2025-H1")
        #expect(half.lastDay == Day(year: 2025, month: 6, day: 30))
        #expect(half.contains(Day(year: 2025, month: 6, day: 30)!) && !half.contains(Day(year: 2025, month: 7, day: 1)!))
        let phase = try #require(ReportPeriod.parse("2020 - 2022"))
        #expect(phase.years == 2020...2022 && phase.kind == .phase && phase.text == "2020-2022")
        #expect(ReportPeriod.parse("2025", kind: .halfYear)?.firstHalf == true)
        #expect(ReportPeriod.parse("2020-2022", kind: .yearEnd) == nil)
        #expect(ReportPeriod.parse("2020-2022-H1") == nil)
        #expect(ReportPeriod.parse("2025-H1", kind: .phase) == nil)
        #expect(ReportPeriod.parse("H1") == nil && ReportPeriod.parse("2025-H2") == nil)
    }

    @Test func thePeriodBeforeHasTheSameLength() {
        #expect(ReportPeriod(years: 2025...2025).previous?.years == 2024...2024)
        #expect(ReportPeriod(years: 2025...2025, firstHalf: true).previous?.text == "2024-H1")
        #expect(ReportPeriod(years: 2020...2022).previous?.years == 2017...2019)
        #expect(ReportPeriod(years: 1990...1990).previous == nil)
    }

    @Test func numbersAreGroupedWithDotsAndSharesWrittenWithAComma() {
        #expect(ReportNumbers.grouped(0) == "0" && ReportNumbers.grouped(999) == "999")
        #expect(ReportNumbers.grouped(1663) == "1.663" && ReportNumbers.grouped(1_234_567) == "1.234.567" && ReportNumbers.grouped(-1200) == "-1.200")
        #expect(ReportNumbers.percent(7222, of: 11411) == "63,3%")
        #expect(ReportNumbers.percent(1, of: 4) == "25%" && ReportNumbers.percent(2, of: 2) == "100%")
        #expect(ReportNumbers.percent(1, of: 0) == nil)
    }
}

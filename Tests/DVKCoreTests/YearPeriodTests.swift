import DVKCore
import Testing

/// Reading a typed reporting period: one year or a range, the same for the CLI and the screens.
@Suite struct YearPeriodTests {
    @Test func oneYearAndRangesWithAnyDashAreRead() {
        #expect(YearPeriod.parse("2024") == 2024...2024)
        #expect(YearPeriod.parse("2020-2022") == 2020...2022)
        #expect(YearPeriod.parse(" 2020 – 2022 ") == 2020...2022)
        #expect(YearPeriod.parse("2020—2022") == 2020...2022)
    }

    @Test func reversedImplausibleAndGarbledPeriodsAreRefused() {
        for typed in ["2022-2020", "20-22", "1800", "2020-2022-2024", "hai nghìn", "", "2020-", "năm 2024"] {
            #expect(YearPeriod.parse(typed) == nil, "\(typed)")
        }
    }

    @Test func aPeriodIsWrittenBackAsItIsTyped() {
        #expect(YearPeriod.text(2024...2024) == "2024")
        #expect(YearPeriod.text(2020...2022) == "2020-2022")
    }
}

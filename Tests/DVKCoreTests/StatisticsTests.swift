import DVKTestSupport
import Foundation
import Testing
@testable import DVKCore

@Suite struct StatisticsTests {
    typealias F = StatisticsFixtures

    func chiemHoaTable() throws -> StatisticsTable {
        let builder = StatisticsBuilder(configuration: try F.configuration(fields: F.chiemHoaFields))
        return builder.table(.byField, models: F.chiemHoaRecords(), decisions: [], years: 2020...2022)
    }

    @Test func byFieldMatchesTheChiemHoaSeedRowForRow() throws {
        let table = try chiemHoaTable()
        #expect(table.id == "by-field")
        #expect(table.columns.map(\.id) == F.byFieldColumns)
        #expect(table.rows.map(\.key) == F.chiemHoaRows.map(\.id))
        #expect(table.unplaced.isEmpty)
        for (row, seed) in zip(table.rows, F.chiemHoaRows) {
            #expect(row.label.vi == seed.label)
            #expect(F.byFieldColumns.map { row.value($0) } == seed.figures, "\(seed.id)")
        }
        // New registrations of 2022 are mostly not recognised yet, so they may exceed the
        // recognised totals of the period, as four seed cells do.
        let culture = try #require(table.rows.first { $0.key == "culture_society" })
        #expect(culture.value("new_model_individual") == 742)
        #expect(culture.value("model_individual") == 652)
        let other = try #require(table.rows.first { $0.key == "other" })
        #expect(other.value("new_deed_collective") == 10 && other.value("deed_collective") == 9)
        #expect(other.value("new_deed_individual") == 118 && other.value("deed_individual") == 62)
    }

    @Test func byFieldTotalsAreTheSeedTotals() throws {
        let table = try chiemHoaTable()
        let totals = table.totals
        for (index, column) in F.byFieldColumns.enumerated() {
            #expect(totals[column] == F.chiemHoaRows.reduce(0) { $0 + $1.figures[index] }, "\(column)")
        }
        #expect(F.byFieldColumns.map { totals[$0] ?? -1 } == F.chiemHoaTotals)
        // The report text (line 208): "1.663 lượt tập thể, 2.606 lượt cá nhân điển hình được công nhận".
        #expect(totals["model_collective"] == 257 + 298 + 170 + 371 + 527 + 0 + 40)
        #expect(totals["model_collective"] == 1663)
        #expect(totals["model_individual"] == 532 + 652 + 379 + 472 + 416 + 0 + 155)
        #expect(totals["model_individual"] == 2606)
        #expect(totals["new_model_individual"] == 2020)
        #expect(totals["replicated_collective"] == 285)
        #expect(totals["replicated_individual"] == 885)
    }

    @Test func recognisedMeansTheSameInBothModelTables() throws {
        let builder = StatisticsBuilder(configuration: try F.configuration(fields: F.chiemHoaFields))
        let records = F.chiemHoaRecords()
        let byField = builder.byField(models: records, years: 2020...2022)
        let registered = builder.registeredRecognised(models: records, years: 2020...2022)
        for (row, other) in zip(byField.rows, registered.rows) {
            #expect(row.key == other.key)
            for subject in ["collective", "individual"] {
                #expect(other.value("recognised_\(subject)") == row.value("model_\(subject)") + row.value("deed_\(subject)"),
                        "\(row.key) \(subject)")
                #expect(other.value("registered_\(subject)") >= row.value("new_model_\(subject)") + row.value("new_deed_\(subject)"))
            }
        }
        #expect(registered.totals["recognised_total"] == 1663 + 2606 + 851 + 2102)
    }

    @Test func byFieldHeadersComeFromConfigAndTheStringTable() throws {
        let table = try chiemHoaTable()
        let first = try #require(table.columns.first)
        #expect(first.headers.map(\.vi) == ["Tổng số mô hình, nội dung việc làm giai đoạn 2020 - 2022", "Mô hình", "Tập thể"])
        let new = try #require(table.columns.first { $0.id == "new_deed_individual" })
        #expect(new.headers.map(\.vi) == ["Số đăng ký mới năm 2022", "Nội dung việc làm", "Cá nhân"])
        #expect(new.headers.map(\.en) == ["New registrations in 2022", "Deeds", "Individual"])
        let replicated = try #require(table.columns.last)
        #expect(replicated.headers.map(\.vi) == ["Số mô hình DVK tiêu biểu được nhân rộng", "Cá nhân"])
        #expect(table.rowHeader.vi == "Lĩnh vực")
    }

    @Test func totalsCountRecognisedRecordsAndNewColumnsCountRegistrations() throws {
        let builder = StatisticsBuilder(configuration: try TestSupport.configuration())
        var outstanding = F.recognised("A", year: 2022, field: "economy", subject: "collective", origin: "new", outstanding: true)
        outstanding.replication = Replication(places: ["Xã Kim Bình"])
        var draft = outstanding
        draft.id = "B"
        draft.state = "draft"
        var rejected = outstanding
        rejected.id = "C"
        rejected.state = "rejected"
        var early = outstanding
        early.id = "D"
        early.year = 2019
        var unknownField = outstanding
        unknownField.id = "E"
        unknownField.field = "space"
        let records = [
            outstanding, draft, rejected, early, unknownField,
            // Recognised, then discontinued: still recognised; new, but not in the last year.
            F.recognised("F", year: 2021, field: "other", subject: "individual", kind: "deed", origin: "new", state: "discontinued"),
            // A new registration of 2022 under way: a registration, not a recognition.
            F.record("G", year: 2022, field: "economy", subject: "individual", origin: "new", state: "in_progress"),
            // Not recognised although a recognition was drafted: counts nowhere.
            F.recognised("H", year: 2022, field: "economy", subject: "individual", state: "not_recognised", outstanding: true),
            // Recognised outstanding without replication: in the totals only.
            F.recognised("I", year: 2021, field: "economy", subject: "collective", kind: "exemplar", origin: "new", outstanding: true),
            // Neither recognised nor new in 2022, with an unknown field: not counted, so not unplaced.
            F.record("J", year: 2021, field: "space", subject: "individual", origin: "new", state: "appraisal"),
        ]
        let table = builder.byField(models: records, years: 2020...2022)
        #expect(table.rows.count == 6)
        let economy = try #require(table.rows.first { $0.key == "economy" })
        #expect(economy.values == ["model_collective": 2, "model_individual": 0, "deed_collective": 0, "deed_individual": 0,
                                   "new_model_collective": 2, "new_model_individual": 1, "new_deed_collective": 0,
                                   "new_deed_individual": 0, "replicated_collective": 1, "replicated_individual": 0])
        let other = try #require(table.rows.first { $0.key == "other" })
        #expect(other.value("deed_individual") == 1)
        #expect(other.value("new_deed_individual") == 0, "new only counts in the last year of the range")
        #expect(table.rows.first { $0.key == "new_rural" }?.values.values.allSatisfy { $0 == 0 } == true)
        #expect(table.unplaced == ["E"])
        #expect(table.totals.values.reduce(0, +) == 7)

        #expect(StatisticsBuilder.isRegistered(rejected) && !StatisticsBuilder.isRecognised(rejected))
        #expect(!StatisticsBuilder.isRegistered(draft) && !StatisticsBuilder.isRecognised(draft))
        #expect(StatisticsBuilder.isRecognised(records[5]))
        #expect(!StatisticsBuilder.isRecognised(records[7]) && !StatisticsBuilder.isReplicatedOutstanding(records[7]))
        #expect(!StatisticsBuilder.isRecognised(records[6]))
    }

    @Test func registeredRecognisedMatchesPhungHiep() throws {
        let builder = StatisticsBuilder(configuration: try TestSupport.configuration())
        let table = builder.table(.registeredRecognised, models: F.phungHiepRecords(), decisions: [], years: 2014...2023)
        #expect(table.columns.map(\.id) == ["registered_collective", "registered_individual", "registered_total",
                                            "recognised_collective", "recognised_individual", "recognised_total"])
        for seed in F.phungHiepRows {
            let row = try #require(table.rows.first { $0.key == seed.field })
            #expect(row.value("registered_collective") == seed.registered.0)
            #expect(row.value("registered_individual") == seed.registered.1)
            #expect(row.value("registered_total") == seed.registered.0 + seed.registered.1)
            #expect(row.value("recognised_collective") == seed.recognised.0)
            #expect(row.value("recognised_individual") == seed.recognised.1)
            #expect(row.value("recognised_total") == seed.recognised.0 + seed.recognised.1)
        }
        #expect(table.rows.first { $0.key == "economy" }?.value("registered_total") == 203)
        #expect(table.rows.first { $0.key == "culture_society" }?.value("recognised_total") == 258)
        #expect(table.rows.first { $0.key == "new_rural" }?.values.values.allSatisfy { $0 == 0 } == true)
        let totals = table.totals
        // The report: 975 registered (822 collective, 153 individual), 546 recognised (490 + 56).
        #expect(totals["registered_total"] == 203 + 542 + 128 + 102)
        #expect(totals["registered_total"] == 975)
        #expect(totals["registered_collective"] == 822)
        #expect(totals["registered_individual"] == 153)
        #expect(totals["recognised_total"] == 546)
        #expect(totals["recognised_collective"] == 490)
        #expect(totals["recognised_individual"] == 56)
    }

    @Test func awardsByLevelMatchesChiemHoaWithComputedTotals() throws {
        let builder = StatisticsBuilder(configuration: try TestSupport.configuration())
        let table = builder.table(.awardsByLevel, models: [], decisions: F.chiemHoaDecisions(), years: 2020...2022)
        #expect(table.rows.map(\.key) == ["2020", "2021", "2022"])
        #expect(table.columns.prefix(5).map(\.id) == ["total", "collective", "individual", "commune_collective", "commune_individual"])
        #expect(table.columns.count == 3 + 2 * 4)
        let province = try #require(table.columns.first { $0.id == "province_collective" })
        #expect(province.headers.map(\.vi) == ["Cấp khen", "Tỉnh", "Tập thể"])
        for award in F.chiemHoaAwards {
            let row = try #require(table.rows.first { $0.key == String(award.year) })
            #expect(row.value("\(award.level)_collective") == award.collective)
            #expect(row.value("\(award.level)_individual") == award.individual)
        }
        let y2020 = table.rows[0], y2021 = table.rows[1], y2022 = table.rows[2]
        #expect(y2020.value("total") == 77, "the seed prints 75; its parts give 77")
        #expect(y2020.value("collective") == 30)
        #expect(y2020.value("individual") == 47)
        #expect(y2021.value("total") == 80)
        #expect(y2021.value("collective") == 33)
        #expect(y2021.value("province_collective") == 0, "the proposed decision does not count")
        #expect(y2021.value("province_individual") == 2)
        #expect(y2022.values.values.allSatisfy { $0 == 0 })
        #expect(table.totals["total"] == 157)
        #expect(table.totals["central_individual"] == 0)
        #expect(table.unplaced.isEmpty)
    }

    @Test func anAwardCountsInTheYearItWasSignedInTheTextTheAnnexAndTheTable() throws {
        let configuration = try TestSupport.configuration()
        var lateForTheRound = F.decision("QD-2024-001", year: 2024, level: "province", collective: 3, individual: 2)
        lateForTheRound.date = Day(year: 2025, month: 4, day: 15)
        var lastRoundsProvince = F.decision("QD-2023-002", year: 2023, level: "province", collective: 4, individual: 1)
        lastRoundsProvince.date = Day(year: 2024, month: 4, day: 13)
        var onTime = F.decision("QD-2024-004", year: 2024, level: "district", collective: 5, individual: 0)
        onTime.date = Day(year: 2024, month: 11, day: 20)
        let decisions = [lateForTheRound, lastRoundsProvince, onTime]
        let reports = ReportFiguresBuilder(configuration: configuration)
        for (year, expected) in [(2024, 10), (2025, 5)] {
            let figures = reports.figures(ReportPeriod(years: year...year), models: [], decisions: decisions, inspections: [])
            let table = StatisticsBuilder(configuration: configuration).table(.awardsByLevel, models: [], decisions: decisions, years: year...year)
            #expect(figures.awarded.collective + figures.awarded.individual == expected, "the report's text, \(year)")
            #expect(figures.awards.totals["total"] == expected, "its annex, \(year)")
            #expect(table.totals["total"] == expected, "dvk report stats, \(year)")
            #expect(table.totals["province_collective"] == (year == 2024 ? 4 : 3))
        }
    }

    @Test func aHalfYearReportCountsOnlyWhatWasRegisteredByThirtiethJuneAndSaysSoInItsAnnexes() throws {
        func submitted(_ id: String, on day: Day) -> ModelRecord {
            var record = TestSupport.completeModel(id: id, state: "registered")
            record.history = [HistoryEntry(from: "draft", to: "registered", at: Timestamp(day: day), by: "thuky", note: "", transition: "submit")]
            return record
        }
        let models = [submitted("2025-0001", on: Day(year: 2025, month: 3, day: 2)!), submitted("2025-0002", on: Day(year: 2025, month: 8, day: 5)!),
                      submitted("2025-0003", on: Day(year: 2026, month: 2, day: 1)!)]
        let reports = ReportFiguresBuilder(configuration: try TestSupport.configuration())
        let half = reports.figures(ReportPeriod(years: 2025...2025, firstHalf: true), models: models, decisions: [], inspections: [])
        let year = reports.figures(ReportPeriod(years: 2025...2025), models: models, decisions: [], inspections: [])
        #expect(half.registered.total == 2, "March counts; August was still a draft on 30 June; a 2026 entry is a register typed in later")
        #expect(year.registered.total == 3)
        #expect(half.byField.title.vi.hasSuffix("6 tháng đầu năm 2025") && half.awards.title.vi.hasSuffix("6 tháng đầu năm 2025"))
        #expect(year.byField.title.vi.hasSuffix("năm 2025") && !year.byField.title.vi.contains("6 tháng"))
    }

    @Test func jsonEncodingFollowsTheContract() throws {
        let table = try chiemHoaTable()
        let data = try JSONEncoder().encode(table)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["table", "columns", "rows", "totals"])
        #expect(object["table"] as? String == "by-field")
        #expect(object["columns"] as? [String] == F.byFieldColumns)
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 7)
        #expect(rows.allSatisfy { Set($0.keys) == ["label", "values"] })
        #expect(rows.first?["label"] as? String == "Phát triển kinh tế")
        let values = rows.compactMap { $0["values"] as? [String: Int] }
        #expect(values.count == 7)
        #expect(values.allSatisfy { Set($0.keys) == Set(F.byFieldColumns) })
        let totals = try #require(object["totals"] as? [String: Int])
        for column in F.byFieldColumns {
            #expect(totals[column] == values.reduce(0) { $0 + ($1[column] ?? 0) })
        }
        #expect(totals["model_collective"] == 1663)

        let awards = StatisticsBuilder(configuration: try TestSupport.configuration()).awardsByLevel(decisions: [], years: 2024...2024)
        let english = try JSONEncoder().encode(StatisticsTable.JSONView(table: awards, language: .en))
        let englishObject = try #require(try JSONSerialization.jsonObject(with: english) as? [String: Any])
        #expect((englishObject["rows"] as? [[String: Any]])?.first?["label"] as? String == "2024")
        #expect(englishObject["table"] as? String == "awards-by-level")
    }

    @Test func textRenderingAlignsColumnsAndEndsWithTotals() throws {
        let table = try chiemHoaTable()
        let text = table.renderText(.vi)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(text.contains("Tập thể"))
        #expect(text.contains("Cá nhân"))
        #expect(text.contains("Lĩnh vực"))
        #expect(text.contains("Số đăng ký mới năm 2022"))
        let widths = Set(lines.map { TextWidth.columns(of: $0) })
        #expect(widths.count == 1, "every line has the same display width: \(widths)")
        let last = try #require(lines.last)
        #expect(last.hasPrefix("Tổng cộng"))
        #expect(last.contains(" 1663 "))
        #expect(last.hasSuffix(" 885"), "numbers are right-aligned")
        let economy = try #require(lines.first { $0.hasPrefix("Phát triển kinh tế") })
        #expect(economy.hasSuffix(" 192"))
        #expect(lines.contains { $0.hasPrefix("Lĩnh vực khác") })

        let english = table.renderText(.en)
        #expect(english.contains("Total"))
        #expect(english.contains("Collective"))
        #expect(Set(english.split(separator: "\n").map { TextWidth.columns(of: String($0)) }).count == 1)
    }

    @Test func csvRenderingJoinsHeaderPathsAndQuotesLabels() throws {
        let fields = [ListEntry(id: "odd", label: LocalizedText(vi: "Kinh tế, \"xanh\"", en: "Green, \"economy\"")),
                      ListEntry(id: "plain", label: LocalizedText(vi: "Khác", en: "Other"))]
        let builder = StatisticsBuilder(configuration: try F.configuration(fields: fields))
        let records = [F.recognised("A", year: 2022, field: "odd", subject: "individual", origin: "new"),
                       F.recognised("B", year: 2021, field: "plain", subject: "individual"),
                       F.record("C", year: 2021, field: "plain", subject: "collective")]
        let csv = builder.byField(models: records, years: 2020...2022).renderCSV(.vi)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(csv.hasSuffix("\n"))
        #expect(lines[0].hasPrefix("Lĩnh vực,\"Tổng số mô hình, nội dung việc làm giai đoạn 2020 - 2022 / Mô hình / Tập thể\","))
        #expect(lines[0].hasSuffix(",Số mô hình DVK tiêu biểu được nhân rộng / Cá nhân"))
        #expect(lines[1] == "\"Kinh tế, \"\"xanh\"\"\",0,1,0,0,0,1,0,0,0,0")
        #expect(lines[2] == "Khác,0,1,0,0,0,0,0,0,0,0")
        #expect(lines[3] == "Tổng cộng,0,2,0,0,0,1,0,0,0,0")
    }
}

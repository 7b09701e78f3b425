import DVKApp
import DVKCore
import DVKStorage
import DVKTerminal
import DVKTestSupport
import Foundation
import Testing

/// The reports screen: a statistical table for a chosen year or period, as it prints, exported.
@Suite struct ReportsScreenTests {
    /// Models of 2023–2025 in several states, and one awarded decision of 2025.
    func harness(language: Language = .vi) throws -> AppHarness {
        var recognised2024 = AppHarness.model("2024-0001", "Camera bảo vệ cộng đồng", field: "economy", state: "recognised", year: 2024)
        recognised2024.recognition = Recognition(level: "commune", decisionNumber: "12-QĐ/ĐU", outstanding: true)
        var recognised2025 = AppHarness.model("2025-0001", "Thắp sáng đường quê", field: "culture_society", state: "awarded", subject: "individual")
        recognised2025.recognition = Recognition(level: "district", decisionNumber: "25-QĐ/BCĐ")
        recognised2025.decisionIds = ["QD-2025-001"]
        let models = [
            AppHarness.model("2023-0001", "Nháp chưa nộp", field: "economy", state: "draft", year: 2023),
            AppHarness.model("2023-0002", "Đường hoa nông thôn mới", field: "new_rural", state: "registered", year: 2023),
            recognised2024,
            recognised2025,
            AppHarness.model("2025-0002", "Tổ tự quản an ninh", field: "defense_security", state: "registered"),
            AppHarness.model("2025-0003", "Chi hội phụ nữ tiết kiệm", field: "economy", state: "rejected"),
        ]
        let h = try AppHarness(models: models, language: language, rows: 40, columns: 130)
        var decision = AwardDecision(id: "QD-2025-001", number: "112/QĐ-UBND", year: 2025, created: Stamp(at: TestSupport.time, by: "thuky"))
        decision.level = "district"
        decision.form = "giay_khen"
        decision.track = "government"
        decision.status = AwardDecision.statusAwarded
        decision.recipients = [AwardRecipient(modelId: "2025-0001", name: "Nguyễn Thị Hoa", subject: "individual", unit: "Xã Bình Sa"),
                               AwardRecipient(modelId: nil, name: "Chi bộ thôn Kim Quang", subject: "collective", unit: "Xã Bình Sa")]
        try RecordStore(directory: h.directory).commit([.decision(decision, expectedRevision: 0, action: "create")], by: "thuky", at: TestSupport.time)
        return h
    }

    /// The table the core computes from what is on disk.
    func expected(_ h: AppHarness, _ table: StatisticsTableID, _ years: ClosedRange<Int>) -> StatisticsTable {
        let store = RecordStore(directory: h.directory)
        return StatisticsBuilder(configuration: h.workspace.configuration)
            .table(table, models: store.loadAll(ModelRecord.self).records, decisions: store.loadAll(AwardDecision.self).records, years: years)
    }

    /// The numbers after `label` on the first printed line holding it.
    func figures(in text: String, row label: String) -> [Int]? {
        guard let line = text.split(separator: "\n").first(where: { $0.contains("  \(label)  ") }),
              let found = line.range(of: label) else { return nil }
        return line[found.upperBound...].split(separator: " ").compactMap { Int($0) }
    }

    func expectFigures(_ h: AppHarness, _ table: StatisticsTable, sourceLocation: SourceLocation = #_sourceLocation) {
        let totals = table.totals
        #expect(figures(in: h.text, row: "Tổng cộng") == table.columns.map { totals[$0.id] ?? -1 }, "\(h.text)", sourceLocation: sourceLocation)
    }

    // MARK: - Showing

    @Test func itOpensOnTheLatestYearByFieldWithTheCoreFigures() throws {
        let h = try harness()
        h.press(.character("t"))
        #expect(h.text.contains("Báo cáo, biểu tổng hợp"))
        #expect(h.text.contains("Biểu: Mô hình, nội dung việc làm theo lĩnh vực  ·  Kỳ: năm 2025"), "\(h.text)")
        #expect(h.text.contains("TỔNG HỢP SỐ LIỆU \"DÂN VẬN KHÉO\" NĂM 2025"))
        let table = expected(h, .byField, 2025...2025)
        #expect(table.totals["model_individual"] == 1 && table.totals["new_model_collective"] == 2, "the fixture counts something")
        expectFigures(h, table)
        #expect(figures(in: h.text, row: "Kinh tế") == table.columns.map { table.rows[0].value($0.id) })
    }

    @Test func keysChangeTheTableAndThePeriod() throws {
        let h = try harness()
        h.press(.character("t"), .tab)
        #expect(h.text.contains("Biểu: Đăng ký và được công nhận theo lĩnh vực"), "\(h.text)")
        expectFigures(h, expected(h, .registeredRecognised, 2025...2025))
        h.press(.character("y"))
        #expect(h.text.contains("Năm 2024") && h.text.contains("Năm 2023") && h.text.contains("Cả giai đoạn 2023–2025"))
        h.type("giai doan")
        h.press(.enter)
        #expect(h.text.contains("Kỳ: giai đoạn 2023 - 2025"), "\(h.text)")
        expectFigures(h, expected(h, .registeredRecognised, 2023...2025))
        h.press(.character("t"))
        h.type("khen")
        h.press(.enter)
        #expect(h.text.contains("Biểu: Khen thưởng theo năm và cấp khen  ·  Kỳ: giai đoạn 2023 - 2025"), "\(h.text)")
        let awards = expected(h, .awardsByLevel, 2023...2025)
        #expect(awards.totals["total"] == 2)
        expectFigures(h, awards)
        h.press(.character("y"))
        h.type("2024")
        h.press(.enter)
        #expect(h.text.contains("Kỳ: năm 2024"))
        expectFigures(h, expected(h, .awardsByLevel, 2024...2024))
        h.press(.backTab)
        #expect(h.text.contains("Biểu: Đăng ký và được công nhận theo lĩnh vực  ·  Kỳ: năm 2024"))
        h.press(.escape)
        #expect(h.text.contains("Danh sách mô hình"))
    }

    @Test func aTypedRangeIsCheckedAndABadOneKeepsThePeriod() throws {
        let h = try harness()
        h.press(.character("t"), .character("y"))
        h.type("khac")
        h.press(.enter, .control("u"))
        h.type("2025-2020")
        h.press(.enter)
        #expect(h.text.contains("«2025-2020» không phải kỳ báo cáo hợp lệ"), "\(h.text)")
        #expect(h.text.contains("năm đầu không sau năm cuối"))
        #expect(h.text.contains("Vẫn giữ kỳ năm 2025."))
        h.press(.enter)
        #expect(h.text.contains("Kỳ: năm 2025"))
        expectFigures(h, expected(h, .byField, 2025...2025))
        h.press(.character("y"))
        h.type("khac")
        h.press(.enter, .control("u"))
        h.type("2024–2025")
        h.press(.enter)
        #expect(h.text.contains("Kỳ: giai đoạn 2024 - 2025"), "\(h.text)")
        expectFigures(h, expected(h, .byField, 2024...2025))
    }

    @Test func theHeadingSpeaksEnglishWhileTheAnnexStaysVietnamese() throws {
        let h = try harness(language: .en)
        h.press(.character("t"))
        #expect(h.text.contains("Table: Models and deeds by field  ·  Period: 2025"), "\(h.text)")
        #expect(h.text.contains("Tổng cộng"))
    }

    // MARK: - Exporting

    @Test func theShownTableIsExportedToTheChosenFolder() throws {
        let h = try harness()
        h.press(.character("t"), .character("y"))
        h.type("giai doan")
        h.press(.enter)
        let folder = try TestSupport.scratchFolder("dvk-reports")
        h.press(.character("e"))
        h.answerExport(formats: "docx,csv", folder: folder)
        #expect(h.text.contains("Đã ghi"), "\(h.text)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files == ["bieu-tong-hop-by-field-2023-2025.csv", "bieu-tong-hop-by-field-2023-2025.docx"])
        let csv = try String(contentsOfFile: folder + "/bieu-tong-hop-by-field-2023-2025.csv", encoding: .utf8)
        let table = expected(h, .byField, 2023...2025)
        let totalLine = csv.split(whereSeparator: \.isNewline).last { $0.hasPrefix("Tổng cộng") }
        #expect(totalLine.map(String.init) == "Tổng cộng," + table.columns.map { String(table.totals[$0.id] ?? -1) }.joined(separator: ","))
    }

    // MARK: - The draft report

    @Test func rShowsTheDraftReportOfThePeriodWithTheCommitteesTextAndExportsIt() throws {
        let h = try harness()
        let folder = h.directory.path + "/reports/2025"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "Ban Chỉ đạo ban hành kế hoạch thực hiện phong trào năm 2025.".write(toFile: folder + "/leadership.txt", atomically: true, encoding: .utf8)
        h.press(.character("t"), .character("r"))
        #expect(h.text.contains("Dự thảo báo cáo  ·  Kỳ: năm 2025"), "\(h.text)")
        #expect(h.text.contains("BÁO CÁO") && h.text.contains("II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"))
        #expect(h.text.contains("Ban Chỉ đạo ban hành kế hoạch thực hiện phong trào năm 2025."))
        // Three 2025 registrations (the rejected one was registered too), one recognised.
        #expect(h.text.contains("(đạt 33,3% số lượt đăng ký)"), "\(h.text)")
        #expect(h.text.contains("6 phần Ban Chỉ đạo chưa viết"), "\(h.text)")
        let out = try TestSupport.scratchFolder("dvk-reports")
        h.press(.character("e"))
        h.answerExport(formats: "docx,txt", folder: out)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["bao-cao-2025.docx", "bao-cao-2025.txt"])
        let text = try String(contentsOfFile: out + "/bao-cao-2025.txt", encoding: .utf8)
        #expect(text.contains("Phụ lục 1") && text.contains("reports/2025/situation.txt"))
        h.press(.character("r"))
        #expect(h.text.contains("Biểu: Mô hình, nội dung việc làm theo lĩnh vực  ·  Kỳ: năm 2025"))
    }

    /// Types `period` through `y` → «Khoảng năm khác…» on the screen shown.
    func typePeriod(_ h: AppHarness, _ period: String) {
        h.press(.character("y"))
        h.type("khac")
        h.press(.enter, .control("u"))
        h.type(period)
        h.press(.enter)
    }

    @Test func aTypedHalfYearGivesTheHalfYearReport() throws {
        let h = try harness()
        h.press(.character("t"), .character("r"))
        typePeriod(h, "2025-H1")
        #expect(h.text.contains("Dự thảo báo cáo  ·  Kỳ: 6 tháng đầu năm 2025"), "\(h.text)")
        #expect(h.text.contains("Kết quả thực hiện phong trào thi đua “Dân vận khéo” 6 tháng đầu năm 2025"))
    }

    @Test func theHalfYearIsOfferedForTheDraftReportOnlyAndChosenByKeys() throws {
        let h = try harness()
        h.press(.character("t"), .character("y"))
        #expect(!h.text.contains("6 tháng đầu năm"), "a statistical table has no half year")
        h.press(.escape, .character("r"), .character("y"))
        #expect(h.text.contains("6 tháng đầu năm 2025"), "\(h.text)")
        h.type("6 thang dau nam 2025")
        h.press(.enter)
        #expect(h.text.contains("Dự thảo báo cáo  ·  Kỳ: 6 tháng đầu năm 2025"), "\(h.text)")
        h.press(.character("y"))
        h.type("nam 2025")
        h.press(.enter)
        #expect(h.text.contains("Dự thảo báo cáo  ·  Kỳ: năm 2025"), "\(h.text)")
    }

    @Test func aTypedPeriodThatIsNoPeriodIsRefusedInWordsInBothViews() throws {
        let h = try harness()
        h.press(.character("t"), .character("r"))
        typePeriod(h, "2025-H2")
        #expect(h.text.contains("Kỳ báo cáo không hợp lệ") && h.text.contains("«2025-H2»"), "\(h.text)")
        h.press(.enter, .character("r"), .character("y"))
        h.type("khac")
        h.press(.enter)
        let box = h.screen.lines().filter { $0.contains("┌") || $0.contains("└") }
        #expect(!box.isEmpty && box.allSatisfy { $0.contains("┐") || $0.contains("┘") }, "the prompt's box is whole: \(h.text)")
        #expect(h.text.contains("2025-H1") && h.text.contains("tháng"), "its long title wraps inside the box, nothing cut: \(h.text)")
        h.press(.control("u"))
        h.type("2025-H1")
        h.press(.enter)
        #expect(h.text.contains("Dự thảo báo cáo  ·  Kỳ: 6 tháng đầu năm 2025"), "a half year typed under a table opens its draft report: \(h.text)")
    }
}

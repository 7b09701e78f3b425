import DVKCore
import DVKTestSupport
import Foundation
import Testing
@testable import DVKDocuments

/// The committee's report drafted from the records: for a data set matching the Chiêm Hóa
/// tables (seed 002) the text and the annexes state the seed's figures with totals that add up;
/// a year without data says so; the committee's own sections merge in, or show placeholders.
@Suite struct ReportDraftTests {
    typealias C = ChiemHoaFixture
    static let phase = ReportPeriod(years: 2020...2022)

    static func templates() throws -> ReportTemplates {
        try #require(try TestSupport.configuration().reportTemplates)
    }

    /// The draft of 2020–2022 over the whole seed table and its award table, by the Party body.
    static func chiemHoaDraft(narratives: ReportNarratives = ReportNarratives(folder: "reports/2020-2022")) throws -> ReportDraft {
        let configuration = try C.seedConfiguration()
        return try ReportDraftBuilder(templates: templates()).draft(
            phase, configuration: configuration, models: C.records(C.allRows), decisions: C.decisions(), inspections: [],
            narratives: narratives, issuerID: "bcd-huyen")
    }

    static func texts(_ draft: ReportDraft) -> [String] {
        [draft.opening] + draft.sections.flatMap { [$0.heading] + $0.paragraphs.map(\.text) }
    }

    // MARK: Figures

    @Test func theTextStatesTheSeedsFiguresWrittenTheVietnameseWay() throws {
        let text = ReportDraftTests.texts(try ReportDraftTests.chiemHoaDraft()).joined(separator: "\n")
        for expected in [
            // The seed: "1.663 lượt tập thể, 2.606 lượt cá nhân điển hình được công nhận".
            "Tổng cộng đã công nhận 1.663 lượt tập thể, 2.606 lượt cá nhân điển hình với mô hình “Dân vận khéo” và 851 lượt tập thể, "
                + "2.102 lượt cá nhân với nội dung, việc làm “Dân vận khéo” (7.222 lượt).",
            // Registered = recognised + the new registrations of 2022 not yet recognised; 7.222 of 11.411 is 63,3%.
            "Trong giai đoạn 2020 - 2022 có 3.506 lượt tập thể, 7.905 lượt cá nhân đăng ký xây dựng mô hình, điển hình “Dân vận khéo”; "
                + "qua kiểm tra, thẩm định đã công nhận 2.514 lượt tập thể, 4.708 lượt cá nhân (đạt 63,3% số lượt đăng ký).",
            "- Kinh tế: 257 tập thể, 532 cá nhân với mô hình; 138 tập thể, 427 cá nhân với nội dung, việc làm.",
            "- Xây dựng nông thôn mới: 527 tập thể, 416 cá nhân với mô hình; 316 tập thể, 611 cá nhân với nội dung, việc làm.",
            "Có 285 mô hình của tập thể, 885 mô hình của cá nhân tiêu biểu được nhân rộng.",
            // Awards: 2020 is 30 + 47 = 77 (the seed's table says 75), 2021 is 80.
            "Đã biểu dương, khen thưởng 63 lượt tập thể, 94 lượt cá nhân điển hình “Dân vận khéo” (chi tiết tại Phụ lục 3):",
            "- Cơ sở: 59 tập thể, 81 cá nhân.", "- Huyện: 4 tập thể, 10 cá nhân.", "- Tỉnh: 0 tập thể, 3 cá nhân.",
            "Trong giai đoạn 2020 - 2022 chưa ghi nhận cuộc kiểm tra, giám sát nào.",
        ] {
            #expect(text.contains(expected), "«\(expected)»")
        }
        // No previous phase in the data: no comparison.
        #expect(!text.contains("So với"))
    }

    @Test func theAnnexesHoldTheSeedTablesWithTotalsThatAddUp() throws {
        let draft = try ReportDraftTests.chiemHoaDraft()
        #expect(draft.annexes.map(\.label) == ["Phụ lục 1", "Phụ lục 2", "Phụ lục 3"])
        let byField = try #require(draft.annexes.first?.table)
        for row in C.allRows {
            let computed = try #require(byField.rows.first { $0.key == row.field })
            #expect(byField.columns.map { computed.value($0.id) } == row.figures, "\(row.field)")
        }
        // The seed's "TỔNG CỘNG" row, which does add up.
        #expect(byField.columns.map { byField.totals[$0.id] ?? 0 } == [1663, 2606, 851, 2102, 657, 2020, 335, 1177, 285, 885])
        let awards = try #require(draft.annexes.last?.table)
        #expect(awards.rows.map { $0.value("total") } == [77, 80, 0])
        #expect(awards.rows.map { $0.value("collective") + $0.value("individual") } == [77, 80, 0])
        for annex in draft.annexes {
            #expect(annex.issuer?.layout == .party)
            #expect(annex.note?.hasPrefix("(Kèm theo Báo cáo số ") == true && annex.note?.contains("-BC/BCĐ") == true)
            #expect(annex.signatureLines == ["TRƯỞNG BAN"])
            let layout = annex.layout()
            #expect(layout.tables.last?.closing.isEmpty == false, "the signature closes the annex's table")
        }
    }

    @Test func aComparisonWithThePreviousPeriodIsWrittenWhenItHasData() throws {
        let configuration = try TestSupport.configuration()
        func model(_ id: String, year: Int, recognised: Bool) -> ModelRecord {
            var r = ModelRecord(id: id, year: year, state: recognised ? "recognised" : "in_progress", created: C.stamp)
            (r.field, r.subject, r.kind) = ("economy", "collective", "model")
            if recognised { r.recognition = Recognition(level: "commune") }
            return r
        }
        let models = (0..<8).map { model("A\($0)", year: 2024, recognised: $0 < 4) } + (0..<10).map { model("B\($0)", year: 2025, recognised: $0 < 6) }
        let draft = try ReportDraftBuilder(templates: ReportDraftTests.templates()).draft(
            ReportPeriod(years: 2025...2025), configuration: configuration, models: models, decisions: [], inspections: [],
            narratives: ReportNarratives(folder: "reports/2025"))
        let text = ReportDraftTests.texts(draft).joined(separator: "\n")
        #expect(text.contains("So với năm 2024, số lượt đăng ký tăng 2 lượt (25%); số lượt được công nhận tăng 2 lượt (50%)."))
        #expect(text.contains("- Cấp cơ sở: 6 tập thể, 0 cá nhân."))
    }

    @Test func aYearWithoutDataSaysSoInsteadOfPrintingZeros() throws {
        let draft = try ReportDraftBuilder(templates: ReportDraftTests.templates()).draft(
            ReportPeriod(years: 2030...2030), configuration: C.seedConfiguration(), models: C.records(C.allRows), decisions: C.decisions(),
            inspections: [], narratives: ReportNarratives(folder: "reports/2030"))
        let text = ReportDraftTests.texts(draft).joined(separator: "\n")
        #expect(text.contains("Trong năm 2030, dữ liệu của Ban Chỉ đạo chưa có mô hình, điển hình đăng ký"))
        #expect(!text.contains(" 0 lượt") && !text.contains(" 0 tập thể"))
        #expect(draft.annexes.isEmpty)
        let results = try #require(draft.sections.first { $0.heading.hasPrefix("III.") })
        #expect(results.paragraphs.count == 1)
    }

    // MARK: The committee's own text

    @Test func narrativesMergeInAndMissingOnesAreMarkedPlaceholders() throws {
        let narratives = ReportNarratives(folder: "reports/2020-2022", texts: [
            "leadership": "Ban Thường vụ Huyện ủy ban hành Kế hoạch số 06-KH/BCĐ.\n\nChỉ đạo các chi bộ đăng ký mô hình.",
            "recipients": "- Ban Dân vận Tỉnh ủy (B/cáo),\n- Lưu Ban Chỉ đạo.",
        ])
        let draft = try ReportDraftTests.chiemHoaDraft(narratives: narratives)
        let leadership = try #require(draft.sections.first { $0.heading.hasPrefix("II.") })
        #expect(leadership.paragraphs == [ReportParagraph("Ban Thường vụ Huyện ủy ban hành Kế hoạch số 06-KH/BCĐ."),
                                          ReportParagraph("Chỉ đạo các chi bộ đăng ký mô hình.")])
        let situation = try #require(draft.sections.first { $0.heading.hasPrefix("I.") })
        #expect(situation.paragraphs.count == 1 && situation.paragraphs[0].kind == .placeholder)
        #expect(situation.paragraphs[0].text.contains("reports/2020-2022/situation.txt"))
        #expect(draft.missingNarratives == ["situation", "strengths", "limitations", "causes", "lessons", "tasks"]
            .map { "reports/2020-2022/\($0).txt" })
        // The optional "results" part prints nothing when absent; the recipients file replaces the default list.
        #expect(!ReportDraftTests.texts(draft).contains { $0.contains("results.txt") })
        #expect(draft.recipients == ["Ban Dân vận Tỉnh ủy (B/cáo),", "Lưu Ban Chỉ đạo."])
    }

    @Test func theOpeningCitesTheLegalBasesInForceOnTheReportsDate() throws {
        let configuration = try C.seedConfiguration()
        let builder = try ReportDraftBuilder(templates: ReportDraftTests.templates())
        func opening(_ period: ReportPeriod, issuer: String, day: Day? = nil) throws -> String {
            try builder.draft(period, configuration: configuration, models: [], decisions: [], inspections: [],
                              narratives: ReportNarratives(folder: "reports"), issuerID: issuer, day: day).opening
        }
        func cited(_ day: Day, _ layout: String) -> [String] {
            configuration.legalBases.cited(on: day, layout: layout, document: ReportDraftBuilder.document).map(\.citation)
        }
        let end2022 = try #require(Day(year: 2022, month: 12, day: 31))
        let state2022 = cited(end2022, "state")
        #expect(!state2022.isEmpty, "the demo's legal bases cite something for a 2022 State report")
        #expect(try opening(ReportDraftTests.phase, issuer: "ubnd-huyen") == "Căn cứ " + state2022.joined(separator: "; ")
            + "; Ủy ban nhân dân huyện Chiêm Hóa báo cáo kết quả thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2020 - 2022 như sau:")
        // A text in force on the report's date, not on the period's end.
        let late2025 = try #require(Day(year: 2025, month: 12, day: 1))
        let text = try opening(ReportPeriod(years: 2025...2025, firstHalf: true), issuer: "ubnd-huyen", day: late2025)
        for citation in cited(late2025, "state") { #expect(text.contains(citation)) }
        for citation in state2022 where !cited(late2025, "state").contains(citation) { #expect(!text.contains(citation), "\(citation)") }
        // Nothing in force: the plain opening.
        let bare = try builder.draft(ReportDraftTests.phase, configuration: TestSupport.configuration().withoutLegalBases, models: [],
                                     decisions: [], inspections: [], narratives: ReportNarratives(folder: "reports"), issuerID: "ubnd-huyen")
        #expect(bare.opening.hasPrefix("Ủy ban nhân dân huyện Chiêm Hóa báo cáo"))
    }

    @Test func theShippedTemplatesHaveNoProblemsAndABrokenPartIsNamed() throws {
        var templates = try ReportDraftTests.templates()
        #expect(templates.problems().isEmpty, "\(templates.problems())")
        #expect(templates.narrativeIDs == ["situation", "leadership", "results", "strengths", "limitations", "causes", "lessons", "tasks"])
        templates.texts["title"] = nil
        templates.sections[0].parts[0].narrative = "../etc/passwd"
        templates.sections[2].parts[0].figures = "everything"
        let problems = templates.problems()
        #expect(problems.contains("report-templates: missing text 'title'"))
        #expect(problems.contains { $0.contains("section 1 part 1") && $0.contains("../etc/passwd") })
        #expect(problems.contains { $0.contains("section 3 part 1") && $0.contains("unknown figures 'everything'") })
    }
}

extension Configuration {
    /// The configuration with an empty `legal-bases.json`.
    var withoutLegalBases: Configuration {
        var copy = self
        copy.legalBases = LegalBases()
        return copy
    }
}

import DVKCore
import DVKTestSupport
import Foundation
import Testing
@testable import DVKDocuments

/// The report and an award list as a secretariat gets them: python-docx reads the report with
/// the Nghị định 30 checks, LibreOffice renders it, and on the PDF (pdftotext page by page) the
/// signature never stands alone on a page — for the report, its annexes and an 18-recipient
/// Party list with the usual summaries (the list that printed its signature alone on page 6).
@Suite struct ReportPrintTests {
    typealias C = ChiemHoaFixture
    static let signer = "Hà Đức Tập"
    static let environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]
    static let canRender = Tools.find("pdftotext") != nil && PDFConverter.locate(environment: environment) != nil
    static let cannotRender = Comment(rawValue: Tools.missing("soffice or pdftotext",
                                                              package: "libreoffice-writer-nogui fonts-liberation2 poppler-utils"))
    static let hasPython = Comment(rawValue: Tools.missing("python3", package: "python3 python3-docx"))

    /// The Chiêm Hóa draft by `issuer`, whose signer is named.
    static func draft(issuer: String) throws -> ReportDraft {
        var configuration = try C.seedConfiguration()
        for index in configuration.headers.issuers.indices { configuration.headers.issuers[index].signer.name = signer }
        return try ReportDraftBuilder(templates: ReportDraftTests.templates()).draft(
            ReportDraftTests.phase, configuration: configuration, models: C.records(C.allRows), decisions: C.decisions(),
            inspections: [], narratives: ReportNarratives(folder: "reports/2020-2022"), issuerID: issuer)
    }

    /// 10 collectives and 8 individuals of a Party decision, each with a model, a field and a
    /// summary of the usual length.
    static func partyList() throws -> AwardList {
        var (decision, _) = DocumentFixtures.decision(issuer: "bcd-huyen", track: "party")
        var models: [ModelRecord] = []
        decision.recipients = (1...18).map { n in
            let subject = n <= 10 ? "collective" : "individual"
            var model = n <= 10
                ? DocumentFixtures.collectiveModel("M\(n)", unit: "xa-trung-ha", name: "Vận động Nhân dân hiến đất làm đường số \(n)",
                                                   field: "new_rural", summary: "")
                : DocumentFixtures.individualModel("M\(n)", person: "Người thứ \(n)", birthYear: 1970 + n, sex: "female", field: "economy")
            model.resultsReport = ResultsReport(summary: "Mô hình được Nhân dân đồng tình hưởng ứng, huy động \(100 + n) lượt người "
                + "tham gia; các chỉ tiêu cơ bản hoàn thành.")
            models.append(model)
            return AwardRecipient(modelId: model.id, name: n <= 10 ? "Chi bộ thôn số \(n), xã Trung Hà" : "Người thứ \(n)", subject: subject,
                                  position: "Bí thư chi bộ", unit: "Xã Trung Hà", note: "Mô hình “\(model.name)”")
        }
        return try AwardListBuilder(configuration: DocumentFixtures.configuration()).build(decisions: [decision], models: models)
    }

    // MARK: python-docx

    @Test(.enabled(if: Tools.find("python3") != nil, hasPython))
    func aPartyReportAndAStateReportPassTheDecreeChecks() throws {
        let party = try DecreeCheckTests().check(try ReportPrintTests.draft(issuer: "bcd-huyen").layout(), maxSize: 15)
        let partyTexts = Reading.allTexts(party)
        for expected in ["ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO", "Kết quả thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2020 - 2022",
                         "Số       -BC/BCĐ", "Nơi nhận:", "TRƯỞNG BAN", ReportPrintTests.signer, "Phụ lục 1", "BIỂU TỔNG HỢP",
                         "III. KẾT QUẢ THỰC HIỆN", "V. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI"] {
            #expect(Reading.containsExactly(partyTexts, expected), "«\(expected)»")
        }
        #expect(!partyTexts.contains { $0.contains("CỘNG HÒA XÃ HỘI") })
        let state = try DecreeCheckTests().check(try ReportPrintTests.draft(issuer: "ubnd-huyen").layout(), maxSize: 14)
        let stateTexts = Reading.allTexts(state)
        for expected in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số:       /BC-UBND", "TM. ỦY BAN NHÂN DÂN",
                         "Nơi nhận:"] {
            #expect(Reading.containsExactly(stateTexts, expected), "«\(expected)»")
        }
        // The annex tables, read back: the by-field totals are the seed's.
        let byField = try #require(Reading.tables(state).first { $0.contains { $0.contains("Tổng cộng") } && $0.count == 3 + 7 + 1 })
        #expect(Array(byField.last?.dropFirst(2) ?? []) == ["1663", "2606", "851", "2102", "657", "2020", "335", "1177", "285", "885"])
    }

    // MARK: LibreOffice and pdftotext

    /// The PDF's pages as text, every run of white space one space (a wrapped line reads on).
    static func pages(_ document: ExportDocument, in folder: String) throws -> [String] {
        let converter = try #require(PDFConverter.locate(environment: environment))
        let outcome = try DocumentExporter(folder: folder, converter: converter).export(document, formats: [.pdf])
        let pdf = try #require(outcome.pdf, "\(String(describing: outcome.pdfProblem))")
        let text = try Subprocess.run(try #require(Tools.find("pdftotext")), [pdf, "-"], environment: ["LANG": "C.UTF-8"])
        #expect(text.status == 0)
        return text.out.components(separatedBy: "\u{0C}")
            .map { $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }.filter { !$0.isEmpty }
    }

    @Test(.enabled(if: canRender, cannotRender), .timeLimit(.minutes(2)), arguments: ["bcd-huyen", "ubnd-huyen"])
    func libreOfficeRendersTheReportAndNoSignatureStandsAloneOnAPage(issuer: String) throws {
        let folder = try TestSupport.scratchFolder("dvk-report")
        let report = try ReportPrintTests.pages(.report(try ReportPrintTests.draft(issuer: issuer)), in: folder)
        let title = issuer == "bcd-huyen" ? "ĐẢNG CỘNG SẢN VIỆT NAM" : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        #expect(report.first?.contains("BÁO CÁO") == true && report.first?.contains(title) == true)
        let signed = report.enumerated().filter { $0.element.contains(ReportPrintTests.signer) }
        // The report's own signature and one per annex.
        #expect(signed.count == 4, "pages with the signature: \(signed.map { $0.offset + 1 })")
        for (index, page) in signed {
            // The report's signature shares its page with section V; an annex's with its total row.
            #expect(page.contains("tasks.txt") || page.contains("Tổng cộng"), "page \(index + 1) has the signature alone:\n\(page)")
        }
        // Each annex opens with the letterhead and date, its label, and the line tying it to the report.
        let annexes = report.filter { $0.contains("BIỂU TỔNG HỢP") }
        #expect(annexes.count == 3)
        for (page, label) in zip(annexes, ["Phụ lục 1", "Phụ lục 2", "Phụ lục 3"]) {
            #expect(page.contains(label) && page.contains("(Kèm theo Báo cáo số") && page.contains(title)
                && page.contains("Chiêm Hóa, ngày"), "\(label):\n\(page)")
        }
    }

    @Test(.enabled(if: canRender, cannotRender), .timeLimit(.minutes(2)))
    func anEighteenRecipientListIsDenseAndSignsWithItsLastRows() throws {
        let list = try ReportPrintTests.partyList()
        // The notes only repeat the model names: no "Ghi chú" column.
        #expect(list.layout().tables.allSatisfy { !$0.header.leafTitles.contains("Ghi chú") })
        let pages = try ReportPrintTests.pages(.awardList(list), in: try TestSupport.scratchFolder("dvk-list"))
        #expect(pages.count <= 3, "\(pages.count) pages for 18 recipients")
        let last = try #require(pages.last)
        #expect(last.contains(ReportPrintTests.signer) && last.contains("Tổng: 10 tập thể, 8 cá nhân"))
        #expect(last.contains("Người thứ 18"), "the signature page holds the last rows:\n\(last)")
        // Every recipient printed, no text cut.
        let all = pages.joined(separator: "\n")
        for n in 11...18 { #expect(all.contains("Người thứ \(n)")) }
        #expect(all.components(separatedBy: "các chỉ tiêu cơ bản hoàn").count - 1 == 18)
    }
}

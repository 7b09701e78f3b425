import Foundation
import DVKCore
import DVKTestSupport
import Testing
@testable import DVKDocuments

/// The award list as data and as a laid-out page: groups, columns, totals, wording from the
/// configuration, orientation.
@Suite struct AwardListTests {
    typealias F = DocumentFixtures

    @Test func recipientsAreGroupedIntoCollectivesAndIndividualsWithTheirColumns() throws {
        let list = try F.awardList()
        #expect(list.collectives.map(\.name) == ["Chi bộ thôn Bản Ba, xã Bình Sa", "Hội Nông dân xã Trung Hà"])
        #expect(list.individuals.map(\.name) == ["Nguyễn Thị Hoa", "Hà Văn Đức", "Lương Thanh Trung"])
        let hoa = list.individuals[0]
        #expect(hoa.birthAndSex == "1978 (Nữ)")
        #expect(hoa.affiliation == "Chi hội trưởng Phụ nữ, Xã Hùng Mỹ")
        #expect(hoa.model == "Gương mẫu vận động nhân dân hiến đất làm đường")
        #expect(hoa.field == "Văn hóa – xã hội")
        #expect(hoa.form == "Giấy khen")
        #expect(list.individuals[2].model.isEmpty && list.individuals[2].birthAndSex.isEmpty)
        #expect(list.collectives[0].affiliation == "Xã Bình Sa")
        #expect(list.collectives[0].summary == "Lắp 270 bóng đèn trên 10.700 m đường")
        #expect(list.collectives[1].note == "Tiêu biểu")
        #expect(list.totalsLine == "Tổng: 2 tập thể, 3 cá nhân")
    }

    @Test func headerTitleSubtitleAndSignatureComeFromTheConfigurationAndTheDecision() throws {
        let list = try F.awardList()
        #expect(list.issuer.layout == .state)
        #expect(list.issuer.bodyLines == ["ỦY BAN NHÂN DÂN HUYỆN CHIÊM HÓA"])
        #expect(list.placeAndDate == "Chiêm Hóa, ngày 14 tháng 10 năm 2025")
        #expect(list.title == "Tập thể, cá nhân được tặng Giấy khen vì đã có thành tích xuất sắc trong thực hiện phong trào thi đua “Dân vận khéo” năm 2025")
        #expect(list.subtitle == "(Kèm theo Quyết định số 112/QĐ-UBND ngày 14/10/2025 của Ủy ban nhân dân huyện Chiêm Hóa)")
        #expect(list.signatureLines == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"])
        #expect(list.signerName == "Hà Đức Tập")
    }

    @Test func anotherProvincesHeadersChangeEveryHeaderText() throws {
        var configuration = try F.configuration()
        let json = #"{"schemaVersion": 1, "issuers": [{"id": "ubnd-tinh", "layout": "state", "name": "ỦY BAN NHÂN DÂN TỈNH CÀ MAU", "place": "Cà Mau", "signer": {"mode": "KT.", "title": "PHÓ CHỦ TỊCH", "name": "Lê Văn Sử"}}]}"#
        configuration.headers = try JSONDecoder().decode(DocumentHeaders.self, from: Data(json.utf8))
        var (decision, models) = F.decision()
        decision.issuer = "ubnd-tinh"
        decision.signer = Signer()
        let list = try AwardListBuilder(configuration: configuration).build(decisions: [decision], models: models)
        #expect(list.issuer.bodyLines == ["ỦY BAN NHÂN DÂN TỈNH CÀ MAU"])
        #expect(list.placeAndDate.hasPrefix("Cà Mau, ngày 14"))
        #expect(list.subtitle.hasSuffix("của Ủy ban nhân dân tỉnh Cà Mau)"))
        #expect(list.signatureLines == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
        #expect(list.signerName == "Lê Văn Sử")
        let text = PlainTextWriter(list.layout()).text()
        #expect(!text.contains("CHIÊM HÓA") && !text.contains("Chiêm Hóa"))
    }

    @Test func aProposalIsTitledAsAProposalAndAnUndatedOneLeavesTheDateBlank() throws {
        var (decision, models) = F.decision()
        decision.status = AwardDecision.statusProposed
        decision.date = nil
        let list = try AwardListBuilder(configuration: F.configuration()).build(decisions: [decision], models: models)
        #expect(list.title.hasPrefix("Tập thể, cá nhân đề nghị tặng Giấy khen"))
        #expect(list.placeAndDate == "Chiêm Hóa, ngày      tháng      năm 2025")
        #expect(list.subtitle == "(Kèm theo Quyết định số 112/QĐ-UBND của Ủy ban nhân dân huyện Chiêm Hóa)")
    }

    @Test func aDecisionWithoutRecipientsOrWithoutIssuersIsRefused() throws {
        var (decision, _) = F.decision()
        decision.recipients = []
        let builder = AwardListBuilder(configuration: try F.configuration())
        #expect(throws: DocumentError.noRecipients(decisions: ["112/QĐ-UBND"])) { try builder.build(decisions: [decision], models: []) }
        #expect(throws: DocumentError.noDecisions) { try builder.build(decisions: [], models: []) }
        var bare = try F.configuration()
        bare.headers.issuers = []
        #expect(throws: DocumentError.noIssuer) {
            try AwardListBuilder(configuration: bare).build(decisions: [F.decision().0], models: [])
        }
    }

    @Test func thePageHasTheLetterheadPartsTotalsAndSignatureInOrder() throws {
        let document = try F.awardList().layout()
        #expect(document.orientation == .landscape)
        // Part II has no notes, hence no "Ghi chú" column; the totals line and the signature
        // close the last table, kept with its last rows.
        #expect(document.tables.map(\.columns.count) == [8, 8])
        #expect(document.tables.map(\.rows.count) == [2, 3])
        #expect(document.tables.map(\.closing.count) == [0, 2])
        let paragraphs = (document.blocks + (document.tables.last?.closing ?? [])).compactMap { block -> String? in
            if case .paragraph(let p) = block { return p.text } else { return nil }
        }
        #expect(paragraphs == ["DANH SÁCH", try F.awardList().title, try F.awardList().subtitle, "I. TẬP THỂ", "II. CÁ NHÂN",
                               "Tổng: 2 tập thể, 3 cá nhân"])
        for table in document.tables {
            let total = table.columns.reduce(0) { $0 + $1.width }
            #expect(abs(total - PageSetup.textWidth(.landscape)) < 0.5)
            #expect(table.columns.allSatisfy { $0.width >= $0.minimum - 0.01 })
        }
    }

    @Test func aListOfOnlyIndividualsNumbersItsOnlyPartI() throws {
        var (decision, models) = F.decision()
        decision.recipients.removeAll { $0.subject == "collective" }
        let document = try AwardListBuilder(configuration: F.configuration()).build(decisions: [decision], models: models).layout()
        let text = PlainTextWriter(document).text()
        #expect(text.contains("I. CÁ NHÂN"))
        #expect(!text.contains("TẬP THỂ\n"))
    }

    @Test func aNarrowTableIsPrintedInPortrait() throws {
        let table = ColumnFitter.measured(PrintTable(columns: [PrintColumn(alignment: .center), PrintColumn(alignment: .left)],
                                                     header: HeaderGrid(titles: ["STT", "Tên"]),
                                                     rows: [PrintRow([PrintCell(number: 1), PrintCell("Xã Bình Sa")])],
                                                     headerStyle: TextStyle(size: 12, bold: true), bodyStyle: TextStyle(size: 12)))
        #expect(ColumnFitter.orientation(for: [table]) == .portrait)
        let wide = PrintTable(columns: Array(repeating: PrintColumn(alignment: .left), count: 9), header: HeaderGrid(titles: Array(repeating: "Tóm tắt", count: 9)),
                              rows: [PrintRow(Array(repeating: PrintCell(String(repeating: "thành tích xuất sắc ", count: 5)), count: 9))],
                              headerStyle: TextStyle(size: 12, bold: true), bodyStyle: TextStyle(size: 12))
        #expect(ColumnFitter.orientation(for: [ColumnFitter.measured(wide)]) == .landscape)
    }
}

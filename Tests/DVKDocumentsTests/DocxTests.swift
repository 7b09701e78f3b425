import DVKCore
import DVKTestSupport
import Foundation
import Testing
@testable import DVKDocuments

/// DOCX files read back by python-docx: the exact Vietnamese text (compared scalar by scalar),
/// the table rows, the groups and the totals — and hostile text still gives a file it opens.
@Suite struct DocxTests {
    typealias F = DocumentFixtures

    func read(_ document: PrintDocument, _ name: String = "list.docx") throws -> [String: Any] {
        try PythonReader.docx(try F.write(try DocxWriter(document).bytes(), name))
    }

    @Test func pythonDocxFindsTheExactVietnameseTextRowsGroupsAndTotals() throws {
        let list = try F.awardList()
        let docx = try read(list.layout())
        let texts = Reading.allTexts(docx)
        for expected in ["DANH SÁCH", list.title, list.subtitle, "I. TẬP THỂ", "II. CÁ NHÂN", "Tổng: 2 tập thể, 3 cá nhân",
                         "ỦY BAN NHÂN DÂN HUYỆN CHIÊM HÓA", "Chiêm Hóa, ngày 14 tháng 10 năm 2025", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                         "Hà Đức Tập", "Nguyễn Thị Hoa", "1978 (Nữ)", "Chi hội trưởng Phụ nữ, Xã Hùng Mỹ", "Lương Thanh Trung",
                         "Lắp 270 bóng đèn trên 10.700 m đường"] {
            #expect(Reading.containsExactly(texts, expected), "missing «\(expected)»")
        }
        let tables = Reading.tables(docx)
        // Letterhead, part I, part II, signature.
        #expect(tables.count == 4)
        let collectives = tables[1], individuals = tables[2]
        #expect(collectives.count == 1 + 2)
        #expect(individuals.count == 1 + 3)
        #expect(collectives[0] == DocumentText.collectiveColumns)
        // No individual has a note: part II has no "Ghi chú" column.
        #expect(individuals[0] == Array(DocumentText.individualColumns.dropLast()))
        #expect(collectives.dropFirst().map { $0[0] } == ["1", "2"])
        #expect(individuals.dropFirst().map { $0[0] } == ["1", "2", "3"])
        #expect(individuals[3][1] == "Lương Thanh Trung")
        #expect(docx["headerRows"] as? Int == 2)
        let paragraphs = Reading.paragraphs(docx)
        let first = try #require(paragraphs.firstIndex(of: "I. TẬP THỂ"))
        let second = try #require(paragraphs.firstIndex(of: "II. CÁ NHÂN"))
        let totals = try #require(paragraphs.firstIndex(of: "Tổng: 2 tập thể, 3 cá nhân"))
        #expect(first < second && second < totals)
    }

    @Test func hostileTextGivesAFileThatOpensWithTheCleanedTextInIt() throws {
        var (decision, models) = F.decision()
        let longName = String(repeating: "Nguyễn Văn Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ", count: 40) + String(repeating: "X", count: 400)
        let nfd = "Nguye\u{0302}\u{0303}n Thi\u{0323} Ho\u{0300}a"
        decision.recipients = [
            AwardRecipient(name: #"Hội "Phụ nữ" & <Cựu chiến binh> 'xã'"#, subject: "collective", unit: "Xã A\u{0B}B\u{01}C"),
            AwardRecipient(name: nfd, subject: "individual", position: "Tab\there\nnew line", unit: "]]></w:t><w:p>"),
            AwardRecipient(name: longName, subject: "individual", note: "\u{FFFE}\u{7F}ghi chú\u{85}"),
        ]
        decision.reason = "Có thành tích & đóng góp <xuất sắc>\u{0B}"
        let list = try AwardListBuilder(configuration: F.configuration()).build(decisions: [decision], models: models)
        let docx = try read(list.layout(), "hostile.docx")
        let texts = Reading.allTexts(docx)
        #expect(Reading.containsExactly(texts, #"Hội "Phụ nữ" & <Cựu chiến binh> 'xã'"#))
        #expect(Reading.containsExactly(texts, "Xã ABC"))
        #expect(Reading.containsExactly(texts, "Nguyễn Thị Hòa".precomposedStringWithCanonicalMapping))
        #expect(!texts.contains { Array($0.unicodeScalars) == Array(nfd.unicodeScalars) })
        #expect(Reading.containsExactly(texts, "Tab\there\nnew line, ]]></w:t><w:p>"))
        #expect(Reading.containsExactly(texts, XMLText.clean(longName)))
        #expect(Reading.containsExactly(texts, "ghi chú"))
        #expect(texts.contains { $0.contains("có thành tích & đóng góp <xuất sắc>") })
        #expect(!texts.joined().unicodeScalars.contains { !XMLText.isAllowed($0) && $0 != "\n" && $0 != "\t" })
    }

    @Test func theDocumentXMLEscapesWhatItWrites() throws {
        let document = PrintDocument(title: "a&b", orientation: .portrait, blocks: [
            .paragraph(PrintParagraph("x < y & \"z\"\u{0B}", style: TextStyle(size: 13))),
        ])
        let xml = DocxWriter(document).documentXML()
        #expect(xml.contains("x &lt; y &amp; &quot;z&quot;</w:t>"))
        #expect(!xml.contains("\u{0B}"))
        #expect(xml.contains("xml:space=\"preserve\""))
        let breaks = DocxBody.content("a\nb\tc")
        #expect(breaks == "<w:t xml:space=\"preserve\">a</w:t><w:br/><w:t xml:space=\"preserve\">b</w:t><w:tab/><w:t xml:space=\"preserve\">c</w:t>")
    }

    @Test func aThousandRowListOpensWithEveryRow() throws {
        let decision = F.longDecision(count: 1000)
        let list = try AwardListBuilder(configuration: F.configuration()).build(decisions: [decision], models: [])
        let docx = try read(list.layout(), "long.docx")
        let tables = Reading.tables(docx)
        #expect(tables.count == 3)
        #expect(tables[1].count == 1001)
        #expect(tables[1].last?[1] == "Nguyễn Văn Người 1000")
    }
}

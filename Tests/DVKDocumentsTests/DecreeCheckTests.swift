import DVKCore
import Foundation
import Testing
@testable import DVKDocuments

/// The checks public Nghị định 30/2020 checkers run, written as tests over the DOCX as python-docx
/// reads it: A4, margins in range, Times New Roman, sizes 11–14 pt, the national title and motto
/// (State layout) or "ĐẢNG CỘNG SẢN VIỆT NAM" (Party layout), page numbers from page 2.
@Suite struct DecreeCheckTests {
    typealias F = DocumentFixtures
    /// python-docx lengths are EMU: 36 000 per millimetre.
    static let emuPerMM = 36_000.0

    func check(_ document: PrintDocument, maxSize: Double) throws -> [String: Any] {
        let docx = try PythonReader.docx(try F.write(try DocxWriter(document).bytes(), "check.docx"))
        let section = try #require(docx["section"] as? [String: Any])
        func mm(_ key: String) -> Double { ((section[key] as? Double) ?? Double(section[key] as? Int ?? 0)) / DecreeCheckTests.emuPerMM }
        let landscape = section["landscape"] as? Bool ?? false
        let (short, long) = (min(mm("width"), mm("height")), max(mm("width"), mm("height")))
        #expect(abs(short - 210) < 0.5 && abs(long - 297) < 0.5, "A4: \(mm("width")) × \(mm("height")) mm")
        #expect(landscape == (mm("width") > mm("height")), "the orientation agrees with the page size")
        #expect((30...35).contains(mm("left").rounded()), "left margin \(mm("left")) mm")
        #expect((15...20).contains(mm("right").rounded()), "right margin \(mm("right")) mm")
        #expect((20...25).contains(mm("top").rounded()), "top margin \(mm("top")) mm")
        #expect((20...25).contains(mm("bottom").rounded()), "bottom margin \(mm("bottom")) mm")
        #expect(mm("header") < mm("top"), "the page number sits in the top margin")
        #expect(section["titlePage"] as? Bool == true, "no page number on page 1")
        #expect(docx["pageField"] as? Bool == true)
        #expect(docx["firstHeaderEmpty"] as? Bool == true)
        #expect(docx["defaultFont"] as? String == "Times New Roman")
        #expect(docx["fonts"] as? [String] == ["Times New Roman"])
        #expect(docx["defaultSize"] as? Int == 26)
        let sizes = (docx["sizes"] as? [Int] ?? []).map { Double($0) / 2 }
        #expect(!sizes.isEmpty && sizes.allSatisfy { (11...maxSize).contains($0) }, "sizes \(sizes)")
        return docx
    }

    @Test func aStateListPassesTheDecreeChecks() throws {
        let docx = try check(try F.awardList().layout(), maxSize: 14)
        let texts = Reading.allTexts(docx)
        #expect(Reading.containsExactly(texts, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(Reading.containsExactly(texts, "Độc lập - Tự do - Hạnh phúc"))
        #expect(!texts.contains { $0.contains("ĐẢNG CỘNG SẢN") })
    }

    @Test func aPartyListCarriesThePartyTitleUnderlinedAndTheStar() throws {
        let list = try F.awardList(issuer: "bcd-huyen", track: "party")
        #expect(list.issuer.layout == .party)
        let docx = try check(list.layout(), maxSize: 15)
        let texts = Reading.allTexts(docx)
        #expect(Reading.containsExactly(texts, "ĐẢNG CỘNG SẢN VIỆT NAM"))
        #expect((docx["underlined"] as? [String])?.contains("ĐẢNG CỘNG SẢN VIỆT NAM") == true)
        #expect(Reading.containsExactly(texts, "ĐẢNG BỘ TỈNH TUYÊN QUANG"))
        #expect(texts.contains { $0.hasSuffix("*") })
        #expect(!texts.contains { $0.contains("CỘNG HÒA XÃ HỘI") })
    }

    @Test func aNarrowAnnexIsPortraitAndAWideOneLandscape() throws {
        let configuration = try F.configuration()
        let builder = StatisticsBuilder(configuration: configuration)
        let narrow = builder.table(.registeredRecognised, models: [], decisions: [], years: 2024...2024)
        let wide = builder.table(.byField, models: [], decisions: [], years: 2020...2022)
        let portrait = Annex(table: narrow).layout()
        #expect(portrait.orientation == .portrait)
        _ = try check(portrait, maxSize: 14)
        let landscape = Annex(table: wide).layout()
        #expect(landscape.orientation == .landscape)
        _ = try check(landscape, maxSize: 14)
    }
}

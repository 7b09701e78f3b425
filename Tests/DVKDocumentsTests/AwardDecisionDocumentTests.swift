import DVKCore
import Foundation
import Testing
@testable import DVKDocuments

/// The award decision: the legal bases it cites are those of `legal-bases.json` in force on its
/// date and layout, its articles come from `decision.json`, and it passes the decree's checks.
@Suite struct AwardDecisionDocumentTests {
    typealias F = DocumentFixtures

    func decision(on day: Day?, year: Int, issuer: String = "ubnd-huyen", track: String = "government") -> AwardDecision {
        var (d, _) = F.decision(issuer: issuer, track: track)
        d.date = day
        d.year = year
        return d
    }

    func citations(_ day: Day, issuer: String = "ubnd-huyen", track: String = "government") throws -> [String] {
        try AwardDecisionDocument.build(decision(on: day, year: day.year, issuer: issuer, track: track), configuration: F.configuration()).bases
    }

    @Test func eachDecisionCitesTheTextsInForceOnItsOwnDate() throws {
        let in2023 = try citations(Day(year: 2023, month: 12, day: 9)!)
        #expect(in2023.contains { $0.hasPrefix("Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003") })
        #expect(in2023.contains { $0.contains("91/2017/NĐ-CP") })
        #expect(!in2023.contains { $0.contains("2022") || $0.contains("98/2023") })

        let in2024 = try citations(Day(year: 2024, month: 11, day: 20)!)
        #expect(in2024.contains("Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022"))
        #expect(in2024.contains { $0.contains("98/2023/NĐ-CP") })
        #expect(!in2024.contains { $0.contains("91/2017") || $0.contains("152/2025") || $0.contains("2003") })

        // The last day of a text and the first of its successor.
        #expect(try citations(Day(year: 2025, month: 6, day: 30)!).contains { $0.contains("98/2023") })
        let in2025 = try citations(Day(year: 2025, month: 7, day: 1)!)
        #expect(in2025.contains { $0.contains("152/2025/NĐ-CP") })
        #expect(in2025.contains("Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025"))
        #expect(!in2025.contains { $0.contains("98/2023") || $0.contains("năm 2015") })
    }

    @Test func anUndatedDecisionCitesWhatIsInForceAtTheEndOfItsYear() throws {
        let document = try AwardDecisionDocument.build(decision(on: nil, year: 2025), configuration: F.configuration())
        #expect(document.bases.contains { $0.contains("152/2025") })
        #expect(document.placeAndDate.hasSuffix("ngày      tháng      năm 2025"))
    }

    @Test func aPartyBodyDoesNotCiteTheStateLawsAndDecidesInItsOwnName() throws {
        let document = try AwardDecisionDocument.build(decision(on: Day(year: 2024, month: 11, day: 25)!, year: 2024, issuer: "bcd-huyen", track: "party"),
                                                       configuration: F.configuration())
        #expect(!document.bases.contains { $0.hasPrefix("Luật") || $0.hasPrefix("Nghị định") })
        #expect(document.bases.first?.hasPrefix("Quy chế số 01-QC/BCĐ ngày 13/8/2021") == true, "the demo committee's own working rules")
        #expect(document.authority == document.issuer.issuingBody.uppercased())
        #expect(!document.authority.hasPrefix("CHỦ TỊCH") && !document.authority.hasPrefix("TRƯỞNG BAN"))
    }

    @Test func aCommitteeAddsItsOwnBasisAsDataAndTheDecisionCitesIt() throws {
        var configuration = try F.configuration()
        configuration.legalBases.bases.removeAll { $0.layouts != ["state"] }  // the national texts only
        configuration.legalBases.bases.append(.init(id: "hd-01-2021", citation: "Hướng dẫn số 01-HD/BCĐ ngày 01/6/2021 của Ban Chỉ đạo tỉnh.",
                                                    from: Day(year: 2021, month: 6, day: 1)!, until: Day(year: 2025, month: 12, day: 31)!,
                                                    documents: ["decision"]))
        let party = try AwardDecisionDocument.build(decision(on: Day(year: 2024, month: 11, day: 25)!, year: 2024, issuer: "bcd-huyen", track: "party"),
                                                    configuration: configuration)
        #expect(party.bases == ["Hướng dẫn số 01-HD/BCĐ ngày 01/6/2021 của Ban Chỉ đạo tỉnh."])
        let text = PlainTextWriter(party.layout(), width: 200).text()
        #expect(text.contains("Căn cứ Hướng dẫn số 01-HD/BCĐ ngày 01/6/2021 của Ban Chỉ đạo tỉnh;"), "cited once, its full stop replaced by «;»")
        let later = try AwardDecisionDocument.build(decision(on: Day(year: 2026, month: 1, day: 5)!, year: 2025, issuer: "bcd-huyen", track: "party"),
                                                    configuration: configuration)
        #expect(later.bases.isEmpty, "a guidance that ended is no longer cited")
    }

    @Test func theArticlesAreTheWordingOfTheFileFilledFromTheDecision() throws {
        var configuration = try F.configuration()
        let document = try AwardDecisionDocument.build(decision(on: Day(year: 2025, month: 10, day: 14)!, year: 2025), configuration: configuration)
        #expect(document.articles.first == "Tặng Giấy khen cho 2 tập thể và 3 cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong thực hiện phong trào thi đua “Dân vận khéo” năm 2025.")
        #expect(document.authority == "ỦY BAN NHÂN DÂN HUYỆN CHIÊM HÓA", "TM.: the committee decides as a body")
        #expect(document.subject.hasSuffix("năm 2025") && !document.subject.contains("{"))

        configuration.decisionWording?.articles = ["Khen {recipients} năm {year}: {unknown}."]
        let reworded = try AwardDecisionDocument.build(decision(on: Day(year: 2025, month: 10, day: 14)!, year: 2025), configuration: configuration)
        #expect(reworded.articles == ["Khen 2 tập thể và 3 cá nhân năm 2025: {unknown}."])

        configuration.decisionWording?.articles = [String(repeating: "{reason}", count: 20_000)]
        #expect(throws: DocumentError.self, "a file that would expand to megabytes is refused") {
            try AwardDecisionDocument.build(decision(on: nil, year: 2025), configuration: configuration)
        }

        configuration.decisionWording = nil
        #expect(throws: DocumentError.missingConfiguration(file: "decision.json")) {
            try AwardDecisionDocument.build(decision(on: nil, year: 2025), configuration: configuration)
        }
    }

    @Test func aChairmanSigningInOwnRightIsTheAuthority() throws {
        var d = decision(on: Day(year: 2025, month: 10, day: 14)!, year: 2025)
        d.signer = Signer(mode: "KT.", title: "PHÓ CHỦ TỊCH", name: "Hoàng Việt Phương")
        let document = try AwardDecisionDocument.build(d, configuration: F.configuration())
        #expect(document.authority == "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN CHIÊM HÓA")
        #expect(document.signatureLines == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
    }

    @Test func theDecisionPassesTheDecreeChecks() throws {
        let document = try AwardDecisionDocument.build(decision(on: Day(year: 2025, month: 10, day: 14)!, year: 2025), configuration: F.configuration())
        let docx = try DecreeCheckTests().check(document.layout(), maxSize: 14)
        let texts = Reading.allTexts(docx)
        #expect(Reading.containsExactly(texts, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(Reading.containsExactly(texts, "QUYẾT ĐỊNH:"))
        #expect(Reading.containsExactly(texts, "Số: 112/QĐ-UBND"))
        #expect(Reading.containsExactly(texts, "Nơi nhận:"))
        #expect(texts.contains { $0.hasPrefix("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022") })
        #expect(Reading.containsExactly(texts, "Hà Đức Tập"))
    }
}

/// The dated bases themselves: which apply on a day, and what the check reports of a broken file.
@Suite struct LegalBasesTests {
    @Test func aTextAppliesFromItsFirstToItsLastDayInclusive() {
        let basis = LegalBases.Basis(id: "nd", citation: "Nghị định", from: Day(year: 2024, month: 1, day: 1)!, until: Day(year: 2025, month: 6, day: 30)!)
        #expect(!basis.applies(on: Day(year: 2023, month: 12, day: 31)!))
        #expect(basis.applies(on: Day(year: 2024, month: 1, day: 1)!))
        #expect(basis.applies(on: Day(year: 2025, month: 6, day: 30)!))
        #expect(!basis.applies(on: Day(year: 2025, month: 7, day: 1)!))
    }

    @Test func theFilesMistakesAreNamed() {
        let day = Day(year: 2024, month: 1, day: 1)!
        let file = LegalBases(bases: [
            .init(id: "a", citation: " ", from: day), .init(id: "a", citation: "Luật", from: day, until: Day(year: 2023, month: 1, day: 1)!),
            .init(id: "b", citation: "Luật", from: day, layouts: ["country"]),
        ])
        let problems = file.problems()
        #expect(problems.contains("legal-bases: 'a' has no citation"))
        #expect(problems.contains("legal-bases: id 'a' is used twice"))
        #expect(problems.contains { $0.hasPrefix("legal-bases: 'a' ends (2023-01-01) before it starts") })
        #expect(problems.contains { $0.contains("'b' names layout 'country'") })
        #expect(problems.count == 4)
    }

    @Test func theShippedBasesFollowEachOtherWithoutGapOrOverlap() throws {
        let bases = try DocumentFixtures.configuration().legalBases
        #expect(bases.problems().isEmpty)
        // Each decree the next one replaces ends the day before its successor starts.
        for (earlier, later) in [("nd-91-2017", "nd-98-2023"), ("nd-98-2023", "nd-152-2025"), ("luat-tdkt-2003", "luat-tdkt-2022"),
                                 ("luat-tccqdp-2015", "luat-tccqdp-2025")] {
            let a = try #require(bases.bases.first { $0.id == earlier })
            let b = try #require(bases.bases.first { $0.id == later })
            let until = try #require(a.until)
            #expect(b.from.daysSinceEpoch - until.daysSinceEpoch == 1, "\(earlier) → \(later)")
        }
    }
}

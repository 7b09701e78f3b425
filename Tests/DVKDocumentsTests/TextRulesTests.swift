import DVKCore
import Testing
@testable import DVKDocuments

/// The text rules every writer relies on: XML escaping and cleaning, file names, the decree's
/// wording of dates, names and signature lines, and width estimates.
@Suite struct TextRulesTests {
    // MARK: XML

    @Test func theFiveMarkupCharactersAreEscaped() {
        #expect(XMLText.escape(#"a & b < c > d " e ' f"#) == "a &amp; b &lt; c &gt; d &quot; e &apos; f")
        #expect(XMLText.escape("&amp;") == "&amp;amp;")
        #expect(XMLText.escape("Tập thể") == "Tập thể")
    }

    @Test func charactersXMLForbidsAreDroppedAndTabsAndLineBreaksKept() {
        let hostile = "A\u{0B}B\u{00}C\u{01}D\u{1F}E\u{7F}F\u{85}G\u{FFFE}H\u{FFFF}I\tJ\nK\rL"
        #expect(XMLText.clean(hostile) == "ABCDEFGHI\tJ\nK\rL")
        #expect(XMLText.escape("x\u{0B}<y") == "x&lt;y")
        #expect(!XMLText.isAllowed("\u{0B}"))
        #expect(XMLText.isAllowed("\u{1F600}"))
    }

    @Test func cleaningNormalisesToNFC() {
        let nfd = "Nguye\u{0302}\u{0303}n"
        let cleaned = XMLText.clean(nfd)
        #expect(Array(cleaned.unicodeScalars) == Array("Nguyễn".precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(cleaned.unicodeScalars.count == 6)
    }

    @Test func lineEndsBecomeLineFeeds() {
        #expect(XMLText.lines("a\r\nb\rc\nd") == ["a", "b", "c", "d"])
        #expect("a\r\nb\rc".replacingLineEnds() == "a\nb\nc")
    }

    // MARK: File names

    @Test func fileNamesAreFoldedToSafeASCII() {
        #expect(FileNames.safe(["danh-sach-khen-thuong", "112/QĐ-UBND"]) == "danh-sach-khen-thuong-112-QD-UBND")
        #expect(FileNames.safe(["bieu-tong-hop", "by-field", "2020-2022"]) == "bieu-tong-hop-by-field-2020-2022")
        #expect(FileNames.safe(["2024", "Huyện", "Chính quyền"]) == "2024-Huyen-Chinh-quyen")
        #expect(FileNames.safe(["../../etc/passwd"]) == "etc-passwd")
        #expect(FileNames.safe(["«»", ""]) == "tai-lieu")
        #expect(FileNames.safe([String(repeating: "a", count: 500)]).count == 120)
    }

    // MARK: Wording

    @Test func datesFollowTheDecreeLeadingZeros() {
        #expect(OfficialWording.placeAndDate(place: "Chiêm Hóa", day: Day(year: 2025, month: 10, day: 14), year: 2025)
            == "Chiêm Hóa, ngày 14 tháng 10 năm 2025")
        #expect(OfficialWording.placeAndDate(place: "Kim Bình", day: Day(year: 2025, month: 1, day: 5), year: 2025)
            == "Kim Bình, ngày 05 tháng 01 năm 2025")
        #expect(OfficialWording.placeAndDate(place: "Kim Bình", day: Day(year: 2025, month: 3, day: 9), year: 2025)
            == "Kim Bình, ngày 09 tháng 3 năm 2025")
        #expect(OfficialWording.placeAndDate(place: "Kim Bình", day: nil, year: 2026).hasSuffix("năm 2026"))
    }

    @Test func bodyNamesAreWrittenInSentenceCaseForRunningText() {
        #expect(OfficialWording.sentenceCase("ỦY BAN NHÂN DÂN HUYỆN CHIÊM HÓA") == "Ủy ban nhân dân huyện Chiêm Hóa")
        #expect(OfficialWording.sentenceCase("HUYỆN ỦY CHIÊM HÓA") == "Huyện ủy Chiêm Hóa")
        #expect(OfficialWording.sentenceCase("ĐẢNG BỘ TỈNH TUYÊN QUANG") == "Đảng bộ tỉnh Tuyên Quang")
        #expect(OfficialWording.sentenceCase("ỦY BAN NHÂN DÂN THỊ XÃ PHÚ THỌ") == "Ủy ban nhân dân thị xã Phú Thọ")
        #expect(OfficialWording.sentenceCase("BAN CHỈ ĐẠO PHONG TRÀO THI ĐUA \"DÂN VẬN KHÉO\"")
            == "Ban Chỉ đạo phong trào thi đua \"Dân vận khéo\"")
        #expect(OfficialWording.sentenceCase("Ban Dân vận") == "Ban Dân vận")
    }

    @Test func signatureLinesFollowTheSigningMode() {
        let body = "ỦY BAN NHÂN DÂN HUYỆN CHIÊM HÓA"
        #expect(OfficialWording.signatureLines(Signer(mode: "TM.", title: "CHỦ TỊCH"), issuingBody: body)
            == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"])
        #expect(OfficialWording.signatureLines(Signer(mode: "KT.", title: "PHÓ CHỦ TỊCH"), issuingBody: body)
            == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
        #expect(OfficialWording.signatureLines(Signer(mode: "", title: "Trưởng ban"), issuingBody: body) == ["TRƯỞNG BAN"])
        #expect(OfficialWording.bodyWithoutPlace("BAN THƯỜNG VỤ HUYỆN ỦY") == "BAN THƯỜNG VỤ HUYỆN ỦY")
        #expect(OfficialWording.lowercasingFirst("Đã có thành tích") == "đã có thành tích")
        #expect(OfficialWording.lowercasingFirst("UBND huyện") == "UBND huyện")
    }

    // MARK: Widths

    @Test func widthsIgnoreDiacriticsAndLinesWrapAtSpaces() {
        #expect(TextMetrics.width("Đ", size: 10) == TextMetrics.width("D", size: 10))
        #expect(TextMetrics.width("ệ", size: 10) == TextMetrics.width("e", size: 10))
        #expect(TextMetrics.width("ab", size: 12) == Double(444 + 500) * 12 / 1000)
        #expect(TextMetrics.width("a", size: 12, bold: true) > TextMetrics.width("a", size: 12))
        let word = TextMetrics.width("nnnn", size: 10)   // 20 pt
        #expect(TextMetrics.lineCount("nnnn nnnn nnnn", size: 10, lineWidth: word * 2 + 3) == 2)
        #expect(TextMetrics.lineCount("nnnn\nnnnn", size: 10, lineWidth: 500) == 2)
        #expect(TextMetrics.lineCount(String(repeating: "n", count: 40), size: 10, lineWidth: word) == 10)
        #expect(TextMetrics.lineCount("", size: 10, lineWidth: 100) == 1)
    }
}

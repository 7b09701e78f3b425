import DVKCore
import Foundation
import Testing

@Suite struct VietnameseTextTests {
    @Test func foldingRemovesMarksAndMapsDToD() {
        #expect(VietnameseText.fold("Đức Phổ") == "duc pho")
        #expect(VietnameseText.fold("Dân vận khéo") == "dan van kheo")
        #expect(VietnameseText.fold("Nghie\u{302}m") == "nghiem")
    }

    @Test func searchIgnoresCaseAndDiacriticsAndWordOrder() {
        #expect(VietnameseText.matches("Mô hình “Dân vận khéo” – Phường Nguyễn Nghiêm", query: "dan van"))
        #expect(VietnameseText.matches("Đức Phổ", query: "duc"))
        #expect(VietnameseText.matches("Thắp sáng đường quê", query: "que thap"))
        #expect(!VietnameseText.matches("Thắp sáng đường quê", query: "que xanh"))
    }

    @Test func listValuesMatchWhateverWayTheyAreTyped() {
        #expect(VietnameseText.matchKey("tập-thể") == VietnameseText.matchKey("Tập thể"))
        #expect(VietnameseText.matchKey("Văn hóa - xã hội") == VietnameseText.matchKey("Văn hóa – xã hội"))
        #expect(VietnameseText.matchKey("Mô hình") != VietnameseText.matchKey("Nội dung, việc làm"))
    }

    @Test func nfcAndNfdInputBecomeTheSameScalars() {
        let nfd = "Nguye\u{302}\u{303}n"
        #expect(Array(VietnameseText.nfc(nfd).unicodeScalars) == Array("Nguyễn".unicodeScalars))
        #expect(VietnameseText.cleanField("  Tổ\u{1B}[31m quốc\n ") == "Tổ[31m quốc")
        #expect(VietnameseText.cleanField("Tổ \u{202E}cốuq\u{202C} \u{2066}x\u{2069}\u{200F}") == "Tổ cốuq x")
    }

    @Test func aOneLineFieldLosesItsTabsAndLineBreaks() {
        #expect(VietnameseText.cleanLine(" Camera\tbảo vệ \n\r\n cộng\u{1B}[31m đồng ") == "Camera bảo vệ cộng[31m đồng")
        var record = ModelRecord(id: "2025-0001", year: 2025, state: "draft", created: Stamp(at: Timestamp(seconds: 1_600_000_000), by: "x"))
        record.name = "Camera\tbảo vệ"
        record.objectives = "Lắp camera\nGiữ an ninh"
        record.personInCharge.name = "Nguyễn\tVăn Bình"
        let clean = record.normalized()
        #expect(clean.name == "Camera bảo vệ")
        #expect(clean.personInCharge.name == "Nguyễn Văn Bình")
        #expect(clean.objectives == "Lắp camera\nGiữ an ninh", "a multi-line field keeps its lines")
    }

    @Test func sortingFollowsTheVietnameseAlphabet() {
        let names = ["Đức", "Zeta", "Ân", "Anh", "Ăn", "Bình", "Dũng", "Ánh", "Ơn", "Ông", "Ôn", "Út", "Ưng"]
        let sorted = VietnameseText.sorted(names) { $0 }
        #expect(sorted == ["Anh", "Ánh", "Ăn", "Ân", "Bình", "Dũng", "Đức", "Ôn", "Ông", "Ơn", "Út", "Ưng", "Zeta"])
    }

    @Test func aNameSortsBeforeTheLongerNamesItBegins() {
        let models = [("Thắp sáng đường quê – Xã Hòa Phú", "2026-0002"), ("Thắp sáng đường quê", "2026-0001"),
                      ("Thắp sáng đường quê 2", "2025-0009")]
        let sorted = VietnameseText.sorted(models) { $0.0 + "\u{1}" + $0.1 }.map(\.1)
        #expect(sorted == ["2026-0001", "2026-0002", "2025-0009"], "the parent first, then the longer names (punctuation before digits)")
    }

    @Test func tonesSortNgangHuyenHoiNgaSacNang() {
        let words = ["má", "mạ", "mà", "ma", "mã", "mả"]
        #expect(VietnameseText.sorted(words) { $0 } == ["ma", "mà", "mả", "mã", "má", "mạ"])
    }

    @Test func widthsCountTerminalColumns() {
        #expect(TextWidth.columns(of: "Ủy ban Mặt trận Tổ quốc") == 23)
        #expect(TextWidth.columns(of: "Nghie\u{302}m") == 6)
        #expect(TextWidth.columns(of: "中文😀") == 6)
        #expect(TextWidth.prefix("中文😀", fitting: 3) == "中")
        #expect(TextWidth.padded("Đức", to: 5) == "Đức  ")
    }

    @Test func daysParseTheVietnameseWayAndRefuseImpossibleDates() {
        #expect(Day(parsing: "12/06/2025") == Day(year: 2025, month: 6, day: 12))
        #expect(Day(parsing: "2025-06-12")?.vietnamese == "12/06/2025")
        #expect(Day(parsing: "31/02/2025") == nil)
        #expect(Day(parsing: "29/02/2024") != nil)
        #expect(Day(parsing: "12/6") == nil)
        #expect(Day(parsing: "hôm qua") == nil)
    }

    @Test func timestampsRoundTripAsUTC() throws {
        let t = try #require(Timestamp(parsing: "2025-06-12T09:30:05Z"))
        #expect(t.iso == "2025-06-12T09:30:05Z")
        #expect(t.utcDay == Day(year: 2025, month: 6, day: 12))
        #expect(Timestamp(seconds: 0).iso == "1970-01-01T00:00:00Z")
        #expect(Timestamp(parsing: "2025-13-01T00:00:00Z") == nil)
    }

    @Test func groupedNumbersUseDots() {
        #expect(NumberText.grouped(70_000_000) == "70.000.000")
        #expect(NumberText.grouped(999) == "999")
        #expect(NumberText.plain(88.5) == "88.5")
    }
}

@Suite struct ByteSearchTests {
    func contains(_ haystack: String, _ needle: String) -> Bool {
        Array(haystack.utf8).withUnsafeBufferPointer { ByteSearch.contains($0, Array(needle.utf8)) }
    }

    @Test func findsSubstringsAnywhereAndOnlyThem() {
        #expect(contains("dan van kheo", "van"))
        #expect(contains("dan van kheo", "dan van kheo"))
        #expect(contains("aab", "ab"))
        #expect(contains("x", ""))
        #expect(!contains("dan van", "van kheo"))
        #expect(!contains("", "a"))
        #expect(!contains("abab", "abb"))
    }
}

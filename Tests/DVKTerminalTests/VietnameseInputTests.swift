import Testing
@testable import DVKTerminal

private let telex = VietnameseInput(mode: .telex)
private let vni = VietnameseInput(mode: .vni)

/// Compare as Unicode scalars, so an NFD result (or a misplaced mark) cannot pass as equal.
private func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

private func expectTyped(
    _ input: VietnameseInput, _ keystrokes: String, _ expected: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let typed = input.type(keystrokes)
    #expect(scalars(typed) == scalars(expected), "\(input.mode) \"\(keystrokes)\" gave \"\(typed)\", expected \"\(expected)\"",
            sourceLocation: sourceLocation)
}

@Suite struct VietnameseInputTests {
    @Test func theWordTablesAreBigAndNFC() {
        #expect(vietnameseWordTable.count >= 100)
        for row in vietnameseWordTable {
            // The expected text is precomposed: no combining marks U+0300…U+036F.
            #expect(!row.expected.unicodeScalars.contains { (0x300...0x36F).contains($0.value) }, "\(row.expected)")
        }
    }

    @Test func telexWordTable() {
        for row in vietnameseWordTable { expectTyped(telex, row.telex, row.expected) }
    }

    @Test func vniWordTable() {
        for row in vietnameseWordTable { expectTyped(vni, row.vni, row.expected) }
    }

    @Test func phrasesFromTheBrief() {
        expectTyped(telex, "DDuwcs Phoor", "Đức Phổ")
        expectTyped(telex, "Daan vaanj kheso", "Dân vận khéo")
        expectTyped(telex, "Thawps sangs dduowngf quee", "Thắp sáng đường quê")
        expectTyped(vni, "D9u7c1 Pho63", "Đức Phổ")
        expectTyped(vni, "Ddu7c1 Pho63", "Đức Phổ")
        expectTyped(vni, "Da6n va65n khe1o", "Dân vận khéo")
        expectTyped(vni, "Tha8p1 sa1ng d9uo7ng2 que6", "Thắp sáng đường quê")
    }

    @Test func telexRulesFromTheBrief() {
        let cases: [(String, String)] = [
            ("aa", "â"), ("aw", "ă"), ("ee", "ê"), ("oo", "ô"), ("ow", "ơ"), ("uw", "ư"), ("dd", "đ"),
            ("w", "ư"), ("tw", "tư"), ("nhw", "như"), ("uow", "ươ"), ("tieengs", "tiếng"),
            ("nguyeenx", "nguyễn"), ("DDuwcs", "Đức"), ("Phoor", "Phổ"), ("duowngf", "dường"),
            ("dduowngf", "đường"), ("dduwowngf", "đường"), ("nguwowif", "người"), ("nguoiwf", "người"),
            ("quoocs", "quốc"), ("giuwxa", "giữa"), ("giuwax", "giữa"), ("gifn", "gìn"), ("ginf", "gìn"),
            ("muwowif", "mười"), ("chuyeenj", "chuyện"), ("hoas", "hóa"), ("thuyr", "thủy"),
            ("khoer", "khỏe"), ("Uyr ban", "Ủy ban"), ("quow", "quơ"), ("as", "á"), ("af", "à"),
            ("ar", "ả"), ("ax", "ã"), ("aj", "ạ"),
        ]
        for (keys, expected) in cases { expectTyped(telex, keys, expected) }
    }

    @Test func vniRulesFromTheBrief() {
        let cases: [(String, String)] = [
            ("a6", "â"), ("e6", "ê"), ("o6", "ô"), ("a8", "ă"), ("o7", "ơ"), ("u7", "ư"), ("uo7", "ươ"),
            ("u7o7", "ươ"), ("d9", "đ"), ("dd", "đ"), ("a1", "á"), ("a2", "à"), ("a3", "ả"), ("a4", "ã"),
            ("a5", "ạ"), ("tie6ng1", "tiếng"), ("nguye6n4", "nguyễn"), ("d9uo7ng2", "đường"),
            ("ngu7o7i2", "người"), ("quo6c1", "quốc"), ("giu7a4", "giữa"), ("gi2n", "gìn"),
            ("hoa1", "hóa"), ("thuy3", "thủy"), ("khoe3", "khỏe"), ("Uy3 ban", "Ủy ban"),
        ]
        for (keys, expected) in cases { expectTyped(vni, keys, expected) }
    }

    @Test func repeatingAModifierUndoesIt() {
        expectTyped(telex, "ass", "as")
        expectTyped(telex, "aaa", "aa")
        expectTyped(telex, "ddd", "dd")
        expectTyped(telex, "aww", "aw")
        expectTyped(telex, "ooo", "oo")
        expectTyped(telex, "tieengss", "tiêngs")
        expectTyped(telex, "dduowngff", "đươngf")
        expectTyped(vni, "a11", "a1")
        expectTyped(vni, "a66", "a6")
        expectTyped(vni, "d99", "d9")
        expectTyped(vni, "u77", "u7")
        expectTyped(vni, "a88", "a8")
    }

    @Test func zeroAndZRemoveTheTone() {
        expectTyped(telex, "asz", "a")
        expectTyped(telex, "tieengsz", "tiêng")
        expectTyped(telex, "hoafz", "hoa")
        expectTyped(telex, "z", "z")
        expectTyped(telex, "baz", "baz")  // no tone to remove: z is a letter
        expectTyped(vni, "a10", "a")
        expectTyped(vni, "tie6ng10", "tiêng")
        expectTyped(vni, "ba0", "ba0")
    }

    @Test func toneKeysReplaceEachOther() {
        expectTyped(telex, "asf", "à")
        expectTyped(telex, "hoafs", "hóa")
        expectTyped(vni, "a12", "à")
    }

    @Test func upperCaseIsKept() {
        expectTyped(telex, "DD", "Đ")
        expectTyped(telex, "Dd", "Đ")
        expectTyped(telex, "dD", "đ")
        expectTyped(telex, "Aa", "Â")
        expectTyped(telex, "AA", "Â")
        expectTyped(telex, "W", "Ư")
        expectTyped(telex, "UWOWNGF", "ƯỜNG")
        expectTyped(telex, "HOAF BINHF", "HÒA BÌNH")
        expectTyped(telex, "AS", "Á")
        expectTyped(telex, "ASS", "AS")
        expectTyped(vni, "D9", "Đ")
        expectTyped(vni, "DD", "Đ")
        expectTyped(vni, "NGUYE6N4", "NGUYỄN")
    }

    @Test func theToneMovesAsTheSyllableGrows() {
        expectTyped(telex, "hoas", "hóa")
        expectTyped(telex, "hoasn", "hoán")
        expectTyped(telex, "hoafng", "hoàng")
        expectTyped(telex, "thuyf", "thùy")
        expectTyped(telex, "thuyfeen", "thuyền")
        expectTyped(telex, "muaf", "mùa")
        expectTyped(telex, "gif", "gì")
        expectTyped(telex, "gifa", "già")
        expectTyped(telex, "nguoif", "nguòi")
        expectTyped(telex, "nguoifw", "người")
        expectTyped(telex, "tiesng", "tiéng")  // "ie" waits for its circumflex
        expectTyped(telex, "tiesen", "tiến")
        expectTyped(vni, "ho1a", "hóa")
        expectTyped(vni, "ho1an", "hoán")
        expectTyped(vni, "ngu2o7i", "người")
    }

    @Test func transformAnswersNilForPlainInsertion() {
        #expect(telex.transform(word: "ho", typed: "a") == nil)
        #expect(telex.transform(word: "hoa", typed: "n") == nil)
        #expect(telex.transform(word: "hóa", typed: "n") == "hoán")
        #expect(telex.transform(word: "", typed: "s") == nil)
        #expect(telex.transform(word: "str", typed: "s") == nil)
        #expect(telex.transform(word: "tieng", typed: "s") == "tiéng")
        #expect(vni.transform(word: "x", typed: "1") == nil)
    }

    @Test func nfdWordsAreReadAndGiveNFC() {
        let nfdTie = "ti\u{65}\u{302}"  // "tiê" decomposed
        let result = telex.transform(word: nfdTie + "ng", typed: "s")
        #expect(result.map(scalars) == scalars("tiếng"))
        let nfdHoa = "ho\u{301}a"  // "hóa" decomposed: the tone moves to the a
        #expect(telex.transform(word: nfdHoa, typed: "n").map(scalars) == scalars("hoán"))
        let nfdNewStyle = "hoa\u{301}"  // "hoá" decomposed, new-style placement
        #expect(telex.transform(word: nfdNewStyle, typed: "n").map(scalars) == scalars("hoán"))
        #expect(telex.transform(word: "hoá", typed: "n") == nil)  // NFC and already right
        #expect(scalars(telex.transform(word: "Đ\u{1B0}\u{301}", typed: "c") ?? "") == scalars("Đức"))
    }

    @Test func digitsInVNIStayDigitsWhenTheyDoNotApply() {
        expectTyped(vni, "2025", "2025")
        expectTyped(vni, "x1", "x1")
        expectTyped(vni, "Nghi5 d9i5nh 12/2020", "Nghị định 12/2020")
        expectTyped(vni, "na8m 2025", "năm 2025")
        expectTyped(vni, "85-KH/TU", "85-KH/TU")
        expectTyped(vni, "Kho1a 7", "Khóa 7")
    }

    @Test func directModeNeverTransforms() {
        let direct = VietnameseInput(mode: .direct)
        for keys in ["aa", "dd", "tieengs", "a1", "d9", "ass", "w", "Ddu7c1 Pho63"] {
            expectTyped(direct, keys, keys)
        }
        #expect(direct.transform(word: "a", typed: "s") == nil)
        #expect(direct.transform(word: "hóa", typed: "n") == nil)
    }

    @Test func punctuationSplitsWords() {
        expectTyped(telex, "Haf Nooij, Vieejt Nam.", "Hà Nội, Việt Nam.")
        expectTyped(vni, "Ha2 No65i, Vie65t Nam.", "Hà Nội, Việt Nam.")
        expectTyped(telex, "\u{201C}Daan vaanj kheso\u{201D}", "\u{201C}Dân vận khéo\u{201D}")
        expectTyped(telex, "a-s", "a-s")
    }

    @Test func nonVietnameseWordsAreLeftAlone() {
        expectTyped(telex, "ok", "ok")
        expectTyped(telex, "Facebook", "Facebook")
        expectTyped(telex, "Zalo", "Zalo")
        expectTyped(telex, "str", "str")
        expectTyped(telex, "abcdefghs", "abcdefghs")
        expectTyped(telex, "class", "class")
    }
}


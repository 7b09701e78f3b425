// The syllable model behind VietnameseInput: letters as base + mark, one tone per syllable,
// the spelling rules that decide what is plausible, and where the tone goes.

extension VietnameseInput {
    /// A mark that is part of the letter: â ê ô (circumflex), ă (breve), ơ ư (horn), đ (stroke).
    enum Mark: Sendable, Hashable { case none, circumflex, breve, horn, stroke }

    /// The six tones, in the column order of `letterTable`.
    enum Tone: Int, Sendable, CaseIterable { case level, acute, grave, hook, tilde, dot }

    /// A letter without its tone or case: base letter plus mark ("ư" is u + horn).
    struct Glyph: Sendable, Hashable {
        var base: Character
        var mark: Mark
    }

    /// Every letter of the Vietnamese alphabet: base, mark, then its forms for the six tones.
    static let letterTable: [(Character, Mark, String)] = [
        ("a", .none, "aáàảãạ"), ("a", .breve, "ăắằẳẵặ"), ("a", .circumflex, "âấầẩẫậ"),
        ("e", .none, "eéèẻẽẹ"), ("e", .circumflex, "êếềểễệ"),
        ("i", .none, "iíìỉĩị"),
        ("o", .none, "oóòỏõọ"), ("o", .circumflex, "ôốồổỗộ"), ("o", .horn, "ơớờởỡợ"),
        ("u", .none, "uúùủũụ"), ("u", .horn, "ưứừửữự"),
        ("y", .none, "yýỳỷỹỵ"),
        ("d", .stroke, "đ"),
    ] + "bcdghklmnpqrstvx".map { ($0, .none, String($0)) }

    /// Tone-marked letter → glyph and tone ("ấ" → a + circumflex, acute).
    static let decoding: [Character: (Glyph, Tone)] = {
        var table: [Character: (Glyph, Tone)] = [:]
        for (base, mark, forms) in letterTable {
            for (tone, form) in zip(Tone.allCases, forms) { table[form] = (Glyph(base: base, mark: mark), tone) }
        }
        return table
    }()

    /// Glyph → its forms for the six tones (one form for consonants).
    static let encoding: [Glyph: [Character]] = Dictionary(
        uniqueKeysWithValues: letterTable.map { (Glyph(base: $0.0, mark: $0.1), Array($0.2)) })

    static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

    /// Initial consonants ("gi" and "qu" keep their vowel only when another vowel follows).
    static let onsets: [[Character]] = [
        "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
        "p", "ph", "q", "qu", "r", "s", "t", "th", "tr", "v", "x",
    ].map { Array($0) }

    /// Vowel clusters, toneless. The last line holds steps on the way to a marked cluster ("uo"
    /// before its horn, "ie" before its circumflex), so a tone typed early is not refused.
    static let nuclei: Set<String> = [
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi",
        "oo", "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
        "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu",
        "uo", "ưo", "uoi", "ưoi", "uou", "ưou", "ie", "ye", "ue", "ieu", "yeu", "uye",
    ]

    /// Final consonants; after the stop codas only the sắc and nặng tones are possible.
    static let codas: Set<String> = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
    static let stopCodas: Set<String> = ["c", "ch", "p", "t"]

    /// One letter of a word: its glyph and whether it was typed in upper case.
    struct Letter: Sendable {
        var glyph: Glyph
        var isUpper: Bool

        /// A key inserted as itself (after an undo): kept as typed, even a digit or "w".
        init(literal: Character) {
            let lower = literal.lowercased()
            glyph = Glyph(base: lower.first ?? literal, mark: .none)
            isUpper = lower != String(literal)
        }

        init(glyph: Glyph, isUpper: Bool) {
            self.glyph = glyph
            self.isUpper = isUpper
        }

        var isVowel: Bool { VietnameseInput.vowels.contains(glyph.base) && isVietnamese }
        var isVietnamese: Bool { VietnameseInput.encoding[glyph] != nil }
        /// The toneless lower-case letter ("ư", "đ").
        var plain: Character { VietnameseInput.encoding[glyph]?.first ?? glyph.base }

        func rendered(tone: Tone) -> String {
            let forms = VietnameseInput.encoding[glyph] ?? [glyph.base]
            let form = String(forms.count > tone.rawValue ? forms[tone.rawValue] : forms[0])
            return isUpper ? form.uppercased() : form
        }
    }

    /// A word being typed, seen as one syllable: letters and the single tone.
    struct Syllable: Sendable {
        static let maximumLength = 7

        var letters: [Letter] = []
        var tone: Tone = .level
        /// Where the tone sat when the word arrived: kept for words that are no syllable.
        var toneIndex: Int?

        /// Nil when the word holds anything but Vietnamese letters, or more than one tone.
        init?(_ word: String) {
            for character in word {
                let lower = character.lowercased()
                guard lower.count == 1, let key = lower.first,
                      let (glyph, letterTone) = VietnameseInput.decoding[key] else { return nil }
                if letterTone != .level {
                    guard toneIndex == nil else { return nil }
                    tone = letterTone
                    toneIndex = letters.count
                }
                letters.append(Letter(glyph: glyph, isUpper: lower != String(character)))
            }
        }

        /// Onset, vowel cluster and final consonants, as ranges of `letters`.
        var parts: (onset: Range<Int>, nucleus: Range<Int>, coda: Range<Int>) {
            let plain = letters.map(\.plain)
            var onsetEnd = VietnameseInput.onsets
                .filter { plain.starts(with: $0) }
                .map(\.count).max() ?? 0
            if onsetEnd == 2, ["gi", "qu"].contains(String(plain[0...1])),
               !(letters.count > 2 && letters[2].isVowel) {
                onsetEnd = 1  // "gìn", "qu…": the i/u is the vowel
            }
            var nucleusEnd = onsetEnd
            while nucleusEnd < letters.count, letters[nucleusEnd].isVowel { nucleusEnd += 1 }
            return (0..<onsetEnd, onsetEnd..<nucleusEnd, nucleusEnd..<letters.count)
        }

        private func spelling(_ range: Range<Int>) -> String {
            String(letters[range].map(\.plain))
        }

        /// Whether this could be (the start of) a Vietnamese syllable with its tone.
        var isPlausible: Bool {
            guard letters.count <= Self.maximumLength, letters.allSatisfy(\.isVietnamese) else { return false }
            let (_, nucleus, codaRange) = parts
            let coda = spelling(codaRange)
            if nucleus.isEmpty { return tone == .level && coda.isEmpty }
            guard VietnameseInput.nuclei.contains(spelling(nucleus)),
                  VietnameseInput.codas.contains(coda) else { return false }
            return !VietnameseInput.stopCodas.contains(coda) || [.level, .acute, .dot].contains(tone)
        }

        /// The vowel that carries the tone, old style: a vowel with a mark (the last one, ươ → ơ);
        /// else the last vowel before a final consonant; else the middle of three vowels; else the
        /// first of two ("hóa", "thủy", "khỏe").
        var tonePosition: Int? {
            let (_, nucleus, coda) = parts
            guard !nucleus.isEmpty else { return nil }
            if let marked = nucleus.last(where: { letters[$0].glyph.mark != .none }) { return marked }
            if !coda.isEmpty || nucleus.count == 1 { return nucleus.last }
            return nucleus.count == 3 ? nucleus.lowerBound + 1 : nucleus.lowerBound
        }

        /// The word as NFC text, the tone placed by the rules (or left where it was when the word
        /// is no syllable).
        var text: String {
            let position = tone == .level ? nil : (isPlausible ? tonePosition : toneIndex)
            return letters.indices.map { letters[$0].rendered(tone: $0 == position ? tone : .level) }.joined()
        }

        /// The word with `typed` appended as a letter, when it has a tone to reposition and stays
        /// plausible; nil otherwise.
        func appendingLetter(_ typed: Character) -> Syllable? {
            guard tone != .level, let added = Syllable(String(typed)), added.letters.count == 1,
                  added.tone == .level else { return nil }
            var grown = self
            grown.letters += added.letters
            return grown.isPlausible ? grown : nil
        }

        /// The word after a modifier key, or nil when the key should be inserted as a letter.
        func applying(_ action: Action, typed: Character) -> Syllable? {
            var result = self
            switch action {
            case .tone(let newTone) where newTone == tone:
                guard isPlausible else { return nil }
                result.tone = .level
                result.letters.append(Letter(literal: typed))
                return result
            case .tone(let newTone):
                result.tone = newTone
                return result.isPlausible ? result : nil
            case .clearTone:
                guard tone != .level else { return nil }
                result.tone = .level
                return result
            case .mark(let marks, let alone):
                return applyingMark(marks, alone: alone, typed: typed)
            }
        }

        private func applyingMark(_ marks: [Character: Mark], alone: Glyph?, typed: Character) -> Syllable? {
            let nucleus = parts.nucleus
            /// Whether the letter can take the mark: a consonant anywhere (đ), a vowel of the nucleus.
            func takes(_ index: Int) -> Bool {
                let letter = letters[index]
                guard let mark = marks[letter.glyph.base], mark != letter.glyph.mark else { return false }
                return nucleus.contains(index) || !letter.isVowel
            }
            var candidates: [Syllable] = []
            // "uo" + horn → "ươ" together.
            if marks["u"] == .horn, marks["o"] == .horn,
               let u = nucleus.dropLast().first(where: {
                   letters[$0].glyph.base == "u" && letters[$0 + 1].glyph.base == "o" && (takes($0) || takes($0 + 1))
               }) {
                var both = self
                both.letters[u].glyph.mark = .horn
                both.letters[u + 1].glyph.mark = .horn
                candidates.append(both)
            }
            for index in letters.indices.reversed() where takes(index) {
                var changed = self
                changed.letters[index].glyph.mark = marks[letters[index].glyph.base] ?? .none
                candidates.append(changed)
            }
            if let hit = candidates.first(where: \.isPlausible) { return hit }
            if let alone, nucleus.isEmpty {
                var added = self
                added.letters.append(Letter(glyph: alone, isUpper: typed.isUppercase))
                if added.isPlausible { return added }
            }
            // Undo: the word already has this mark, so take it off and insert the key.
            guard isPlausible, letters.contains(where: { marks[$0.glyph.base] == $0.glyph.mark }) else { return nil }
            var undone = self
            for index in letters.indices where marks[letters[index].glyph.base] == letters[index].glyph.mark {
                undone.letters[index].glyph.mark = .none
            }
            undone.letters.append(Letter(literal: typed))
            return undone
        }
    }
}

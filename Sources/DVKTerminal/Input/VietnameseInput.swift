/// How typed characters become Vietnamese letters: not at all, Telex or VNI.
public enum InputMode: String, Sendable, CaseIterable {
    /// No transformation: every key inserts itself.
    case direct
    /// Letters as modifiers: aa â, aw ă, ee ê, oo ô, ow ơ, uw ư, dd đ; tones s f r x j, z clears.
    case telex
    /// Digits as modifiers: 6 â ê ô, 8 ă, 7 ơ ư, 9 đ; tones 1 2 3 4 5, 0 clears.
    case vni
}

/// A built-in Telex/VNI input method for terminals without one (SSH from a bare console).
///
/// It is stateless: each key is judged from the word before the cursor alone. A key changes the
/// word only when the result is still a plausible Vietnamese syllable; pressing the same modifier
/// again undoes it and inserts the key ("ass" → "as", "aaa" → "aa", "a11" → "a1"). Tones go where
/// official documents put them (old style: "hóa", "thủy", "quốc", "giữa", "người") and move as the
/// syllable grows ("hóa" + "n" → "hoán"). Output letters are NFC.
///
/// As a convenience shared with Telex, VNI also accepts "dd" for "đ" besides "d9".
public struct VietnameseInput: Sendable {
    public var mode: InputMode

    public init(mode: InputMode) {
        self.mode = mode
    }

    /// Given the word immediately before the cursor (the run of letters/digits since the last
    /// non-letter, may be empty) and the typed character, returns the replacement for that word
    /// when the key acts as a diacritic/tone/undo key, or nil when the character should simply be
    /// inserted.
    public func transform(word: String, typed: Character) -> String? {
        guard let keys = Self.keys[mode], word.count <= Syllable.maximumLength,
              let syllable = Syllable(word) else { return nil }
        if let key = typed.lowercased().first, let action = keys[key],
           let result = syllable.applying(action, typed: typed) {
            return result.text
        }
        // A plain letter: insert it, but move the tone if the grown syllable wants it elsewhere.
        guard let grown = syllable.appendingLetter(typed) else { return nil }
        let text = grown.text
        // Compared by scalars, so a decomposed (NFD) word still comes back NFC.
        return text.unicodeScalars.elementsEqual((word + String(typed)).unicodeScalars) ? nil : text
    }

    /// Convenience for tests and replays: feeds a whole keystroke string through transform
    /// (splitting words on non-letters) and returns the text typed.
    public func type(_ keystrokes: String) -> String {
        var text = ""
        var word = ""
        for key in keystrokes {
            if key.isLetter || key.isNumber {
                word = transform(word: word, typed: key) ?? word + String(key)
            } else {
                text += word
                text.append(key)
                word = ""
            }
        }
        return text + word
    }
}

extension VietnameseInput {
    /// What a modifier key does to the word before it.
    enum Action: Sendable {
        /// Set this tone (or undo it when the word already has it).
        case tone(Tone)
        /// Remove the tone.
        case clearTone
        /// Give a letter of one of these bases this mark ("ươ" for u+o when both take a horn);
        /// `alone` is the letter to add when the word has no vowel yet (Telex "w" → "ư").
        case mark([Character: Mark], alone: Glyph?)
    }

    static let keys: [InputMode: [Character: Action]] = [
        .telex: [
            "s": .tone(.acute), "f": .tone(.grave), "r": .tone(.hook), "x": .tone(.tilde),
            "j": .tone(.dot), "z": .clearTone,
            "a": .mark(["a": .circumflex], alone: nil),
            "e": .mark(["e": .circumflex], alone: nil),
            "o": .mark(["o": .circumflex], alone: nil),
            "w": .mark(["a": .breve, "o": .horn, "u": .horn], alone: Glyph(base: "u", mark: .horn)),
            "d": .mark(["d": .stroke], alone: nil),
        ],
        .vni: [
            "1": .tone(.acute), "2": .tone(.grave), "3": .tone(.hook), "4": .tone(.tilde),
            "5": .tone(.dot), "0": .clearTone,
            "6": .mark(["a": .circumflex, "e": .circumflex, "o": .circumflex], alone: nil),
            "7": .mark(["o": .horn, "u": .horn], alone: nil),
            "8": .mark(["a": .breve], alone: nil),
            "9": .mark(["d": .stroke], alone: nil),
            "d": .mark(["d": .stroke], alone: nil),  // "dd" → "đ", shared with Telex
        ],
    ]
}

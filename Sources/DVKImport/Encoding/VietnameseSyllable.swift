/// Whether a word reads as one Vietnamese syllable: an initial consonant, a vowel group the
/// language has, a final consonant the group allows, and at most one tone. What
/// `LegacyEncodingGuess` uses to tell a rightly decoded word ("việt") from one decoded in the
/// wrong code ("vieọt", "viưt").
enum VietnameseSyllable {
    static func isSyllable(_ word: String) -> Bool {
        var tones = 0
        var letters = String.UnicodeScalarView()
        for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if toneMarks.contains(scalar) { tones += 1 } else { letters.append(scalar) }
        }
        guard tones <= 1 else { return false }
        let base = String(letters).precomposedStringWithCanonicalMapping
        guard base.unicodeScalars.allSatisfy({ alphabet.contains($0) }) else { return false }
        for initial in initials where base.hasPrefix(initial) {
            let rest = base.dropFirst(initial.count)
            for final in finals where rest.hasSuffix(final) {
                if fits(nucleus: String(rest.dropLast(final.count)), final: final) { return true }
            }
        }
        return false
    }

    private static func fits(nucleus: String, final: String) -> Bool {
        if freeNuclei.contains(nucleus) { return true }
        if openNuclei.contains(nucleus) { return final.isEmpty }
        if closedNuclei.contains(nucleus) { return !final.isEmpty }
        return false
    }

    private static let toneMarks: Set<Unicode.Scalar> = ["\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}"]
    private static let alphabet = Set("abcdeghiklmnopqrstuvxyăâđêôơư".unicodeScalars)
    /// Longest first, and "" last: "nghe" is ngh + e before it is ng + he.
    private static let initials = [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ]
    private static let finals = ["ng", "nh", "ch", "c", "m", "n", "p", "t", ""]
    /// Vowel groups with or without a final consonant.
    private static let freeNuclei: Set<String> = [
        "a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "oo", "uê", "uy", "uơ",
    ]
    /// Vowel groups that end the syllable (their last letter is a glide).
    private static let openNuclei: Set<String> = [
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "ưa", "ưi", "ưu",
        "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyu",
    ]
    /// Vowel groups that need a final consonant.
    private static let closedNuclei: Set<String> = ["ă", "â", "iê", "yê", "uô", "ươ", "oă", "uâ", "uyê"]
}

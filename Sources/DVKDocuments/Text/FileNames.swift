import Foundation

/// File names for the documents dvk writes: ASCII only, Vietnamese letters folded to their base
/// letter (Đ → D, ễ → e), case kept, every other run of characters turned into one hyphen —
/// "112/QĐ-UBND" gives "112-QD-UBND". Safe on every file system and in every shell.
public enum FileNames {
    /// `parts` folded and joined with hyphens; empty parts are left out. Never empty: a name with
    /// nothing left becomes "tai-lieu" (document). At most 120 characters.
    public static func safe(_ parts: [String]) -> String {
        let name = parts.map(fold).filter { !$0.isEmpty }.joined(separator: "-")
        let cut = String(name.prefix(120))
        let trimmed = cut.hasSuffix("-") ? String(cut.dropLast()) : cut
        return trimmed.isEmpty ? "tai-lieu" : trimmed
    }

    /// One part: diacritics removed, case kept, non-alphanumerics collapsed into single hyphens.
    static func fold(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            let value = scalar.value
            if (0x0300...0x036F).contains(value) { continue }
            let letter: Character?
            switch value {
            case 0x0110: letter = "D"
            case 0x0111: letter = "d"
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: letter = Character(scalar)
            default: letter = nil
            }
            guard let letter else {
                pendingHyphen = !out.isEmpty
                continue
            }
            if pendingHyphen { out.append("-") }
            pendingHyphen = false
            out.append(letter)
        }
        return out
    }
}

import DVKCore

/// Text made safe for XML 1.0 files (DOCX, XLSX, HTML): every string is normalised to NFC,
/// characters XML forbids are dropped, and the five markup characters are escaped.
///
/// XML 1.0 allows only tab, line feed, carriage return and U+0020… (minus U+FFFE and U+FFFF);
/// a single U+000B makes Word, LibreOffice and python-docx refuse the whole file. C1 control
/// characters (U+0080…U+009F), allowed but never meant as text, are dropped as well.
public enum XMLText {
    /// `text` in NFC with every character XML 1.0 cannot carry removed (tab, LF and CR kept).
    public static func clean(_ text: String) -> String {
        let kept = VietnameseText.nfc(text).unicodeScalars.filter(isAllowed)
        return String(String.UnicodeScalarView(kept))
    }

    /// Whether XML 1.0 (and a reader of office files) accepts `scalar` as character data.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// `text` cleaned and escaped for element content or an attribute value in either quotes.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in clean(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The lines of `text` after cleaning, with CR LF and lone CR counted as line breaks.
    public static func lines(_ text: String) -> [String] {
        clean(text).replacingLineEnds().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}

extension String {
    /// The string with CR LF and lone CR turned into LF.
    func replacingLineEnds() -> String {
        guard unicodeScalars.contains("\r") else { return self }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
                previousCR = true
                continue
            }
            if scalar == "\n" && previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            out.append(scalar)
        }
        return String(out)
    }
}

import Foundation

/// Estimated widths of text set in Times New Roman (or its metric twin Liberation Serif), for
/// choosing column widths, the page's orientation and XLSX row heights without a font file.
///
/// Widths come from the Times-Roman AFM advance widths of the base letter (diacritics add no
/// width: "Đ" is as wide as "D", "ệ" as "e"); bold text is taken as 10 % wider. The estimate is
/// within a few per cent for Vietnamese text, which is all a layout decision needs.
public enum TextMetrics {
    /// The width of `text` on one line, in points.
    public static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        var units = 0
        for scalar in text.unicodeScalars { units += advance(scalar) }
        return Double(units) / 1000 * size * (bold ? 1.1 : 1)
    }

    /// The width of the longest word of `text` (split at spaces and line breaks), in points.
    public static func longestWord(_ text: String, size: Double, bold: Bool = false) -> Double {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { width(String($0), size: size, bold: bold) }.max() ?? 0
    }

    /// The width of the longest line of `text` (split at line breaks only), in points.
    public static func longestLine(_ text: String, size: Double, bold: Bool = false) -> Double {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { width(String($0), size: size, bold: bold) }.max() ?? 0
    }

    /// How many lines `text` takes when wrapped at spaces into `lineWidth` points (at least 1;
    /// a word longer than the line is broken across as many lines as it needs).
    public static func lineCount(_ text: String, size: Double, bold: Bool = false, lineWidth: Double) -> Int {
        guard lineWidth > 1 else { return 1 }
        let space = width(" ", size: size, bold: bold)
        var total = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var lines = 1
            var used = 0.0
            for word in line.split(separator: " ") {
                let w = width(String(word), size: size, bold: bold)
                if used > 0 && used + space + w <= lineWidth {
                    used += space + w
                } else if used == 0 && w <= lineWidth {
                    used = w
                } else {
                    if used > 0 { lines += 1 }
                    let pieces = max(1, Int((w / lineWidth).rounded(.up)))
                    lines += pieces - 1
                    used = w - Double(pieces - 1) * lineWidth
                }
            }
            total += lines
        }
        return max(1, total)
    }

    /// The advance of one scalar in thousandths of the font size.
    /// `text` on as few lines as fit `lineWidth`, broken at spaces so the lines are about equally
    /// long (a name in a letterhead: "BAN CHỈ ĐẠO PHONG TRÀO / THI ĐUA "DÂN VẬN KHÉO"", not a
    /// lone last word); lines joined with "\n". Text that fits is returned as it is.
    public static func balanced(_ text: String, size: Double, bold: Bool = false, lineWidth: Double) -> String {
        let lines = lineCount(text, size: size, bold: bold, lineWidth: lineWidth)
        let words = text.split(separator: " ").map(String.init)
        guard lines > 1, words.count > 1 else { return text }
        let target = width(text, size: size, bold: bold) / Double(lines)
        var out: [String] = []
        var current = ""
        for word in words {
            let candidate = current.isEmpty ? word : current + " " + word
            if !current.isEmpty && out.count < lines - 1 && width(candidate, size: size, bold: bold) > max(target, 1) * 1.08 {
                out.append(current)
                current = word
            } else {
                current = candidate
            }
        }
        out.append(current)
        let fits = out.allSatisfy { width($0, size: size, bold: bold) <= lineWidth }
        return fits ? out.joined(separator: "\n") : text
    }

    static func advance(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x80 { return value >= 0x20 ? ascii[Int(value) - 0x20] : 0 }
        switch value {
        case 0x0300...0x036F: return 0
        case 0x0110: return 722
        case 0x0111: return 500
        case 0x2018, 0x2019: return 333
        case 0x201C, 0x201D: return 444
        case 0x2013: return 500
        case 0x2014, 0x2026: return 1000
        case 0x00A0: return 250
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            return 1000
        default:
            break
        }
        let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first { $0.value < 0x80 }
        return base.map { advance($0) } ?? 500
    }

    /// Times-Roman advance widths of U+0020…U+007E.
    private static let ascii: [Int] = [
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,   // space … /
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,   // 0 … ?
        921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,   // @ … O
        556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,   // P … _
        333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,   // ` … o
        500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,        // p … ~
    ]
}

/// The text of an XLSX string item — a shared string `<si>` or an inline string `<is>`: its
/// `<t>` pieces, plain or inside rich-text runs `<r>`, joined; phonetic runs `<rPh>` left out.
/// Whitespace is kept as written, `xml:space` or not.
struct XlsxText {
    private var pieces = ""
    private var inText = false
    private var phoneticDepth = 0

    /// Feeds one token met inside the item.
    mutating func take(_ token: XMLToken) {
        switch token {
        case .start(let tag):
            if tag.name == "rPh" { phoneticDepth += 1 } else if tag.name == "t" { inText = true }
        case .end(let name):
            if name == "rPh" { phoneticDepth -= 1 } else if name == "t" { inText = false }
        case .text(let text):
            if inText && phoneticDepth == 0 { pieces += text }
        }
    }

    /// The item's text, Excel's `_xHHHH_` escapes decoded.
    var text: String { XlsxText.unescape(pieces) }

    /// `text` with Excel's escapes of characters XML cannot carry decoded: `_x000D_` is a CR,
    /// `_x005F_` an underscore (so `_x005F_x000D_` is the text "_x000D_").
    static func unescape(_ text: String) -> String {
        let utf8 = Array(text.utf8)
        guard utf8.count >= 7, utf8.contains(UInt8(ascii: "_")) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var index = 0
        while index < utf8.count {
            if index + 7 <= utf8.count, utf8[index] == UInt8(ascii: "_"), utf8[index + 1] == UInt8(ascii: "x"),
               utf8[index + 6] == UInt8(ascii: "_"), utf8[(index + 2)..<(index + 6)].allSatisfy(\.isHexDigit),
               let code = UInt32(String(decoding: utf8[(index + 2)..<(index + 6)], as: UTF8.self), radix: 16),
               let scalar = Unicode.Scalar(code) {
                out.append(contentsOf: String(Character(scalar)).utf8)
                index += 7
            } else {
                out.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension UInt8 {
    var isHexDigit: Bool {
        (0x30...0x39).contains(self) || (0x41...0x46).contains(self) || (0x61...0x66).contains(self)
    }
}

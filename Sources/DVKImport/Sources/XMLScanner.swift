/// A start tag as the scanner read it: the element's local name (the part after any namespace
/// prefix) and its attributes, also by local name, values decoded.
struct XMLTag {
    var name: String
    var attributes: [(name: String, value: String)]

    /// The value of the attribute with local name `name`.
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}

/// One piece of an XML part, in document order. A self-closing element gives a start and an end.
enum XMLToken {
    case start(XMLTag)
    case end(String)
    case text(String)
}

/// A pull tokenizer for the XML of an XLSX part, written for hostile files: one pass over the
/// bytes (nothing is searched twice, so no input makes it quadratic), elements nested at most
/// ``maxDepth`` deep, names and attribute lists bounded, end tags checked against their start
/// tags. A document type declaration (`<!DOCTYPE`, and with it any `<!ENTITY`) is refused rather
/// than skipped, and only the five predefined entities and character references are decoded, so
/// no entity can expand. Comments and processing instructions are skipped; CDATA is text.
/// Line ends in character data are normalised to LF, as XML requires (a CR that Excel stores
/// escaped, `&#13;` or `_x000D_`, stays).
struct XMLScanner {
    static let maxDepth = 64
    static let maxNameBytes = 256
    static let maxAttributes = 256

    private let bytes: [UInt8]
    private var position = 0
    private var open: [String] = []
    /// The end tag owed to a self-closing element just returned as a start.
    private var pendingEnd: String?
    private let failure: (String, String) -> SourceError

    /// A scanner over `bytes`; `failure(vi, en)` makes the error for a fault in them (it names the
    /// file and the part).
    init(_ bytes: [UInt8], failure: @escaping (String, String) -> SourceError) {
        self.bytes = bytes
        self.failure = failure
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The next token, or nil at the end of the part.
    mutating func next() throws(SourceError) -> XMLToken? {
        if let name = pendingEnd {
            pendingEnd = nil
            open.removeLast()
            return .end(name)
        }
        while position < bytes.count {
            guard bytes[position] == UInt8(ascii: "<") else {
                let start = position
                while position < bytes.count && bytes[position] != UInt8(ascii: "<") { position += 1 }
                return .text(try decode(start..<position))
            }
            guard position + 1 < bytes.count else { throw fault("thẻ bị cắt ngang", "a tag is cut off") }
            switch bytes[position + 1] {
            case UInt8(ascii: "/"): return .end(try endTag())
            case UInt8(ascii: "?"): try skip(past: Array("?>".utf8))
            case UInt8(ascii: "!"):
                if let cdata = try markupDeclaration() { return .text(cdata) }
            default: return .start(try startTag())
            }
        }
        if let unclosed = open.last {
            throw fault("phần tử <\(unclosed)> không được đóng", "element <\(unclosed)> is never closed")
        }
        return nil
    }

    // MARK: Tags

    private mutating func startTag() throws(SourceError) -> XMLTag {
        position += 1
        let name = try localName()
        guard open.count < XMLScanner.maxDepth else {
            throw fault("các phần tử lồng nhau sâu quá \(XMLScanner.maxDepth) mức", "elements are nested more than \(XMLScanner.maxDepth) deep")
        }
        var tag = XMLTag(name: name, attributes: [])
        while true {
            skipSpaces()
            guard position < bytes.count else { throw fault("thẻ <\(name)> bị cắt ngang", "tag <\(name)> is cut off") }
            switch bytes[position] {
            case UInt8(ascii: ">"):
                position += 1
                open.append(name)
                return tag
            case UInt8(ascii: "/"):
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else {
                    throw fault("thẻ <\(name)> sai cú pháp", "tag <\(name)> is malformed")
                }
                position += 2
                open.append(name)
                pendingEnd = name
                return tag
            default:
                guard tag.attributes.count < XMLScanner.maxAttributes else {
                    throw fault("thẻ <\(name)> có quá nhiều thuộc tính", "tag <\(name)> has too many attributes")
                }
                tag.attributes.append(try attribute(in: name))
            }
        }
    }

    private mutating func attribute(in tag: String) throws(SourceError) -> (name: String, value: String) {
        let name = try localName()
        skipSpaces()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
            throw fault("thuộc tính \(name) của <\(tag)> thiếu giá trị", "attribute \(name) of <\(tag)> has no value")
        }
        position += 1
        skipSpaces()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
            throw fault("giá trị thuộc tính \(name) thiếu dấu nháy", "the value of attribute \(name) is not quoted")
        }
        let quote = bytes[position]
        position += 1
        let start = position
        while position < bytes.count && bytes[position] != quote {
            if bytes[position] == UInt8(ascii: "<") { throw fault("giá trị thuộc tính chứa dấu <", "an attribute value contains <") }
            position += 1
        }
        guard position < bytes.count else { throw fault("giá trị thuộc tính \(name) bị cắt ngang", "the value of attribute \(name) is cut off") }
        let value = try decode(start..<position)
        position += 1
        return (name, value)
    }

    private mutating func endTag() throws(SourceError) -> String {
        position += 2
        let name = try localName()
        skipSpaces()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else {
            throw fault("thẻ đóng </\(name)> sai cú pháp", "end tag </\(name)> is malformed")
        }
        position += 1
        guard open.last == name else {
            throw fault("thẻ đóng </\(name)> không khớp thẻ mở", "end tag </\(name)> does not match its start tag")
        }
        open.removeLast()
        return name
    }

    /// A name, without its namespace prefix.
    private mutating func localName() throws(SourceError) -> String {
        let start = position
        var colon: Int?
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=") || XMLScanner.isSpace(byte) { break }
            if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { break }
            if byte == UInt8(ascii: ":") { colon = position }
            position += 1
        }
        guard position > start, position - start <= XMLScanner.maxNameBytes else {
            throw fault("tên thẻ hoặc thuộc tính không hợp lệ", "an element or attribute name is invalid")
        }
        return String(decoding: bytes[(colon.map { $0 + 1 } ?? start)..<position], as: UTF8.self)
    }

    // MARK: Declarations, comments, CDATA

    /// A comment (skipped, nil), CDATA (its text); anything else, a DOCTYPE above all, is refused.
    private mutating func markupDeclaration() throws(SourceError) -> String? {
        if bytes[position...].starts(with: Array("<!--".utf8)) {
            try skip(past: Array("-->".utf8))
            return nil
        }
        if bytes[position...].starts(with: Array("<![CDATA[".utf8)) {
            position += 9
            let start = position
            try skip(past: Array("]]>".utf8))
            return String(decoding: bytes[start..<(position - 3)], as: UTF8.self)
        }
        throw fault("tệp chứa khai báo <!DOCTYPE hoặc <!ENTITY, không được phép trong tệp Excel",
                    "the part holds a <!DOCTYPE or <!ENTITY declaration, which Excel files never contain")
    }

    /// Moves past the next `terminator`.
    private mutating func skip(past terminator: [UInt8]) throws(SourceError) {
        let first = terminator[0]
        while position < bytes.count {
            if bytes[position] == first && bytes[position...].starts(with: terminator) {
                position += terminator.count
                return
            }
            position += 1
        }
        throw fault("chú thích, CDATA hoặc chỉ thị bị cắt ngang", "a comment, CDATA section or processing instruction is cut off")
    }

    private mutating func skipSpaces() {
        while position < bytes.count && XMLScanner.isSpace(bytes[position]) { position += 1 }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    // MARK: Character data

    /// The text of `range` with entities and character references decoded and line ends
    /// normalised. Most text has neither, and is copied as it is.
    private func decode(_ range: Range<Int>) throws(SourceError) -> String {
        guard let firstSpecial = bytes[range].firstIndex(where: { $0 == UInt8(ascii: "&") || $0 == 0x0D }) else {
            return String(decoding: bytes[range], as: UTF8.self)
        }
        var out = [UInt8](bytes[range.lowerBound..<firstSpecial])
        out.reserveCapacity(range.count)
        var index = firstSpecial
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == 0x0D {
                out.append(0x0A)
                index += 1
                if index < range.upperBound && bytes[index] == 0x0A { index += 1 }
            } else if byte == UInt8(ascii: "&") {
                guard let semicolon = bytes[index..<min(range.upperBound, index + 12)].firstIndex(of: UInt8(ascii: ";")) else {
                    throw fault("ký tự & không thuộc thực thể nào", "an & starts no entity")
                }
                out.append(contentsOf: try entity(bytes[(index + 1)..<semicolon]).utf8)
                index = semicolon + 1
            } else {
                out.append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A predefined entity or character reference (the part between `&` and `;`).
    private func entity(_ name: ArraySlice<UInt8>) throws(SourceError) -> String {
        let text = String(decoding: name, as: UTF8.self)
        switch text {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default: break
        }
        var code: UInt32?
        if text.hasPrefix("#x") || text.hasPrefix("#X") {
            code = UInt32(text.dropFirst(2), radix: 16)
        } else if text.hasPrefix("#") {
            code = UInt32(text.dropFirst(), radix: 10)
        }
        guard let code, let scalar = Unicode.Scalar(code), code != 0 else {
            throw fault("thực thể &\(text); không được hỗ trợ", "entity &\(text); is not supported")
        }
        return String(Character(scalar))
    }

    private func fault(_ vi: String, _ en: String) -> SourceError {
        failure("\(vi) (byte \(position))", "\(en) (byte \(position))")
    }
}

/// A small JSON parser producing `JSONValue`s, which also remembers where each value starts
/// (`line:column` by slash-separated path) so a broken file can be reported precisely. It keeps
/// the `JSONLimits` (nesting, elements, text length, escapes, number range) itself, so its
/// recursion is never deeper than `JSONLimits.maximumDepth`.
public struct JSONParser {
    public struct Position: Sendable, Hashable {
        public var line: Int
        public var column: Int

        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
    }

    /// The first syntax error of a text, with its position and a message in both languages.
    public struct SyntaxError: Error, Sendable {
        public var position: Position
        public var message: LocalizedText
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0
    private let recordsPositions: Bool
    /// Where each value starts, by path ("history/2/at"); filled when asked for.
    public private(set) var positions: [String: Position] = [:]

    public init(bytes: [UInt8], recordingPositions: Bool = false) {
        self.bytes = bytes
        recordsPositions = recordingPositions
    }

    /// Parses `bytes` as one JSON document.
    public static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        return try parser.parseDocument()
    }

    public mutating func parseDocument() throws -> JSONValue {
        skipSpace()
        let value = try parseValue(path: "")
        skipSpace()
        if index < bytes.count { throw error("unexpected text after the end of the JSON value", "còn nội dung thừa sau khi giá trị JSON đã kết thúc") }
        return value
    }

    private var position: Position { Position(line: line, column: index - lineStart + 1) }

    private func error(_ en: String, _ vi: String) -> SyntaxError {
        SyntaxError(position: position, message: LocalizedText(vi: vi, en: en))
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A: index += 1; line += 1; lineStart = index
            default: return
            }
        }
    }

    private mutating func parseValue(path: String) throws -> JSONValue {
        guard index < bytes.count else { throw error("the file ends in the middle of a value", "tệp kết thúc giữa chừng một giá trị") }
        if recordsPositions { positions[path] = position }
        switch bytes[index] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            depth += 1
            defer { depth -= 1 }
            if depth > JSONLimits.maximumDepth { throw SyntaxError(position: position, message: JSONLimits.tooDeep) }
            return bytes[index] == UInt8(ascii: "{") ? try parseObject(path: path) : try parseArray(path: path)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default:
            let shown = String(decoding: [bytes[index]], as: UTF8.self)
            throw error("unexpected character «\(shown)»", "ký tự không hợp lệ «\(shown)»")
        }
    }

    private func child(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path)/\(key)" }

    private mutating func parseObject(path: String) throws -> JSONValue {
        index += 1
        var object: [String: JSONValue] = [:]
        skipSpace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") { index += 1; return .object(object) }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a key in quotes", "cần một khóa đặt trong dấu ngoặc kép") }
            let key = try parseString()
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected «:» after the key «\(key)»", "cần «:» sau khóa «\(key)»") }
            index += 1
            skipSpace()
            object[key] = try parseValue(path: child(path, key))
            skipSpace()
            guard index < bytes.count else { throw error("the file ends inside an object (missing «}»)", "tệp kết thúc khi đối tượng chưa đóng (thiếu «}»)") }
            if bytes[index] == UInt8(ascii: ",") { try countElement(object.count); continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(object) }
            throw error("expected «,» or «}»", "cần «,» hoặc «}»")
        }
    }

    private mutating func parseArray(path: String) throws -> JSONValue {
        index += 1
        var array: [JSONValue] = []
        skipSpace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") { index += 1; return .array(array) }
        while true {
            skipSpace()
            array.append(try parseValue(path: child(path, String(array.count))))
            skipSpace()
            guard index < bytes.count else { throw error("the file ends inside a list (missing «]»)", "tệp kết thúc khi danh sách chưa đóng (thiếu «]»)") }
            if bytes[index] == UInt8(ascii: ",") { try countElement(array.count); continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(array) }
            throw error("expected «,» or «]»", "cần «,» hoặc «]»")
        }
    }

    /// Steps over the comma after the `count`th element, refusing one element too many.
    private mutating func countElement(_ count: Int) throws {
        if count >= JSONLimits.maximumElements { throw SyntaxError(position: position, message: JSONLimits.tooManyElements) }
        index += 1
    }

    private mutating func parseString() throws -> String {
        let start = position
        let startIndex = index
        index += 1
        var scalars = String.UnicodeScalarView()
        var runStart = index
        func flush(_ end: Int) { scalars.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars) }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                if index - startIndex - 1 > JSONLimits.maximumTextBytes { throw SyntaxError(position: start, message: JSONLimits.textTooLong) }
                flush(index)
                index += 1
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush(index)
                scalars.append(try parseEscape())
                runStart = index
            case 0x0A: throw error("a line break inside a text (missing closing «\"»)", "xuống dòng bên trong chuỗi (thiếu «\"» đóng)")
            case 0x00..<0x20: throw error("a control character inside a text", "ký tự điều khiển bên trong chuỗi")
            default: index += 1
            }
        }
        throw error("the file ends inside a text (missing closing «\"»)", "tệp kết thúc bên trong chuỗi (thiếu «\"» đóng)")
    }

    private mutating func parseEscape() throws -> Unicode.Scalar {
        index += 1
        guard index < bytes.count else { throw error("the file ends inside an escape", "tệp kết thúc giữa chuỗi thoát") }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let escape = Position(line: line, column: index - lineStart - 1)
            let code = try hex4()
            switch code {
            case 0xD800..<0xDC00:
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw SyntaxError(position: escape, message: JSONLimits.loneSurrogate)
                }
                index += 2
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw SyntaxError(position: escape, message: JSONLimits.loneSurrogate) }
                return Unicode.Scalar(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
            case 0xDC00..<0xE000:
                throw SyntaxError(position: escape, message: JSONLimits.loneSurrogate)
            default:
                return Unicode.Scalar(code) ?? "\u{FFFD}"
            }
        default: throw error("unknown escape «\\\(String(decoding: [byte], as: UTF8.self))»", "chuỗi thoát không hợp lệ")
        }
    }

    private mutating func hex4() throws -> UInt32 {
        guard let value = bytes.withUnsafeBufferPointer({ JSONLimits.hex4($0, at: index) }) else {
            throw error("expected four hexadecimal digits after \\u", "cần bốn chữ số thập lục phân sau \\u")
        }
        index += 4
        return value
    }

    private mutating func literal(_ word: String) throws {
        let expected = Array(word.utf8)
        let count = expected.count
        guard index + count <= bytes.count, bytes[index..<index + count].elementsEqual(expected) else {
            throw error("unexpected word (expected «\(word)»)", "từ không hợp lệ (cần «\(word)»)")
        }
        index += count
    }

    private mutating func parseNumber() throws -> Double {
        let start = position
        let startIndex = index
        index = bytes.withUnsafeBufferPointer { JSONLimits.numberEnd($0, from: startIndex) }
        guard let value = Double(String(decoding: bytes[startIndex..<index], as: UTF8.self)) else {
            throw SyntaxError(position: start, message: LocalizedText(vi: "không phải là số", en: "not a number"))
        }
        guard JSONLimits.isAcceptable(value) else { throw SyntaxError(position: start, message: JSONLimits.numberOutOfRange) }
        return value
    }
}

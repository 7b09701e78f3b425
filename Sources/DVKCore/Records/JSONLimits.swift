/// The limits every JSON reader of dvk enforces — record files, configuration files, journal
/// lines and `--set` values — and `check`, the one cheap pass that enforces them before any
/// decoder sees the bytes, so that no file can trap, overflow the stack or hang the others.
///
/// `check` is a single loop over the bytes, without recursion: it counts nesting outside texts,
/// counts the elements of each open array or object, measures texts, validates `\u` escapes
/// (a high surrogate must be followed by a low one) and the range of every number. It does not
/// check the grammar: that is the decoder's work, which it can then do safely. `JSONParser`
/// enforces the same limits itself. The size of a whole document is limited where files are read.
public enum JSONLimits {
    /// Deepest nesting of arrays and objects. A model record nests 4 deep and `workflow.json` 5.
    public static let maximumDepth = 64
    /// Most elements in one array, or members in one object.
    public static let maximumElements = 100_000
    /// Longest text value, in UTF-8 bytes (1 MiB).
    public static let maximumTextBytes = 1 << 20
    /// Largest magnitude of a number: 2^53, the last integer up to which a `Double` holds every
    /// integer, so any number read can become an `Int` and be added to without overflowing.
    public static let maximumMagnitude: Double = 9_007_199_254_740_992

    /// Whether a number read from JSON is within range: finite, magnitude at most 2^53.
    public static func isAcceptable(_ number: Double) -> Bool {
        number.isFinite && number.magnitude <= maximumMagnitude
    }

    /// Throws `JSONParser.SyntaxError` at the first place `bytes` exceed a limit.
    public static func check(_ bytes: [UInt8]) throws {
        let failure = bytes.withUnsafeBufferPointer { scan($0) }
        if let failure {
            throw JSONParser.SyntaxError(position: position(of: failure.offset, in: bytes), message: failure.message)
        }
    }

    /// The `line:column` (1-based, column in bytes) of a byte offset.
    static func position(of offset: Int, in bytes: [UInt8]) -> JSONParser.Position {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return JSONParser.Position(line: line, column: offset - lineStart + 1)
    }

    // MARK: Messages, shared with JSONParser

    static let tooDeep = LocalizedText(
        vi: "lồng nhau quá sâu (quá \(maximumDepth) tầng danh sách/đối tượng)",
        en: "nested too deeply (more than \(maximumDepth) levels of lists/objects)")
    static let tooManyElements = LocalizedText(
        vi: "quá nhiều phần tử trong một danh sách/đối tượng (tối đa \(maximumElements))",
        en: "too many elements in one list/object (at most \(maximumElements))")
    static let textTooLong = LocalizedText(
        vi: "chuỗi quá dài (tối đa \(maximumTextBytes) byte)", en: "text too long (at most \(maximumTextBytes) bytes)")
    static let loneSurrogate = LocalizedText(
        vi: "chuỗi thoát \\u không hợp lệ: nửa cặp thay thế (surrogate) đứng một mình",
        en: "invalid \\u escape: a lone surrogate (half of a UTF-16 pair)")
    static let numberOutOfRange = LocalizedText(
        vi: "số vượt quá giới hạn (tối đa ±9007199254740992, tức 2^53)",
        en: "number out of range (at most ±9007199254740992, that is 2^53)")

    // MARK: The scan

    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, message: LocalizedText)? {
        let count = bytes.count
        var elements = [Int](repeating: 0, count: maximumDepth + 1)
        var depth = 0
        var index = 0
        while index < count {
            let byte = bytes[index]
            switch byte {
            case quote:
                let start = index
                index += 1
                while index < count {
                    let inner = bytes[index]
                    if inner == quote { break }
                    if inner == backslash {
                        if index + 1 < count && bytes[index + 1] == UInt8(ascii: "u") {
                            guard let next = unicodeEscapeEnd(bytes, at: index) else { return (index, loneSurrogate) }
                            index = next
                        } else {
                            index += 2
                        }
                        continue
                    }
                    index += 1
                }
                if index - start - 1 > maximumTextBytes { return (start, textTooLong) }
                index += 1
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > maximumDepth { return (index, tooDeep) }
                elements[depth] = 0
                index += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if depth > 0 { depth -= 1 }
                index += 1
            case UInt8(ascii: ","):
                elements[depth] += 1
                if elements[depth] >= maximumElements { return (index, tooManyElements) }
                index += 1
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                let start = index
                index = numberEnd(bytes, from: start)
                if !numberInRange(bytes, start, index) { return (start, numberOutOfRange) }
            default:
                index += 1
            }
        }
        return nil
    }

    /// The offset after the `\uXXXX` escape at `index` (after both halves of a surrogate pair);
    /// nil for a lone surrogate. Escapes that are not four hexadecimal digits are left to the
    /// grammar (skipped over).
    private static func unicodeEscapeEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        guard let code = hex4(bytes, at: index + 2) else { return index + 2 }
        switch code {
        case 0xD800..<0xDC00:
            guard index + 7 < bytes.count, bytes[index + 6] == backslash, bytes[index + 7] == UInt8(ascii: "u"),
                  let low = hex4(bytes, at: index + 8), (0xDC00..<0xE000).contains(low) else { return nil }
            return index + 12
        case 0xDC00..<0xE000: return nil
        default: return index + 6
        }
    }

    /// The four hexadecimal digits at `index` as a number; nil if they are not there.
    static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
        guard index >= 0, index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = bytes[index + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// The end of the number token starting at `start` (its characters, not its grammar).
    static func numberEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
                 UInt8(ascii: "e"), UInt8(ascii: "E"):
                index += 1
            default:
                return index
            }
        }
        return index
    }

    /// Whether the number token `start..<end` is within range. Without an exponent and with at
    /// most 15 digits before the point it is (below 10^15): the common case costs no conversion.
    /// A token that is not a number is left to the grammar.
    private static func numberInRange(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var integerDigits = 0
        var fraction = false
        for index in start..<end {
            switch bytes[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): if !fraction { integerDigits += 1 }
            case UInt8(ascii: "."): fraction = true
            case UInt8(ascii: "-"): continue
            default: return slowNumberInRange(bytes, start, end)
            }
        }
        return integerDigits <= 15 || slowNumberInRange(bytes, start, end)
    }

    private static func slowNumberInRange(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard let value = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) else { return true }
        return isAcceptable(value)
    }
}

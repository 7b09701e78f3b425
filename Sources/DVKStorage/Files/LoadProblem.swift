import DVKCore

/// A problem with one file on load, reported as `path:line:column: what is wrong`.
public struct LoadProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    public var message: LocalizedText

    public init(path: String, line: Int, column: Int, message: LocalizedText) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:column: message` in `language`.
    public func text(_ language: Language) -> String { "\(path):\(line):\(column): \(message.text(language))" }

    public var description: String { text(.en) }
}

extension LoadProblem {
    /// A syntax error or exceeded `JSONLimits`, where it was found.
    static func syntax(_ error: JSONParser.SyntaxError, path: String) -> LoadProblem {
        LoadProblem(path: path, line: error.position.line, column: error.position.column, message: error.message)
    }

    /// Turns a decoding failure of `bytes` (read from `path`) into a positioned problem: a
    /// syntax error where the text breaks, a type error at the value it concerns.
    static func from(_ error: Error, bytes: [UInt8], path: String) -> LoadProblem {
        if let syntax = error as? JSONParser.SyntaxError { return .syntax(syntax, path: path) }
        var locator = JSONParser(bytes: bytes, recordingPositions: true)
        do {
            _ = try locator.parseDocument()
        } catch let syntax as JSONParser.SyntaxError {
            return .syntax(syntax, path: path)
        } catch {}
        guard let decoding = error as? DecodingError else {
            return LoadProblem(path: path, line: 1, column: 1, message: LocalizedText(vi: "\(error)", en: "\(error)"))
        }
        let (codingPath, message) = describe(decoding)
        return located(codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }, message, in: locator.positions, path: path)
    }

    /// A problem with the value at `keys` of the valid JSON `bytes`, positioned where it starts.
    static func at(_ keys: [String], _ message: LocalizedText, bytes: [UInt8], path: String) -> LoadProblem {
        var locator = JSONParser(bytes: bytes, recordingPositions: true)
        _ = try? locator.parseDocument()
        return located(keys, message, in: locator.positions, path: path)
    }

    /// The problem placed at the deepest of `keys` that exists in the text (a missing key points
    /// at its parent object), its message prefixed with the dotted key path.
    private static func located(_ keys: [String], _ message: LocalizedText, in positions: [String: JSONParser.Position],
                                path: String) -> LoadProblem {
        var probe = keys
        while !probe.isEmpty && positions[probe.joined(separator: "/")] == nil { probe.removeLast() }
        let position = positions[probe.joined(separator: "/")] ?? JSONParser.Position(line: 1, column: 1)
        let prefix = keys.isEmpty ? "" : "\(keys.joined(separator: ".")): "
        return LoadProblem(path: path, line: position.line, column: position.column,
                           message: LocalizedText(vi: prefix + message.vi, en: prefix + message.en))
    }

    private static func describe(_ error: DecodingError) -> ([CodingKey], LocalizedText) {
        switch error {
        case .typeMismatch(let type, let context):
            let name = typeName(type)
            return (context.codingPath, LocalizedText(vi: "sai kiểu dữ liệu: cần \(name.vi)", en: "expected \(name.en)"))
        case .valueNotFound(let type, let context):
            let name = typeName(type)
            return (context.codingPath, LocalizedText(vi: "thiếu giá trị (cần \(name.vi))", en: "missing value (expected \(name.en))"))
        case .keyNotFound(let key, let context):
            return (context.codingPath + [key], LocalizedText(vi: "thiếu khóa bắt buộc «\(key.stringValue)»",
                                                               en: "required key «\(key.stringValue)» is missing"))
        case .dataCorrupted(let context):
            return (context.codingPath, LocalizedText(vi: "giá trị không hợp lệ: \(context.debugDescription)", en: context.debugDescription))
        @unknown default:
            return ([], LocalizedText(vi: "\(error)", en: "\(error)"))
        }
    }

    private static func typeName(_ type: Any.Type) -> LocalizedText {
        switch type {
        case is String.Type: return LocalizedText(vi: "chuỗi ký tự", en: "a text")
        case is Int.Type, is Int64.Type, is Double.Type: return LocalizedText(vi: "một số", en: "a number")
        case is Bool.Type: return LocalizedText(vi: "true hoặc false", en: "true or false")
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return LocalizedText(vi: "một danh sách", en: "a list") }
            if name.hasPrefix("Dictionary") { return LocalizedText(vi: "một đối tượng", en: "an object") }
            return LocalizedText(vi: name, en: name)
        }
    }
}

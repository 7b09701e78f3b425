import Foundation

/// A JSON value, used to read and write record keys by name (`edit --set KEY=VALUE`, the
/// `requiredFields` guard) without a hand-written switch over every field.
public enum JSONValue: Sendable, Hashable, Codable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .number(let n):
            if n.rounded() == n, abs(n) < 9e15 { try c.encode(Int64(n)) } else { try c.encode(n) }
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }

    /// The value of any Encodable, as JSON.
    public init<T: Encodable>(encoding value: T) throws {
        self = try JSONParser.parse(Array(try JSONEncoder().encode(value)))
    }

    /// Decodes this value as `T`.
    public func decode<T: Decodable>(as type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: JSONEncoder().encode(self))
    }

    /// The value at a dotted path (`personInCharge.name`); nil when a step is missing.
    public func value(at path: String) -> JSONValue? {
        var current: JSONValue? = self
        for key in path.split(separator: ".") {
            guard case .object(let object)? = current else { return nil }
            current = object[String(key)]
        }
        return current
    }

    /// A copy with the value at a dotted path replaced, creating objects on the way.
    public func setting(_ path: [String], to newValue: JSONValue) -> JSONValue {
        guard let first = path.first else { return newValue }
        var object: [String: JSONValue] = [:]
        if case .object(let existing) = self { object = existing }
        object[first] = (object[first] ?? .null).setting(Array(path.dropFirst()), to: newValue)
        return .object(object)
    }

    /// Equality that compares texts scalar by scalar (NFC and NFD differ here).
    public func scalarsEqual(_ other: JSONValue) -> Bool {
        switch (self, other) {
        case (.string(let a), .string(let b)): return Array(a.unicodeScalars) == Array(b.unicodeScalars)
        case (.array(let a), .array(let b)): return a.count == b.count && zip(a, b).allSatisfy { $0.scalarsEqual($1) }
        case (.object(let a), .object(let b)):
            return a.count == b.count && a.allSatisfy { key, value in b[key].map(value.scalarsEqual) ?? false }
        default: return self == other
        }
    }

    /// Whether the value counts as filled in: not null, not blank text, not an empty array or object.
    public var isFilled: Bool {
        switch self {
        case .null: return false
        case .string(let s): return !s.trimmingSpaces.isEmpty
        case .array(let a): return !a.isEmpty
        case .object(let o): return !o.isEmpty
        case .bool, .number: return true
        }
    }
}

import DVKCore

/// Fills `{key}` placeholders of a vocabulary template; unknown keys stay as written. The result
/// is cleaned the way every stored field is (NFC, no surrounding spaces).
enum Template {
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                rest = rest[open...]
                break
            }
            let key = String(rest[rest.index(after: open)..<close])
            result += values[key] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return VietnameseText.cleanField(result)
    }
}

extension String {
    /// The text with its first letter in lower case ("Xã Kim Bình" → "xã Kim Bình"), for names
    /// written inside a sentence or an address.
    var lowercasedFirst: String {
        guard let first = first else { return self }
        return first.lowercased() + dropFirst()
    }
}

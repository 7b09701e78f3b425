import DVKCore

/// Sheet names as Excel accepts them: without the characters it forbids (`[ ] : * ? / \` and the
/// apostrophe, which may not start or end a name, are replaced by "-"), at most 31 characters,
/// never empty, and unique regardless of case (a repeated name gets " (2)", " (3)"…).
enum XlsxSheetNames {
    static let maxLength = 31

    static func unique(_ wanted: [String]) -> [String] {
        var taken: Set<String> = []
        var names: [String] = []
        for (index, name) in wanted.enumerated() {
            let base = cleaned(name, fallback: "Sheet\(index + 1)")
            var candidate = base
            var number = 2
            while taken.contains(candidate.lowercased()) {
                let suffix = " (\(number))"
                candidate = String(base.prefix(maxLength - suffix.count)) + suffix
                number += 1
            }
            taken.insert(candidate.lowercased())
            names.append(candidate)
        }
        return names
    }

    static func cleaned(_ name: String, fallback: String) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\", "'"]
        let replaced = XMLText.clean(name).filter { !$0.isNewline && $0 != "\t" }.map { forbidden.contains($0) ? "-" : $0 }
        let trimmed = String(String(replaced).trimmingSpaces.prefix(maxLength)).trimmingSpaces
        return trimmed.isEmpty ? fallback : trimmed
    }

    /// The name as a formula writes it: 'Danh mục'.
    static func quoted(_ name: String) -> String {
        "'" + name + "'"
    }
}

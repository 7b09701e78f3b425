import DVKCore

/// Why a file could not be read as a table at all (before any row is looked at), in words for
/// the user in both languages, naming the file and, where known, the part, row or byte.
public struct SourceError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var message: LocalizedText

    public init(file: String, vi: String, en: String) {
        self.file = file
        message = LocalizedText(vi: vi, en: en)
    }

    public func text(_ language: Language) -> String {
        file.isEmpty ? message.text(language) : "\(file): \(message.text(language))"
    }

    public var description: String { text(.en) }
}

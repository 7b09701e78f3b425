/// A language the user interface speaks: Vietnamese by default, English on request.
public enum Language: String, Sendable, Codable, CaseIterable {
    case vi
    case en

    /// Chooses the language from an explicit choice, then `DVK_LANG`, then the POSIX locale
    /// variables; anything that is not clearly English (C, POSIX, unset) gives Vietnamese.
    public static func detect(explicit: String?, environment: [String: String]) -> Language {
        if let explicit, let language = Language(code: explicit) { return language }
        if let value = environment["DVK_LANG"], let language = Language(code: value) { return language }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .vi
        }
        return .vi
    }

    /// Parses "vi", "en", "vi_VN.UTF-8", "en-US"…; nil for anything else.
    public init?(code: String) {
        let lower = code.lowercased()
        if lower.hasPrefix("vi") { self = .vi } else if lower.hasPrefix("en") { self = .en } else { return nil }
    }
}

/// A text given in both UI languages, as the config files write it: `{"vi": "…", "en": "…"}`.
public struct LocalizedText: Sendable, Codable, Hashable {
    public var vi: String
    public var en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    /// The text in `language`, falling back to Vietnamese when the English one is empty.
    public func text(_ language: Language) -> String {
        switch language {
        case .vi: return vi
        case .en: return en.isEmpty ? vi : en
        }
    }
}

import DVKCore

/// One column dvk reads from an imported sheet (and writes in an export or a template): its
/// stable key (the English header, `person_in_charge`), its Vietnamese and English headers, the
/// other headers registers use for it, whether a row needs it, and what its cells hold.
public struct ImportColumn: Sendable, Hashable {
    /// What a column's cells hold, and so how they are read.
    public enum Value: Sendable, Hashable {
        /// One line of text (names, phones…).
        case line
        /// Text that may span lines (objectives, solutions…).
        case text
        case year
        case wholeNumber
        case number
        case amount
        case date
        case yesNo
        /// An id of a configured list, typed as its id, label or alias.
        case list(ListName)
        /// A workflow state, typed as its id or label.
        case state
        /// Several values separated by `;` (places).
        case several
    }

    public var key: String
    public var label: LocalizedText
    public var aliases: [String]
    public var required: Bool
    public var value: Value
    /// Every header that names this column, as match keys (no case, marks, spaces or punctuation).
    let headerKeys: Set<String>

    public init(_ key: String, _ vi: String, _ en: String, _ value: Value, required: Bool = false, aliases: [String] = []) {
        self.key = key
        label = LocalizedText(vi: vi, en: en)
        self.aliases = aliases
        self.required = required
        self.value = value
        headerKeys = Set(([key, vi, en] + aliases).map(VietnameseText.matchKey))
    }

    /// The header an export or a template writes: "Lĩnh vực (field)" — the user's words and the
    /// stable key, both of which the import reads back.
    public var exportHeader: String { "\(label.vi) (\(key))" }
}

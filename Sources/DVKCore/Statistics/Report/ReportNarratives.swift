/// The sections of a report the committee writes itself, as read from the data directory's
/// `reports/<period>/` folder: the text of each narrative id found (NFC, trimmed), and the
/// folder's name as the user sees it, for the placeholders of those not found.
public struct ReportNarratives: Sendable, Hashable {
    /// "reports/2025": where the files are looked for, relative to the data directory.
    public var folder: String
    /// Text by narrative id (`leadership` for `leadership.txt`); absent ids are missing.
    public var texts: [String: String]

    public init(folder: String, texts: [String: String] = [:]) {
        self.folder = folder
        self.texts = texts
    }

    /// The text of `id`, nil when its file is missing or empty.
    public func text(_ id: String) -> String? {
        texts[id].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The recipients file's name: its lines replace the templates' "Nơi nhận".
    public static let recipients = "recipients"
}

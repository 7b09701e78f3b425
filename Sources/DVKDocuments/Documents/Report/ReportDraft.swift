import DVKCore

/// The draft of a committee's report (half-year, year-end or phase) as data: the letterhead with
/// the report's number left blank, "BÁO CÁO" and its title, the opening, the numbered sections
/// with computed figures and the committee's own text (or marked placeholders), "Nơi nhận" and
/// the signature, then the annexes. Built by ``ReportDraftBuilder``; laid out by ``layout()``.
public struct ReportDraft: Sendable {
    public var period: ReportPeriod
    public var issuer: IssuerHeading
    /// The report's number left blank ("      -BC/BCĐ"); the letterhead writes "Số" before it.
    public var number: String
    public var placeAndDate: String
    /// "BÁO CÁO".
    public var documentKind: String
    public var title: String
    /// "(Dự thảo)".
    public var draftMark: String
    public var opening: String
    public var sections: [ReportSection]
    /// The "Nơi nhận" lines, without their leading dash.
    public var recipients: [String]
    public var signatureLines: [String]
    public var signerName: String
    public var annexes: [Annex]
    /// The narrative files not found, relative to the data directory ("reports/2025/tasks.txt").
    public var missingNarratives: [String]
}

/// One numbered section of a report: its heading and paragraphs.
public struct ReportSection: Sendable, Hashable {
    public var heading: String
    public var paragraphs: [ReportParagraph]
}

/// One paragraph of a report section and what it is, which decides how it prints.
public struct ReportParagraph: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A numbered sub-heading ("1. Ưu điểm").
        case subheading
        /// Running text, justified with the first line indented.
        case body
        /// A marked gap the committee still has to write (italic).
        case placeholder
    }

    public var text: String
    public var kind: Kind

    public init(_ text: String, _ kind: Kind = .body) {
        self.text = text
        self.kind = kind
    }
}

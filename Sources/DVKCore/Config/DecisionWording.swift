/// The wording of an award decision ("Quyết định khen thưởng"), kept in `config/decision.json`
/// so that a committee words its decisions as its province does without touching code. The
/// texts may hold placeholders, filled from the decision: `{form}` (the award form, "Giấy
/// khen"), `{recipients}` ("10 tập thể và 8 cá nhân"), `{year}`, `{reason}` (the decision's own
/// reason, or `defaultReason`) and `{body}` (the issuing body in running text).
public struct DecisionWording: Sendable, Codable, Hashable {
    public var schemaVersion: Int
    /// The line under "QUYẾT ĐỊNH": "Về việc khen thưởng … năm {year}".
    public var subject: String
    /// The sentence after the legal bases: "Xét đề nghị của …".
    public var considering: String
    /// What `{reason}` says when the decision has none of its own.
    public var defaultReason: String
    /// "Điều 1.", "Điều 2.", … in order.
    public var articles: [String]
    /// The "Nơi nhận:" lines.
    public var recipientsOfCopies: [String]

    public init(schemaVersion: Int = 1, subject: String, considering: String, defaultReason: String, articles: [String],
                recipientsOfCopies: [String]) {
        self.schemaVersion = schemaVersion
        self.subject = subject
        self.considering = considering
        self.defaultReason = defaultReason
        self.articles = articles
        self.recipientsOfCopies = recipientsOfCopies
    }

    /// `template` with each `{name}` replaced by its value; an unknown placeholder stays as typed,
    /// for the reader to see what the file asks for.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = template
        for (name, value) in values { out = out.replacingOccurrences(of: "{\(name)}", with: value) }
        return out
    }

    /// The longest text and the most placeholders one text may hold: a decision is a page, and
    /// a file repeating `{reason}` thousands of times must not print megabytes.
    static let textLimit = 2_000
    static let placeholderLimit = 8

    /// Mistakes in the file: no article, a blank subject, a text too long or with too many placeholders.
    public func problems() -> [String] {
        var problems: [String] = []
        if subject.trimmingSpaces.isEmpty { problems.append("decision: no subject") }
        if articles.allSatisfy({ $0.trimmingSpaces.isEmpty }) { problems.append("decision: no article") }
        for text in [subject, considering, defaultReason] + articles + recipientsOfCopies {
            let placeholders = text.split(separator: "{", omittingEmptySubsequences: false).count - 1
            if text.count > DecisionWording.textLimit || placeholders > DecisionWording.placeholderLimit {
                problems.append("decision: a text is longer than \(DecisionWording.textLimit) characters or has more than \(DecisionWording.placeholderLimit) placeholders: «\(text.prefix(40))…»")
            }
        }
        return problems
    }
}

import Foundation

/// The wording of the committee's report (`config/report-templates.json`): the fixed phrases and
/// paragraph templates in Vietnamese and English, the sections in order with what each part
/// holds (figures computed by dvk, or a narrative the committee writes in `reports/<period>/`),
/// and the default recipients ("Nơi nhận"). A province changes the wording here, not in code.
///
/// Templates name their values in braces ("{registered_collective}"); ``fill(_:_:_:)`` puts
/// them in. ``problems()`` lists what the report cannot be written with.
public struct ReportTemplates: Sendable, Codable {
    /// One numbered section of the report ("III. KẾT QUẢ THỰC HIỆN") and its parts in order.
    public struct Section: Sendable, Codable, Hashable {
        public var heading: LocalizedText
        public var parts: [Part]
    }

    /// One part of a section: an optional sub-heading, then either computed figures (one of
    /// ``ReportTemplates/figureParts``) or a narrative, read from `reports/<period>/<id>.txt`.
    /// A missing narrative prints a marked placeholder unless the part is `optional`.
    public struct Part: Sendable, Codable, Hashable {
        public var heading: LocalizedText?
        public var figures: String?
        public var narrative: String?
        public var optional: Bool

        enum CodingKeys: String, CodingKey { case heading, figures, narrative, optional }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            heading = try c.decodeIfPresent(LocalizedText.self, forKey: .heading)
            figures = try c.decodeIfPresent(String.self, forKey: .figures)
            narrative = try c.decodeIfPresent(String.self, forKey: .narrative)
            optional = try c.decode(.optional, or: false)
        }
    }

    public var schemaVersion: Int
    /// How many outstanding models the text names per field (the rest are counted).
    public var outstandingPerField: Int
    /// Fixed phrases and paragraph templates by key (see ``requiredTexts``).
    public var texts: [String: LocalizedText]
    public var sections: [Section]
    /// The default "Nơi nhận" lines (without the leading dash the document adds);
    /// `reports/<period>/recipients.txt` replaces them.
    public var recipients: [LocalizedText]

    /// The figure parts dvk computes.
    public static let figureParts = ["registration", "byField", "bySubject", "inspections", "recognition", "awards", "replication",
                                     "outstanding"]

    /// The text keys the report needs.
    public static let requiredTexts = [
        "documentKind", "draftMark", "period.half-year", "period.year-end", "period.phase", "title",
        "opening", "openingWithBases", "noData", "comparison", "increase", "decrease", "unchanged",
        "registration", "registrationNone", "byFieldIntro", "byFieldLine", "bySubject", "inspectionsIntro", "inspectionsLine",
        "inspectionsNone", "recognitionIntro", "recognitionLine", "recognitionNone", "awardsIntro", "awardsLine", "awardsNone",
        "replication", "replicationNone", "outstandingIntro", "outstandingField", "outstandingLine", "outstandingLineNoResult",
        "outstandingUnit", "outstandingMore", "outstandingNone", "placeholder", "annexLabel", "attachedTo",
    ]

    /// A narrative id is its file's name without `.txt`: lower-case ASCII letters, digits, `-`
    /// and `_`, at most 40.
    public static func isNarrativeID(_ id: String) -> Bool {
        (1...40).contains(id.utf8.count) && id.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == 45 || $0 == 95 }
    }

    /// The narrative ids the sections name, in order, each once.
    public var narrativeIDs: [String] {
        var ids: [String] = []
        for part in sections.flatMap(\.parts) {
            if let id = part.narrative, !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    /// What is wrong: a missing text, a part with no content or two, an unknown figure part, a
    /// narrative id that is no safe file name, a count out of range.
    public func problems() -> [String] {
        var problems = ReportTemplates.requiredTexts.filter { texts[$0] == nil }.map { "report-templates: missing text '\($0)'" }
        if !(0...100).contains(outstandingPerField) { problems.append("report-templates: outstandingPerField must be 0…100") }
        if sections.isEmpty { problems.append("report-templates: no sections") }
        for (s, section) in sections.enumerated() {
            for (p, part) in section.parts.enumerated() {
                let place = "report-templates: section \(s + 1) part \(p + 1)"
                if (part.figures == nil) == (part.narrative == nil) { problems.append("\(place): give either figures or narrative") }
                if let figures = part.figures, !ReportTemplates.figureParts.contains(figures) {
                    problems.append("\(place): unknown figures '\(figures)' (known: \(ReportTemplates.figureParts.joined(separator: ", ")))")
                }
                if let id = part.narrative, !ReportTemplates.isNarrativeID(id) || id == "recipients" {
                    problems.append("\(place): narrative '\(id)' must be a-z, 0-9, - or _ (not 'recipients')")
                }
            }
        }
        return problems
    }

    /// The text `key` in `language` with every "{name}" of `values` put in; an unknown key gives
    /// the key itself (``problems()`` reports it first).
    public func fill(_ key: String, _ language: Language, _ values: [String: String] = [:]) -> String {
        var text = texts[key]?.text(language) ?? key
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }
}

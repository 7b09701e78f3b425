/// The legal bases ("căn cứ") documents cite, kept in `config/legal-bases.json` with the days
/// they apply from and until, so that a document cites the texts in force on its own date: a 2023
/// decision the Law of 2003 and Nghị định 91/2017, a 2024 one the Law of 2022 and Nghị định
/// 98/2023, one of late 2025 Nghị định 152/2025. When a decree is replaced, a committee adds a line;
/// nothing in the code changes.
public struct LegalBases: Sendable, Codable, Hashable {
    /// One cited text.
    public struct Basis: Sendable, Codable, Hashable {
        public var id: String
        /// The text as cited after "Căn cứ ": "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022".
        public var citation: String
        /// The first day it applies (its entry into force).
        public var from: Day
        /// The last day it applies; nil while in force.
        public var until: Day?
        /// The letterhead layouts whose documents cite it (`state`, `party`); empty: both.
        public var layouts: [String]
        /// The documents that cite it (`decision`, `report`); empty: every document that cites bases.
        public var documents: [String]
        /// Where the citation was checked, or what is still to check (not printed).
        public var note: String

        enum CodingKeys: String, CodingKey { case id, citation, from, until, layouts, documents, note }

        public init(id: String, citation: String, from: Day, until: Day? = nil, layouts: [String] = [], documents: [String] = [],
                    note: String = "") {
            self.id = id
            self.citation = citation
            self.from = from
            self.until = until
            self.layouts = layouts
            self.documents = documents
            self.note = note
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            citation = try c.decode(String.self, forKey: .citation)
            from = try c.decode(Day.self, forKey: .from)
            until = try c.decodeIfPresent(Day.self, forKey: .until)
            layouts = try c.decode(.layouts, or: [])
            documents = try c.decode(.documents, or: [])
            note = try c.decode(.note, or: "")
        }

        /// Whether the text applies on `day`.
        public func applies(on day: Day) -> Bool { from <= day && until.map { day <= $0 } ?? true }
    }

    public var schemaVersion: Int
    public var bases: [Basis]

    public init(schemaVersion: Int = 1, bases: [Basis] = []) {
        self.schemaVersion = schemaVersion
        self.bases = bases
    }

    /// What a `document` in `layout` dated `day` cites, in the file's order (laws before decrees,
    /// as the committee wrote them).
    public func cited(on day: Day, layout: String, document: String) -> [Basis] {
        bases.filter { basis in
            basis.applies(on: day) && (basis.layouts.isEmpty || basis.layouts.contains(layout))
                && (basis.documents.isEmpty || basis.documents.contains(document))
        }
    }

    /// Mistakes a committee can make in the file: a blank citation, an id used twice, a text that
    /// ends before it starts.
    public func problems() -> [String] {
        var problems: [String] = []
        var seen: Set<String> = []
        for basis in bases {
            if basis.citation.trimmingSpaces.isEmpty { problems.append("legal-bases: '\(basis.id)' has no citation") }
            if !seen.insert(basis.id).inserted { problems.append("legal-bases: id '\(basis.id)' is used twice") }
            if let until = basis.until, until < basis.from {
                problems.append("legal-bases: '\(basis.id)' ends (\(until)) before it starts (\(basis.from))")
            }
            for layout in basis.layouts where !["state", "party"].contains(layout) {
                problems.append("legal-bases: '\(basis.id)' names layout '\(layout)' (expected state or party)")
            }
        }
        return problems
    }
}

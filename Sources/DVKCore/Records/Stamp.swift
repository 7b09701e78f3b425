/// Who did something and when: the created/updated bookkeeping of every record.
public struct Stamp: Sendable, Hashable, Codable {
    public var at: Timestamp
    public var by: String
    /// The office code of the data directory that saved (`dvk sync setup --office`); nil, and
    /// absent from the JSON, in a directory that does not sync.
    public var office: String?

    public init(at: Timestamp, by: String, office: String? = nil) {
        self.at = at
        self.by = by
        self.office = office
    }
}

/// One workflow transition as recorded in a model's history: from, to, when, who, why.
public struct HistoryEntry: Sendable, Hashable, Codable {
    public var from: String
    public var to: String
    public var at: Timestamp
    public var by: String
    public var note: String
    /// The transition that was fired (its id in the workflow file).
    public var transition: String

    public init(from: String, to: String, at: Timestamp, by: String, note: String, transition: String) {
        self.from = from
        self.to = to
        self.at = at
        self.by = by
        self.note = note
        self.transition = transition
    }

    enum CodingKeys: String, CodingKey { case from, to, at, by, note, transition }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        from = try c.decode(String.self, forKey: .from)
        to = try c.decode(String.self, forKey: .to)
        at = try c.decode(Timestamp.self, forKey: .at)
        by = try c.decode(String.self, forKey: .by)
        note = try c.decode(.note, or: "")
        transition = try c.decode(.transition, or: "")
    }
}

/// An inspection round (đợt kiểm tra): when, by which level and body, who went, which units and
/// models were visited, and the findings per model. Repeatable; never a workflow state.
public struct InspectionRound: Sendable, Hashable, Codable, Identifiable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var id: String
    public var revision: Int
    public var date: Day
    /// An id from the `levels` list: the inspecting level.
    public var level: String
    /// The inspecting body ("Đoàn kiểm tra Ban Chỉ đạo huyện").
    public var body: String
    public var team: [String]
    /// Unit ids visited.
    public var units: [String]
    public var findings: [InspectionFinding]
    public var note: String
    public var created: Stamp
    public var updated: Stamp
    /// Fields two offices changed differently (``FieldConflict``); nil when none.
    public var conflicts: [FieldConflict]?

    public init(id: String, date: Day, level: String, body: String, created: Stamp) {
        schemaVersion = InspectionRound.currentSchemaVersion
        self.id = id
        revision = 0
        self.date = date
        self.level = level
        self.body = body
        team = []
        units = []
        findings = []
        note = ""
        self.created = created
        updated = created
    }

    /// The ids of the models this round inspected.
    public var modelIds: [String] { findings.map(\.modelId) }

    enum CodingKeys: String, CodingKey { case schemaVersion, id, revision, date, level, body, team, units, findings, note, created, updated, conflicts }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        id = try c.decode(String.self, forKey: .id)
        revision = try c.decode(Int.self, forKey: .revision)
        date = try c.decode(Day.self, forKey: .date)
        level = try c.decode(String.self, forKey: .level)
        body = try c.decode(.body, or: "")
        team = try c.decode(.team, or: [])
        units = try c.decode(.units, or: [])
        findings = try c.decode(.findings, or: [])
        note = try c.decode(.note, or: "")
        created = try c.decode(Stamp.self, forKey: .created)
        updated = try c.decode(Stamp.self, forKey: .updated)
        conflicts = try c.decodeIfPresent([FieldConflict].self, forKey: .conflicts)
    }
}

/// What an inspection round found at one model, and what it recommends.
public struct InspectionFinding: Sendable, Hashable, Codable {
    public var modelId: String
    public var findings: String
    public var recommendations: String

    public init(modelId: String, findings: String = "", recommendations: String = "") {
        self.modelId = modelId
        self.findings = findings
        self.recommendations = recommendations
    }
}

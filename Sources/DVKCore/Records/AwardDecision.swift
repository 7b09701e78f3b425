/// An award decision (quyết định khen thưởng): number, date, issuing body, signer, form, level,
/// track, status and recipients. One decision covers dozens of recipients; the award list is
/// printed per decision.
public struct AwardDecision: Sendable, Hashable, Codable, Identifiable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    /// A file-safe id (`QD-2025-001`); `number` is the official number ("112/QĐ-UBND").
    public var id: String
    public var revision: Int
    public var number: String
    public var date: Day?
    /// The year whose achievements the decision honours.
    public var year: Int
    /// An issuer id from `headers.json` (the body whose letterhead the list carries).
    public var issuer: String
    public var signer: Signer
    /// Ids from the `awardForms`, `levels` and `tracks` lists.
    public var form: String
    public var level: String
    public var track: String
    /// `proposed` (đề nghị) or `awarded` (đã khen).
    public var status: String
    /// The reason printed on the list and certificates.
    public var reason: String
    public var recipients: [AwardRecipient]
    public var created: Stamp
    public var updated: Stamp
    /// Fields two offices changed differently (``FieldConflict``); nil when none.
    public var conflicts: [FieldConflict]?

    public static let statusProposed = "proposed"
    public static let statusAwarded = "awarded"

    public init(id: String, number: String, year: Int, created: Stamp) {
        schemaVersion = AwardDecision.currentSchemaVersion
        self.id = id
        revision = 0
        self.number = number
        date = nil
        self.year = year
        issuer = ""
        signer = Signer()
        form = ""
        level = ""
        track = ""
        status = AwardDecision.statusProposed
        reason = ""
        recipients = []
        self.created = created
        updated = created
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, id, revision, number, date, year, issuer, signer, form, level, track, status, reason, recipients, created, updated, conflicts
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        id = try c.decode(String.self, forKey: .id)
        revision = try c.decode(Int.self, forKey: .revision)
        number = try c.decode(String.self, forKey: .number)
        date = try c.decodeIfPresent(Day.self, forKey: .date)
        year = try c.decode(Int.self, forKey: .year)
        issuer = try c.decode(.issuer, or: "")
        signer = try c.decode(.signer, or: Signer())
        form = try c.decode(String.self, forKey: .form)
        level = try c.decode(String.self, forKey: .level)
        track = try c.decode(String.self, forKey: .track)
        status = try c.decode(String.self, forKey: .status)
        reason = try c.decode(.reason, or: "")
        recipients = try c.decode(.recipients, or: [])
        created = try c.decode(Stamp.self, forKey: .created)
        updated = try c.decode(Stamp.self, forKey: .updated)
        conflicts = try c.decodeIfPresent([FieldConflict].self, forKey: .conflicts)
    }
}

/// The signature block of a decision: `TM.` or `KT.`, the title and the signer's name.
public struct Signer: Sendable, Hashable, Codable {
    /// "TM." (on behalf of), "KT." (signing for) or "" (signs in own right).
    public var mode: String
    public var title: String
    public var name: String

    public init(mode: String = "", title: String = "", name: String = "") {
        self.mode = mode
        self.title = title
        self.name = name
    }

    /// This signer with its empty mode and title (when both are empty) and its empty name taken
    /// from `fallback`, the issuer's default signer.
    public func filled(from fallback: Signer) -> Signer {
        let defined = !mode.isEmpty || !title.isEmpty
        return Signer(mode: defined ? mode : fallback.mode, title: defined ? title : fallback.title,
                      name: name.isEmpty ? fallback.name : name)
    }
}

/// One recipient of an award: a model record, or a free recipient honoured without one.
public struct AwardRecipient: Sendable, Hashable, Codable {
    /// The model record honoured; nil for a free recipient.
    public var modelId: String?
    public var name: String
    /// An id from the `subjects` list (`collective` / `individual`).
    public var subject: String
    public var position: String
    public var unit: String
    public var note: String

    public init(modelId: String? = nil, name: String, subject: String, position: String = "", unit: String = "", note: String = "") {
        self.modelId = modelId
        self.name = name
        self.subject = subject
        self.position = position
        self.unit = unit
        self.note = note
    }

    enum CodingKeys: String, CodingKey { case modelId, name, subject, position, unit, note }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        modelId = try c.decodeIfPresent(String.self, forKey: .modelId)
        name = try c.decode(String.self, forKey: .name)
        subject = try c.decode(String.self, forKey: .subject)
        position = try c.decode(.position, or: "")
        unit = try c.decode(.unit, or: "")
        note = try c.decode(.note, or: "")
    }
}

/// Whose committee a data directory is (`config/committee.json`): its level, its province and
/// its own name, and whether anyone has set it up. A directory made by a bare `dvk init` is not
/// set up: `dvk check` says so, and no document prints another committee's letterhead.
/// A directory from before this file existed was configured by hand and counts as set up.
public struct CommitteeProfile: Sendable, Codable, Hashable {
    public var schemaVersion: Int
    public var setUp: Bool
    /// A `levels` id: `province` or `commune` today; `district` for a committee of before July 2025.
    public var level: String
    /// One of the provinces and centrally-run cities of `config/provinces.json`.
    public var province: String
    /// The committee's own place: "Xã Kim Bình", "Phường Hà Giang 1", "Đặc khu Côn Đảo"; for a
    /// provincial committee, the province.
    public var name: String
    /// A line shown beside the name wherever the committee is named on screen (the demo's:
    /// "dữ liệu mẫu …"); empty for a real committee, and then absent from the JSON.
    public var note: String

    public init(schemaVersion: Int = 1, setUp: Bool, level: String, province: String, name: String, note: String = "") {
        self.schemaVersion = schemaVersion
        self.setUp = setUp
        self.level = level
        self.province = province
        self.name = name
        self.note = note
    }

    enum CodingKeys: String, CodingKey { case schemaVersion, setUp, level, province, name, note }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        setUp = try c.decode(Bool.self, forKey: .setUp)
        level = try c.decode(.level, or: "")
        province = try c.decode(.province, or: "")
        name = try c.decode(.name, or: "")
        note = try c.decode(.note, or: "")
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(setUp, forKey: .setUp)
        try c.encode(level, forKey: .level)
        try c.encode(province, forKey: .province)
        try c.encode(name, forKey: .name)
        if !note.isEmpty { try c.encode(note, forKey: .note) }
    }

    /// How the committee is named on screen: "Xã Kim Bình (Tuyên Quang)", with the note if any;
    /// empty when nobody has set it up.
    public var shownName: String {
        guard setUp, !name.isEmpty else { return "" }
        let place = province.isEmpty || province == name ? name : "\(name) (\(province))"
        return note.isEmpty ? place : "\(place) — \(note)"
    }
}

/// A province or centrally-run city of today's two-tier structure (`config/provinces.json`).
public struct Province: Sendable, Codable, Hashable {
    public var name: String
    /// `province` (tỉnh) or `city` (thành phố trực thuộc trung ương).
    public var kind: String

    public init(name: String, kind: String) {
        self.name = name
        self.kind = kind
    }

    public var isCity: Bool { kind == "city" }
}

/// The contents of `config/provinces.json`.
public struct ProvincesFile: Sendable, Codable {
    public var schemaVersion: Int
    /// The date the list describes (the 34 units of 1 July 2025).
    public var since: Day
    public var provinces: [Province]
}

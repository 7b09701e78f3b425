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

    public init(schemaVersion: Int = 1, setUp: Bool, level: String, province: String, name: String) {
        self.schemaVersion = schemaVersion
        self.setUp = setUp
        self.level = level
        self.province = province
        self.name = name
    }

    /// The profile of a directory nobody has set up yet.
    public static let notSetUp = CommitteeProfile(setUp: false, level: "", province: "", name: "")
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

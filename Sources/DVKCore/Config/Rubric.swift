/// The appraisal rubric (`config/rubric.json`): criteria with their maximum points and the bands
/// the average falls into, or pass/fail voting.
public struct Rubric: Sendable, Codable {
    public enum Mode: String, Sendable, Codable { case points, passFail }

    public struct Criterion: Sendable, Codable, Hashable {
        public var id: String
        public var label: LocalizedText
        public var max: Double
    }

    /// A band of the average: the highest band whose `min` the average reaches applies.
    public struct Band: Sendable, Codable, Hashable {
        public var id: String
        public var label: LocalizedText
        public var min: Double
        /// What the appraisal recommends to the leader when the average falls in this band.
        public var recommendation: LocalizedText?
    }

    public var schemaVersion: Int
    public var mode: Mode
    public var criteria: [Criterion]
    public var bands: [Band]
    /// The band a pass/fail majority maps to.
    public var passBand: String
    public var failBand: String
    /// A committee setting: an appraiser sees the other appraisers' sheets of a model only after
    /// submitting their own (true unless the file says otherwise).
    public var othersHiddenUntilOwnSheet: Bool

    enum CodingKeys: String, CodingKey { case schemaVersion, mode, criteria, bands, passBand, failBand, othersHiddenUntilOwnSheet }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        mode = try c.decode(Mode.self, forKey: .mode)
        criteria = try c.decode([Criterion].self, forKey: .criteria)
        bands = try c.decode([Band].self, forKey: .bands)
        passBand = try c.decode(String.self, forKey: .passBand)
        failBand = try c.decode(String.self, forKey: .failBand)
        othersHiddenUntilOwnSheet = try c.decode(.othersHiddenUntilOwnSheet, or: true)
    }

    /// The highest possible total.
    public var maxTotal: Double { criteria.reduce(0) { $0 + $1.max } }

    public func band(id: String) -> Band? { bands.first { $0.id == id } }
}

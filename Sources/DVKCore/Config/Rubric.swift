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
    }

    public var schemaVersion: Int
    public var mode: Mode
    public var criteria: [Criterion]
    public var bands: [Band]
    /// The band a pass/fail majority maps to.
    public var passBand: String
    public var failBand: String

    /// The highest possible total.
    public var maxTotal: Double { criteria.reduce(0) { $0 + $1.max } }

    public func band(id: String) -> Band? { bands.first { $0.id == id } }
}

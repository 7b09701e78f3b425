/// A condition a transition checks before it fires, written in the workflow file as
/// `{"kind": "…", …}`.
public enum Guard: Sendable, Hashable, Codable {
    /// Every listed record key (dotted paths allowed, e.g. `personInCharge.name`) is filled in.
    case requiredFields([String])
    /// At least `count` inspection rounds concern the model.
    case minInspections(Int)
    /// At least `count` score sheets were submitted.
    case minScoreSheets(Int)
    /// The average score falls in one of these rubric bands.
    case scoreBand([String])
    /// The person firing the transition wrote a note (a reason).
    case noteRequired
    /// At least `months` whole months have passed since the record's `startDate`.
    case minMonthsSinceStart(Int)

    enum CodingKeys: String, CodingKey { case kind, fields, count, bands, months }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try c.decode(String.self, forKey: .kind)
        switch kind {
        case "requiredFields": self = .requiredFields(try c.decode([String].self, forKey: .fields))
        case "minInspections": self = .minInspections(try c.decode(Int.self, forKey: .count))
        case "minScoreSheets": self = .minScoreSheets(try c.decode(Int.self, forKey: .count))
        case "scoreBand": self = .scoreBand(try c.decode([String].self, forKey: .bands))
        case "noteRequired": self = .noteRequired
        case "minMonthsSinceStart": self = .minMonthsSinceStart(try c.decode(Int.self, forKey: .months))
        default:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription: "unknown guard kind '\(kind)'")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .requiredFields(let fields): try c.encode("requiredFields", forKey: .kind); try c.encode(fields, forKey: .fields)
        case .minInspections(let n): try c.encode("minInspections", forKey: .kind); try c.encode(n, forKey: .count)
        case .minScoreSheets(let n): try c.encode("minScoreSheets", forKey: .kind); try c.encode(n, forKey: .count)
        case .scoreBand(let bands): try c.encode("scoreBand", forKey: .kind); try c.encode(bands, forKey: .bands)
        case .noteRequired: try c.encode("noteRequired", forKey: .kind)
        case .minMonthsSinceStart(let m): try c.encode("minMonthsSinceStart", forKey: .kind); try c.encode(m, forKey: .months)
        }
    }
}

/// The Vietnamese words the demo generator draws from (`data/demo/vocabulary.json`): model names
/// per field, people's names, positions, villages, sentence templates and the demo staff.
///
/// Templates may hold placeholders in braces — `{name}`, `{village}`, `{unit}`, `{district}`,
/// `{province}`, `{collective}`, `{households}`, `{people}`, `{percent}`, `{months}`, `{year}`,
/// `{field}`, `{form}`, `{decision}`, `{date}` — filled per record. Tables keyed by field id fall
/// back to the `other` entry.
public struct DemoVocabulary: Sendable, Hashable, Codable {
    /// Names for people: family names, middle names and given names by sex.
    public struct People: Sendable, Hashable, Codable {
        public var familyNames: [String]
        public var maleMiddleNames: [String]
        public var femaleMiddleNames: [String]
        public var maleGivenNames: [String]
        public var femaleGivenNames: [String]
    }

    /// Where things are: the district and province names, villages and town quarters.
    public struct Places: Sendable, Hashable, Codable {
        /// "huyện Chiêm Hóa", as written inside an address.
        public var district: String
        /// "tỉnh Tuyên Quang".
        public var province: String
        /// Where district agencies sit ("thị trấn Vĩnh Lộc").
        public var agencySeat: String
        /// Villages (thôn, bản) for communes without their own list.
        public var villages: [String]
        /// Quarters (tổ dân phố) of towns and of the agencies' seat.
        public var townQuarters: [String]
        /// Villages of particular units, by unit id.
        public var unitVillages: [String: [String]]
    }

    /// A measurable indicator and the range its target is drawn from.
    public struct IndicatorPattern: Sendable, Hashable, Codable {
        public var name: String
        public var unit: String
        public var min: Int
        public var max: Int
    }

    /// Who recognises models at a level, and the suffix of its decision numbers ("QĐ/BCĐ").
    public struct RecognitionBody: Sendable, Hashable, Codable {
        public var body: String
        public var numberSuffix: String
    }

    /// The body that issues award decisions at a level and track: issuer ids from `headers.json`
    /// in order of preference, and the preferred award form id.
    public struct AwardIssuer: Sendable, Hashable, Codable {
        public var level: String
        public var track: String
        public var issuers: [String]
        public var form: String
    }

    /// The display names of the demo users.
    public struct Staff: Sendable, Hashable, Codable {
        public var secretariat: String
        public var leader: String
        public var appraisers: [String]
    }

    public var schemaVersion: Int
    /// The phase (giai đoạn) written on every record.
    public var phase: String
    /// Relative frequency of each field id.
    public var fieldWeights: [String: Double]
    /// Model name patterns for collectives and for individuals, by field id.
    public var collectiveModels: [String: [String]]
    public var individualModels: [String: [String]]
    public var people: People
    /// Positions by unit type (`commune`, `town`, `agency`), and for particular units by unit id.
    public var positions: [String: [String]]
    public var unitPositions: [String: [String]]
    /// The organisations of a village that carry a collective model ("Chi hội Nông dân").
    public var collectiveBodies: [String]
    public var places: Places
    public var tags: [String]
    /// Registration templates: by field id where the content depends on the field.
    public var situations: [String: [String]]
    public var objectives: [String: [String]]
    public var indicators: [String: [IndicatorPattern]]
    public var solutions: [String]
    public var beneficiaries: [String]
    public var forces: [String]
    public var outputs: [String]
    public var sustainability: [String]
    public var resultsSummaries: [String]
    /// Registration review opinions by outcome (`accepted`).
    public var reviewOpinions: [String: [String]]
    /// Notes written with a transition, by transition id.
    public var notes: [String: [String]]
    /// Appraisers' comments by rubric band id.
    public var appraisalComments: [String: [String]]
    /// Inspecting bodies and team members' titles by level id.
    public var inspectionBodies: [String: String]
    public var inspectorTitles: [String: [String]]
    public var inspectionNotes: [String]
    public var findings: [String]
    public var recommendations: [String]
    public var recognitionBodies: [String: RecognitionBody]
    public var awardIssuers: [AwardIssuer]
    /// Signers' names by issuer id, for issuers whose header leaves the name empty.
    public var signerNames: [String: String]
    public var awardReason: String
    public var staff: Staff

    /// The list under `key`, or under `other` when the table has no such key.
    func entries<T>(_ table: [String: [T]], _ key: String) -> [T] {
        table[key] ?? table["other"] ?? []
    }
}

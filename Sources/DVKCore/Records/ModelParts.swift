/// A measurable indicator of a registration (chỉ tiêu): name, unit, target and actual value.
public struct Indicator: Sendable, Hashable, Codable {
    public var name: String
    public var unit: String
    public var target: Double?
    public var actual: Double?

    public init(name: String, unit: String, target: Double? = nil, actual: Double? = nil) {
        self.name = name
        self.unit = unit
        self.target = target
        self.actual = actual
    }
}

/// One line of a model's budget: the source (from the `budgetSources` list) and the amount in VND.
public struct BudgetLine: Sendable, Hashable, Codable {
    public var source: String
    public var amount: Int64

    public init(source: String, amount: Int64) {
        self.source = source
        self.amount = amount
    }
}

/// The resources a model mobilises (nguồn lực): money by source, workdays, donated land, other.
public struct Resources: Sendable, Hashable, Codable {
    public var budget: [BudgetLine]
    public var workdays: Int?
    public var donatedLandM2: Double?
    public var other: String

    public init(budget: [BudgetLine] = [], workdays: Int? = nil, donatedLandM2: Double? = nil, other: String = "") {
        self.budget = budget
        self.workdays = workdays
        self.donatedLandM2 = donatedLandM2
        self.other = other
    }

    /// The total budget in VND over all sources.
    public var totalBudget: Int64 { budget.reduce(0) { $0 + $1.amount } }

    enum CodingKeys: String, CodingKey { case budget, workdays, donatedLandM2, other }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        budget = try c.decode(.budget, or: [])
        workdays = try c.decodeIfPresent(Int.self, forKey: .workdays)
        donatedLandM2 = try c.decodeIfPresent(Double.self, forKey: .donatedLandM2)
        other = try c.decode(.other, or: "")
    }
}

/// The person in charge of a model (người phụ trách): name, position, phone.
public struct PersonInCharge: Sendable, Hashable, Codable {
    public var name: String
    public var position: String
    public var phone: String

    public init(name: String = "", position: String = "", phone: String = "") {
        self.name = name
        self.position = position
        self.phone = phone
    }

    enum CodingKeys: String, CodingKey { case name, position, phone }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(.name, or: "")
        position = try c.decode(.position, or: "")
        phone = try c.decode(.phone, or: "")
    }
}

/// The details an individual's record needs for award lists and certificates.
public struct IndividualDetails: Sendable, Hashable, Codable {
    public var fullName: String
    public var birthYear: Int?
    /// An id from the `sexes` list (`male` / `female`).
    public var sex: String
    public var position: String
    public var workplace: String

    public init(fullName: String = "", birthYear: Int? = nil, sex: String = "", position: String = "", workplace: String = "") {
        self.fullName = fullName
        self.birthYear = birthYear
        self.sex = sex
        self.position = position
        self.workplace = workplace
    }

    enum CodingKeys: String, CodingKey { case fullName, birthYear, sex, position, workplace }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fullName = try c.decode(.fullName, or: "")
        birthYear = try c.decodeIfPresent(Int.self, forKey: .birthYear)
        sex = try c.decode(.sex, or: "")
        position = try c.decode(.position, or: "")
        workplace = try c.decode(.workplace, or: "")
    }
}

/// The vetting of a registration (thẩm định đăng ký): who, when, the outcome and the opinion.
public struct RegistrationReview: Sendable, Hashable, Codable {
    public var at: Timestamp
    public var by: String
    /// `accepted`, `returned` or `rejected`.
    public var outcome: String
    public var opinion: String

    public init(at: Timestamp, by: String, outcome: String, opinion: String) {
        self.at = at
        self.by = by
        self.outcome = outcome
        self.opinion = opinion
    }
}

/// A progress or results report of the registering unit (báo cáo kết quả).
public struct ResultsReport: Sendable, Hashable, Codable {
    public var submitted: Day?
    public var summary: String

    public init(submitted: Day? = nil, summary: String = "") {
        self.submitted = submitted
        self.summary = summary
    }
}

/// One appraiser's score sheet (phiếu chấm điểm): points per rubric criterion, or a pass/fail
/// vote when the rubric is in pass/fail mode. Filed under the appraiser's login; a paper sheet
/// the secretariat typed in for them also names who entered it.
public struct ScoreSheet: Sendable, Hashable, Codable {
    /// The login the sheet is filed under (set by `Rubric.submitting`, never typed by a user).
    public var appraiser: String
    /// The login of the secretariat member who entered a paper sheet for the appraiser; nil when
    /// the appraiser entered it themselves (and then absent from the JSON).
    public var enteredBy: String?
    public var at: Timestamp
    /// Points per criterion, in the rubric's order; empty in pass/fail mode.
    public var scores: [Double]
    /// Comments per criterion id, optional.
    public var comments: [String: String]
    /// The vote in pass/fail mode; nil in points mode.
    public var pass: Bool?
    public var comment: String

    public init(appraiser: String = "", enteredBy: String? = nil, at: Timestamp, scores: [Double], comments: [String: String] = [:],
                pass: Bool? = nil, comment: String = "") {
        self.appraiser = appraiser
        self.enteredBy = enteredBy
        self.at = at
        self.scores = scores
        self.comments = comments
        self.pass = pass
        self.comment = comment
    }

    /// The sheet's total points.
    public var total: Double { scores.reduce(0, +) }

    enum CodingKeys: String, CodingKey { case appraiser, enteredBy, at, scores, comments, pass, comment }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        appraiser = try c.decode(String.self, forKey: .appraiser)
        enteredBy = try c.decodeIfPresent(String.self, forKey: .enteredBy)
        at = try c.decode(Timestamp.self, forKey: .at)
        scores = try c.decode(.scores, or: [])
        comments = try c.decode(.comments, or: [:])
        pass = try c.decodeIfPresent(Bool.self, forKey: .pass)
        comment = try c.decode(.comment, or: "")
    }
}

/// Formal recognition (công nhận) at a level, with its decision and the outstanding flag.
public struct Recognition: Sendable, Hashable, Codable {
    /// An id from the `levels` list.
    public var level: String
    public var decisionNumber: String
    public var decisionDate: Day?
    /// The recognising body, free text ("Ban Chỉ đạo huyện").
    public var body: String
    /// Tiêu biểu: selected as outstanding.
    public var outstanding: Bool
    /// The year of the recognition when no decision date tells it (a past year loaded from a
    /// register); absent from the JSON when nil.
    public var year: Int?

    public init(level: String = "", decisionNumber: String = "", decisionDate: Day? = nil, body: String = "", outstanding: Bool = false,
                year: Int? = nil) {
        self.level = level
        self.decisionNumber = decisionNumber
        self.decisionDate = decisionDate
        self.body = body
        self.outstanding = outstanding
        self.year = year
    }

    enum CodingKeys: String, CodingKey { case level, decisionNumber, decisionDate, body, outstanding, year }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        level = try c.decode(.level, or: "")
        decisionNumber = try c.decode(.decisionNumber, or: "")
        decisionDate = try c.decodeIfPresent(Day.self, forKey: .decisionDate)
        body = try c.decode(.body, or: "")
        outstanding = try c.decode(.outstanding, or: false)
        year = try c.decodeIfPresent(Int.self, forKey: .year)
    }
}

/// Where a model has been replicated (nhân rộng): place names and the child records made for them.
public struct Replication: Sendable, Hashable, Codable {
    public var places: [String]
    public var childIds: [String]

    public init(places: [String] = [], childIds: [String] = []) {
        self.places = places
        self.childIds = childIds
    }

    public var isEmpty: Bool { places.isEmpty && childIds.isEmpty }

    enum CodingKeys: String, CodingKey { case places, childIds }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        places = try c.decode(.places, or: [])
        childIds = try c.decode(.childIds, or: [])
    }
}

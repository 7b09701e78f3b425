import DVKCore

/// How a recognised record's award story goes.
enum AwardRoute: Sendable, Equatable {
    /// Never proposed for an award.
    case noAward
    /// Proposed, then the committee declined (back to recognised).
    case declined
    /// Proposed; the decision is still pending.
    case pending
    /// Proposed and awarded.
    case awarded
    /// Awarded, then proposed to the province, still pending there.
    case escalatedPending
    /// Awarded, then awarded again by the province.
    case escalatedAwarded

    var escalates: Bool { self == .escalatedPending || self == .escalatedAwarded }
}

/// The award decision a record is proposed into, with the day of the proposal and, when the
/// decision was issued, the day of the decision.
struct DecisionSlot: Sendable {
    var id: String
    var number: String
    var formLabel: String
    var proposeDay: Day
    var awardDay: Day?
}

/// An inspection round that visited a record, and the day its minutes reached the record.
struct InspectionSlot: Sendable {
    var roundID: String
    var day: Day
}

/// One appraiser's sheet, decided before the walk; its timestamp is set when it is entered.
struct PlannedSheet: Sendable {
    var appraiser: String
    var day: Day
    var scores: [Double]
    var pass: Bool?
    var comment: String
}

/// Everything decided about one record before it is walked through the workflow: its content,
/// the states it passes through, and its links to rounds, sheets and decisions.
struct RecordPlan: Sendable {
    var record: ModelRecord
    var final: String
    var createdDay: Day
    var route: AwardRoute = .noAward
    /// Returned once for revision during the registration review.
    var returned = false
    /// For a discontinued record: the state it was discontinued from.
    var stopStage: String?
    var path: [String] = []
    var namePattern = ""
    var village = ""
    /// The collective (or person) that carries the model, as an award list names it.
    var collective = ""
    /// Template values for this record's texts.
    var values: [String: String] = [:]
    var band: String?
    var sheets: [PlannedSheet] = []
    var recognition: Recognition?
    var inspections: [InspectionSlot] = []
    /// One entry per `award_proposed` step of the path: the decision proposed into, if any.
    var proposals: [DecisionSlot?] = []

    var year: Int { record.year }

    func passes(_ state: String) -> Bool { path.contains(state) }

    /// Whether this record may be the parent of a replicated one: recognised as outstanding
    /// and still alive.
    var isOutstandingParent: Bool {
        [DemoState.recognised, DemoState.awardProposed, DemoState.awarded].contains(final)
            && recognition?.outstanding == true && record.subject == "collective"
    }
}

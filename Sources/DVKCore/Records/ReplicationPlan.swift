/// Why places typed for a replication were refused, with a message naming the place.
public enum ReplicationProblem: Error, Sendable, Hashable {
    /// No place was given at all.
    case noPlaces
    /// The place at this position (1-based) is empty or holds no letter or digit.
    case emptyPlace(position: Int)
    /// A place given twice (compared without case, diacritics or punctuation).
    case repeatedPlace(String)
    /// A place the model was already replicated at.
    case alreadyReplicated(String, id: String)

    public var message: LocalizedText {
        switch self {
        case .noPlaces:
            return LocalizedText(vi: "cần ít nhất một nơi nhân rộng (các nơi cách nhau bằng dấu ;)",
                                 en: "at least one place is needed (places are separated by ;)")
        case .emptyPlace(let position):
            return LocalizedText(vi: "nơi thứ \(position) để trống (các nơi cách nhau bằng dấu ;)",
                                 en: "place number \(position) is empty (places are separated by ;)")
        case .repeatedPlace(let place):
            return LocalizedText(vi: "«\(place)» được gõ hai lần", en: "«\(place)» is given twice")
        case .alreadyReplicated(let place, let id):
            return LocalizedText(vi: "\(id) đã được nhân rộng tại «\(place)»", en: "\(id) is already replicated at «\(place)»")
        }
    }
}

/// Replicating a model (nhân rộng) at other places: the places checked, then the parent with the
/// places and children appended and an event in its history, and one child record per place,
/// linked both ways. Pure: the caller supplies the ids, the year, the user and the time, and
/// saves the parent and the children together.
///
/// A child starts in the workflow's initial state with `origin` `replicated` and `parentId` the
/// parent's id. It keeps the parent's classification (phase, unit unless another is given,
/// level, subject, kind, field, tags) and the content of its registration: the name becomes
/// "parent name – place", the address the place; situation, objectives, indicators (targets only),
/// solutions, beneficiaries, forces, outputs and sustainability are copied. What belongs to the
/// parent's own place, people and past is not: resources, dates, person in charge, individual
/// details, attachments, history, appraisals, recognition, inspections, decisions, replication.
public struct ReplicationPlan: Sendable {
    /// The `origins` id of a replicated model.
    public static let origin = "replicated"
    /// The `transition` of the parent's history event.
    public static let transition = "replicate"

    public let parent: ModelRecord
    /// The new places, cleaned (NFC, trimmed), in the order given.
    public let places: [String]
    /// The unit id of the children; nil keeps the parent's.
    public let unit: String?

    /// The records a replication writes.
    public struct Outcome: Sendable {
        public var parent: ModelRecord
        public var children: [ModelRecord]
    }

    /// Checks the places: each is cleaned (``VietnameseText/cleanField(_:)``); an empty one, one
    /// given twice or one the parent is already replicated at (compared with
    /// ``VietnameseText/matchKey(_:)``) throws a ``ReplicationProblem``, and so does an empty list.
    public init(parent: ModelRecord, places typed: [String], unit: String? = nil) throws {
        guard !typed.isEmpty else { throw ReplicationProblem.noPlaces }
        var seen = Set(parent.replication.places.map(VietnameseText.matchKey))
        var places: [String] = []
        for (index, raw) in typed.enumerated() {
            let place = VietnameseText.cleanField(raw)
            let key = VietnameseText.matchKey(place)
            guard !key.isEmpty else { throw ReplicationProblem.emptyPlace(position: index + 1) }
            guard seen.insert(key).inserted else {
                if places.contains(where: { VietnameseText.matchKey($0) == key }) { throw ReplicationProblem.repeatedPlace(place) }
                throw ReplicationProblem.alreadyReplicated(place, id: parent.id)
            }
            places.append(place)
        }
        self.parent = parent
        self.places = places
        self.unit = unit
    }

    /// Places typed on one line, separated by ";" (empty ones kept, for the check to name).
    public static func places(in text: String) -> [String] {
        text.trimmingSpaces.isEmpty ? [] : text.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
    }

    /// The parent and the children for `ids` (one per place, in order) in `year`, made by `login`
    /// at `time`; children start in `initialState`.
    public func outcome(ids: [String], year: Int, initialState: String, by login: String, at time: Timestamp) -> Outcome {
        precondition(ids.count == places.count, "one id per place")
        let children = zip(ids, places).map { id, place in child(id: id, place: place, year: year, initialState: initialState, by: login, at: time) }
        var updated = parent
        updated.replication.places += places
        updated.replication.childIds += ids
        let note = zip(places, ids).map { "\($0) → \($1)" }.joined(separator: "; ")
        updated.history.append(HistoryEntry(from: parent.state, to: parent.state, at: time, by: login, note: note,
                                            transition: ReplicationPlan.transition))
        return Outcome(parent: updated, children: children)
    }

    private func child(id: String, place: String, year: Int, initialState: String, by login: String, at time: Timestamp) -> ModelRecord {
        var r = ModelRecord(id: id, year: year, state: initialState, created: Stamp(at: time, by: login))
        r.phase = parent.phase
        r.unit = unit ?? parent.unit
        r.level = parent.level
        r.subject = parent.subject
        r.kind = parent.kind
        r.field = parent.field
        r.tags = parent.tags
        r.origin = ReplicationPlan.origin
        r.parentId = parent.id
        r.name = parent.displayName + " – " + place
        r.address = place
        r.situation = parent.situation
        r.objectives = parent.objectives
        r.indicators = parent.indicators.map { Indicator(name: $0.name, unit: $0.unit, target: $0.target) }
        r.solutions = parent.solutions
        r.beneficiaries = parent.beneficiaries
        r.forces = parent.forces
        r.outputs = parent.outputs
        r.sustainability = parent.sustainability
        return r
    }
}

/// The "waiting for me" queues of the committee's dashboard: which models wait on a step the
/// acting user's roles can take, and how long the oldest has waited. Which queue a role sees
/// follows from the workflow file (the roles allowed to move a model on from that state), not
/// from code.
public struct WorkQueues: Sendable {
    /// One queue: what waits, and since when.
    public struct Queue: Sendable, Hashable {
        public enum Kind: String, Sendable, CaseIterable {
            case registrationsToVet, awaitingInspection, missingMySheet, awaitingProposal, awaitingDecision
        }

        public var kind: Kind
        public var modelIDs: [String]
        /// Whole days the longest-waiting model has been in its state.
        public var oldestWaitDays: Int?
    }

    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// The state each queue watches.
    public static let states: [Queue.Kind: String] = [
        .registrationsToVet: "registration_review", .awaitingInspection: "in_progress", .missingMySheet: "appraisal",
        .awaitingProposal: "recognised", .awaitingDecision: "award_proposed",
    ]

    /// The queues `actor` acts on, in dashboard order, each with its models (possibly none).
    // Specialised for the list index's summaries: generic across modules, each model was copied
    // through its value witness (a tenth of the first screen at 100,000 models).
    @_specialize(exported: true, where Item == ModelSummary)
    public func queues<Item: QueueItem>(for actor: Actor, models: [Item], today: Day) -> [Queue] {
        let kinds = Queue.Kind.allCases.filter { kind in WorkQueues.states[kind].map { acts(actor, on: kind, state: $0) } ?? false }
        let kindOfState = Dictionary(uniqueKeysWithValues: kinds.compactMap { kind in WorkQueues.states[kind].map { ($0, kind) } })
        // One pass over the models, reading only what each queue needs (no copies of them).
        var ids: [Queue.Kind: [String]] = [:]
        var earliest: [Queue.Kind: Int] = [:]
        for index in models.indices {
            guard let kind = kindOfState[models[index].state], belongs(models[index], to: kind, actor: actor) else { continue }
            ids[kind, default: []].append(models[index].id)
            if let since = models[index].stateSince?.daysSinceEpoch { earliest[kind] = min(earliest[kind] ?? since, since) }
        }
        return kinds.map { kind in
            Queue(kind: kind, modelIDs: (ids[kind] ?? []).sorted(), oldestWaitDays: earliest[kind].map { today.daysSinceEpoch - $0 })
        }
    }

    /// How many models of `year` sit in each state, by field id (`""` for no field).
    @_specialize(exported: true, where Item == ModelSummary)
    public func pipeline<Item: ModelListable>(models: [Item], year: Int) -> [String: [String: Int]] {
        var counts: [String: [String: Int]] = [:]
        for model in models where model.year == year {
            counts[model.state, default: [:]][model.field, default: 0] += 1
        }
        return counts
    }

    private func acts(_ actor: Actor, on kind: Queue.Kind, state: String) -> Bool {
        if kind == .missingMySheet { return configuration.users.canAppraise(actor) }
        return configuration.workflow.transitions(from: state).contains { transition in
            transition.to != "discontinued" && transition.roles.contains(where: actor.roles.contains)
        }
    }

    private func belongs(_ model: some QueueItem, to kind: Queue.Kind, actor: Actor) -> Bool {
        switch kind {
        case .awaitingInspection: return model.inspectionCount == 0
        case .missingMySheet:
            return !Rubric.hasAppraiser([actor.login, actor.name], among: model.appraisers)
        default: return true
        }
    }
}

import DVKCore
import DVKDocuments
import DVKStorage

/// The committee's steps as the screens save them: a score sheet, a recognition for a batch,
/// an award proposal, models added to a decision, a decision issued. Each is one revision-
/// checked commit; the engine's refusals come back per model, the allowed ones are saved.
extension Workspace {
    /// The outcome of a batch step: the models saved and the ones the engine refused.
    public struct BatchOutcome {
        public var saved: [String]
        public var refused: [TransitionRefused]
    }

    /// Every award decision and proposal on disk.
    public func decisions() -> [AwardDecision] { store.loadAll(AwardDecision.self).records }

    /// Adds the acting user's score sheet to a model and saves it (filed under the acting user
    /// by the core's rule, whatever the sheet's `appraiser` says).
    public func submit(_ sheet: ScoreSheet, to id: String) throws -> ModelRecord {
        guard let record = model(id) else { throw StorageError.notFound(kind: .model, id: id) }
        let scored = try configuration.rubric.submitting(sheet, to: record, by: actor, users: configuration.users)
        return try save(scored, expected: record.revision, action: "appraise", note: scored.history.last?.note ?? "")
    }

    /// Fires the move to `target` with `note` on every model of `ids` (setting `recognition`
    /// first when one is given, for a move to recognised); the models the engine allows are
    /// saved in one commit, the refused ones come back with their failed guards.
    public func move(_ ids: [String], to target: String, recognition: Recognition? = nil, note: String) throws -> BatchOutcome {
        let time = clock()
        var moved: [(ModelRecord, Int)] = []
        var refused: [TransitionRefused] = []
        for id in ids {
            guard var record = model(id) else { continue }
            let revision = record.revision
            if let recognition { record.recognition = recognition }
            do {
                moved.append((try engine.fire(to: target, on: record, by: actor, note: note, at: time), revision))
            } catch let error as TransitionRefused {
                refused.append(error)
            }
        }
        let changes = moved.map { RecordChange.model($0.0, expectedRevision: $0.1, action: "move:\($0.0.history.last?.transition ?? target)", note: note) }
        if !changes.isEmpty { try store.commit(changes, by: actor.login, at: time) }
        for (record, _) in moved { _ = try? reloadModel(record.id) }
        return BatchOutcome(saved: moved.map(\.0.id), refused: refused)
    }

    /// Saves a new decision or proposal (id from its year) with `ids` added as recipients,
    /// each model moved to the decision's status.
    public func create(_ draft: AwardDecision, with ids: [String], note: String = "") throws -> (AwardDecision, BatchOutcome) {
        var decision = draft
        decision.id = store.nextID(kind: .decision, prefix: "QD-\(decision.year)-", digits: 3)
        decision.created = Stamp(at: clock(), by: actor.login)
        decision.updated = decision.created
        return try add(ids, to: decision, expected: 0, note: note)
    }

    /// Adds `ids` to a decision saved at revision `expected` (0 for a new one). When the engine
    /// refuses every model nothing is saved — no proposal without anyone on it.
    public func add(_ ids: [String], to decision: AwardDecision, expected: Int, note: String = "") throws -> (AwardDecision, BatchOutcome) {
        let time = clock()
        let records = ids.compactMap(model)
        let result = AwardBatch(engine: engine, lists: lists, actor: actor).add(records, to: decision, note: note, at: time)
        let outcome = BatchOutcome(saved: result.moved.map(\.id), refused: result.refused)
        guard !result.moved.isEmpty else { return (decision, outcome) }
        try commit(result, decisionExpected: expected, action: expected == 0 ? "create" : "recipients", records: records, time: time)
        return (try store.load(AwardDecision.self, id: decision.id), outcome)
    }

    /// What stops the acting user from issuing `decision` with `number` and `date` (the core's
    /// rule: a number, a date, a number no other decision has, the award move's role).
    public func issueProblems(_ decision: AwardDecision, number: String, date: Day?) -> [IssueProblem] {
        AwardBatch(engine: engine, lists: lists, actor: actor).issueProblems(decision, number: number, date: date, decisions: decisions(), today: clock().utcDay)
    }

    /// Issues a proposed decision with its number, date and signer; its models become awarded.
    /// Throws `IssueRefused` when the decision may not be issued; when the engine refuses any
    /// recipient nothing is saved and the refusals come back.
    public func issue(_ decision: AwardDecision, number: String, date: Day, signer: Signer) throws -> (AwardDecision, BatchOutcome) {
        let time = clock()
        let records = decision.recipients.compactMap(\.modelId).compactMap(model)
        let result = try AwardBatch(engine: engine, lists: lists, actor: actor).issue(decision, number: number, date: date, signer: signer,
                                                                                   records: records, decisions: decisions(), at: time)
        guard result.refused.isEmpty else { return (decision, BatchOutcome(saved: [], refused: result.refused)) }
        try commit(result, decisionExpected: decision.revision, action: "issue", records: records, time: time)
        return (try store.load(AwardDecision.self, id: decision.id), BatchOutcome(saved: result.moved.map(\.id), refused: []))
    }

    /// The award list of `decisions`, with the models their recipients name.
    public func awardList(_ decisions: [AwardDecision]) throws -> AwardList {
        let models = Set(decisions.flatMap { $0.recipients.compactMap(\.modelId) }).compactMap(model)
        return try AwardListBuilder(configuration: configuration).build(decisions: decisions, models: models)
    }

    /// Saves a decision whose recipients were reordered (the award list prints in this order).
    public func saveOrder(_ decision: AwardDecision, expected: Int) throws -> AwardDecision {
        try store.commit([.decision(decision, expectedRevision: expected, action: "reorder")], by: actor.login, at: clock())
        return try store.load(AwardDecision.self, id: decision.id)
    }

    private func commit(_ result: AwardBatch.Result, decisionExpected: Int, action: String, records: [ModelRecord], time: Timestamp) throws {
        try store.commit(result.changes(decisionExpected: decisionExpected, action: action, models: records), by: actor.login, at: time)
        for record in result.moved { _ = try? reloadModel(record.id) }
    }
}

extension Workspace {
    /// Whether the user may score (an appraiser, a leader).
    public var canAppraise: Bool { configuration.users.canAppraise(actor) }

    /// Whether the user's role may take some move from `state` to `target` in the workflow.
    public func mayMove(from state: String, to target: String) -> Bool {
        canEdit && configuration.workflow.transitions(from: state).contains { $0.to == target && $0.roles.contains(where: actor.roles.contains) }
    }
}

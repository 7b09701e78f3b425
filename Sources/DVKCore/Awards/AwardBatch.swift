/// Adds a batch of models to an award decision, or issues a proposed decision, through the
/// workflow engine: every model is moved on (or refused with the guards that failed) and the
/// decision's recipients follow. Pure: the caller saves the decision and the moved models in
/// one commit.
public struct AwardBatch: Sendable {
    /// What a batch produced: the decision as it should be saved, the models moved, and the
    /// models left out with the reason.
    public struct Result: Sendable {
        public var decision: AwardDecision
        public var moved: [ModelRecord]
        public var refused: [TransitionRefused]
    }

    public let engine: WorkflowEngine
    public let lists: ListCatalog
    public let actor: Actor

    public init(engine: WorkflowEngine, lists: ListCatalog, actor: Actor) {
        self.engine = engine
        self.lists = lists
        self.actor = actor
    }

    /// Adds `records` to `decision`: each is linked to it, moved to its status (proposed or
    /// awarded) and listed as a recipient. Models already on the decision are skipped.
    public func add(_ records: [ModelRecord], to decision: AwardDecision, note: String, at time: Timestamp) -> Result {
        var result = Result(decision: decision, moved: [], refused: [])
        let issued = decision.status == AwardDecision.statusAwarded
        for record in records where !result.decision.recipients.contains(where: { $0.modelId == record.id }) {
            var moved = record
            if !moved.decisionIds.contains(decision.id) { moved.decisionIds.append(decision.id) }
            do {
                for step in AwardRules.steps(from: record.state, issued: issued) {
                    moved = try engine.fire(to: step, on: moved, by: actor, note: note.isEmpty ? decision.number : note, at: time)
                }
            } catch let refused as TransitionRefused {
                result.refused.append(refused)
                continue
            } catch {
                continue
            }
            result.decision.recipients.append(AwardRules.recipient(for: record, lists: lists))
            result.moved.append(moved)
        }
        return result
    }

    /// Issues a proposed decision: its number, date and signer recorded, its status awarded,
    /// and every recipient model moved to `awarded`. A recipient the engine refuses (one no
    /// longer proposed, say) is listed in `refused`; the caller then saves nothing, so a list is
    /// never printed with people who were not awarded.
    public func issue(_ decision: AwardDecision, number: String, date: Day, signer: Signer, records: [ModelRecord],
                      at time: Timestamp) -> Result {
        var issued = decision
        issued.number = VietnameseText.cleanField(number)
        issued.date = date
        issued.signer = Signer(mode: signer.mode, title: VietnameseText.cleanField(signer.title), name: VietnameseText.cleanField(signer.name))
        issued.status = AwardDecision.statusAwarded
        issued.updated = Stamp(at: time, by: actor.login)
        var result = Result(decision: issued, moved: [], refused: [])
        let recipients = Set(decision.recipients.compactMap(\.modelId))
        for record in records where recipients.contains(record.id) {
            do {
                result.moved.append(try engine.fire(to: "awarded", on: record, by: actor, note: issued.number, at: time))
            } catch let refused as TransitionRefused {
                result.refused.append(refused)
            } catch {
                continue
            }
        }
        return result
    }
}

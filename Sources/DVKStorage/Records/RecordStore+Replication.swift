import DVKCore

extension RecordStore {
    /// Saves a replication in one commit: the parent (checked against the revision it was loaded
    /// at, so a newer save by someone else is refused) and one new model per place, under
    /// consecutive free ids of `year`. When another process takes one of those ids meanwhile,
    /// new ids are chosen and the commit tried again (a few times). Returns the records as made.
    ///
    /// Throws ``StorageError`` (`conflict` when the parent changed on disk).
    @discardableResult
    public func replicate(_ plan: ReplicationPlan, year: Int, initialState: String, by actor: String,
                          at time: Timestamp) throws -> ReplicationPlan.Outcome {
        var attempt = 0
        while true {
            let ids = nextIDs(kind: .model, prefix: "\(year)-", digits: 4, count: plan.places.count)
            let outcome = plan.outcome(ids: ids, year: year, initialState: initialState, by: actor, at: time)
            var changes: [RecordChange] = [.model(outcome.parent, expectedRevision: plan.parent.revision,
                                                  action: ReplicationPlan.transition, note: ids.joined(separator: ", "))]
            changes += outcome.children.map { .model($0, expectedRevision: 0, action: "create", note: plan.parent.id) }
            do {
                try commit(changes, by: actor, at: time)
                return outcome
            } catch StorageError.alreadyExists where attempt < 5 {
                attempt += 1
            }
        }
    }
}

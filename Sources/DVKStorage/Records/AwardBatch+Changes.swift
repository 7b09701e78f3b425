import DVKCore

extension AwardBatch.Result {
    /// The changes that save a batch in one commit: the decision (loaded at `decisionExpected`,
    /// 0 when new) and every moved model at the revision it was read at.
    public func changes(decisionExpected: Int, action: String, models: [ModelRecord]) -> [RecordChange] {
        let revisions = Dictionary(models.map { ($0.id, $0.revision) }, uniquingKeysWith: { first, _ in first })
        return [.decision(decision, expectedRevision: decisionExpected, action: action)]
            + moved.map { .model($0, expectedRevision: revisions[$0.id] ?? 0, action: "award", note: decision.number) }
    }
}

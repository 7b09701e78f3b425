import DVKCore

/// A model record as the acting user may read it, for the JSON outputs (`show --json`,
/// `list --json`, and every command that prints the records it saved): the score sheets the
/// blind-scoring rule (`AppraisalView`) hides are left out, and their number is given under
/// `appraisalsHidden` — the only key these outputs add to a record file's.
struct VisibleRecord: Encodable {
    let record: ModelRecord
    let view: AppraisalView

    private enum Key: String, CodingKey { case appraisalsHidden }

    func encode(to encoder: Encoder) throws {
        try record.seen(through: view).encode(to: encoder)
        if view.isHidden {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(view.sheetCount, forKey: .appraisalsHidden)
        }
    }
}

extension Session {
    /// What the acting user may see of a model's score sheets.
    func appraisalView(_ record: ModelRecord) -> AppraisalView {
        AppraisalView(of: record.appraisals, for: actor, rubric: configuration.rubric, users: configuration.users)
    }

    /// The record for a JSON output, as the acting user may read it.
    func visible(_ record: ModelRecord) -> VisibleRecord { VisibleRecord(record: record, view: appraisalView(record)) }
}

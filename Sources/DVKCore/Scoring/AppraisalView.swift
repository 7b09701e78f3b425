/// What one viewer may see of a model's score sheets: the blind-scoring rule
/// (`othersHiddenUntilOwnSheet` in `rubric.json`) that every output follows — the score sheet
/// screen, the appraisal queue, `dvk show` (plain and `--json`), `dvk list --json` and every
/// record printed whole.
///
/// While the setting is on, the sheets, their scores, the average and the band are hidden from
/// a viewer who:
/// - has an appraising role but no sheet on this model yet — the point of blind scoring: an
///   appraiser scores without leaning on the others, and sees them once their own is in;
/// - may change nothing (the `viewer` role, a login missing from `users.json`): a read-only
///   user has no part in the appraisal, and what they read could reach an appraiser who has not
///   scored yet. They see the count only, whatever the model's state.
///
/// Those who keep the file and decide on it see every sheet at once: the roles that may edit
/// (the secretariat, who enters paper sheets and prepares the recognition; the leader, who must
/// see the result to recognise or refuse; the administrator). A leader who also scores thus
/// sees the others first — the committee's chair decides on the result anyway. With the
/// setting off everyone sees everything. Pure: no files, no clock.
public struct AppraisalView: Sendable, Hashable {
    /// How many sheets the model has; always shown.
    public var sheetCount: Int
    /// The sheets the viewer may read: all of them, or none while they are hidden.
    public var sheets: [ScoreSheet]
    /// The result of the sheets (average, band); nil while they are hidden.
    public var summary: ScoreSummary?
    /// Why the sheets are hidden, to show in their place; nil when they are visible.
    public var hiddenNote: LocalizedText?

    public var isHidden: Bool { hiddenNote != nil }

    /// The view of `sheets` (one model's) for `viewer`.
    public init(of sheets: [ScoreSheet], for viewer: Actor, rubric: Rubric, users: UsersConfig) {
        sheetCount = sheets.count
        let visible = AppraisalView.showsSheets(by: sheets.map(\.appraiser), to: viewer, rubric: rubric, users: users)
        self.sheets = visible ? sheets : []
        summary = visible ? ScoreSummary(sheets: sheets, rubric: rubric) : nil
        hiddenNote = visible ? nil : users.canAppraise(viewer) ? AppraisalView.untilOwnSheet(sheets.count) : AppraisalView.blind(sheets.count)
    }

    /// Whether `viewer` may read a model's sheets, given who wrote them: blind scoring off, one
    /// of them their own, or a role that edits. (What the summaries of the list index allow to
    /// decide without reading the sheets themselves.)
    public static func showsSheets(by appraisers: [String], to viewer: Actor, rubric: Rubric, users: UsersConfig) -> Bool {
        !rubric.othersHiddenUntilOwnSheet || Rubric.hasAppraiser([viewer.login, viewer.name], among: appraisers) || users.canEdit(viewer)
    }

    /// The note an appraiser without a sheet sees in place of the others' sheets.
    static func untilOwnSheet(_ n: Int) -> LocalizedText {
        LocalizedText(vi: "\(n) phiếu của thành viên khác — chỉ xem được sau khi bạn nộp phiếu của mình",
                      en: "\(n) sheet(s) by other members — visible once you have submitted your own")
    }

    /// The note a read-only user sees in place of the sheets.
    static func blind(_ n: Int) -> LocalizedText {
        LocalizedText(vi: "\(n) phiếu — chấm điểm kín: chỉ thành viên đã nộp phiếu, thường trực và lãnh đạo xem được",
                      en: "\(n) sheet(s) — blind scoring: only members who have scored, the secretariat and leaders see them")
    }
}

extension ModelRecord {
    /// The record as `view` lets its viewer read it: the appraisals they may see, nothing else
    /// changed (for outputs that print whole records).
    public func seen(through view: AppraisalView) -> ModelRecord {
        var seen = self
        seen.appraisals = view.sheets
        return seen
    }
}

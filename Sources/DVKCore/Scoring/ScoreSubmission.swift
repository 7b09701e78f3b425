/// A score sheet refused by the rubric, with every problem found.
public struct ScoreSheetRefused: Error, Sendable {
    public var problems: [ScoreProblem]

    /// Whether the sheet was refused for the acting user's lack of a right, not for what was typed.
    public var isForbidden: Bool { problems.contains(where: \.isForbidden) }

    public func message(_ language: Language) -> String { problems.map { $0.message(language) }.joined(separator: "\n") }
}

extension Rubric {
    /// The workflow states in which a model takes score sheets (registration vetting and
    /// results appraisal).
    public static let appraisalStates: Set<String> = ["registration_review", "appraisal"]

    /// The record with `sheet` added and a history entry (`appraise`) written by the acting user;
    /// throws ``ScoreSheetRefused`` with every problem found.
    ///
    /// Identity cannot be borrowed: the sheet is filed under `actor`'s login, whatever its
    /// `appraiser` said, and `actor` needs an appraising role. Only when `appraiser` names another
    /// login is it a paper sheet typed in for them: allowed to a role that may enter sheets for
    /// appraisers (the secretariat), only for a user of `users.json` with an appraising role,
    /// and refused once that appraiser has a sheet. The sheet is then filed under the appraiser
    /// with `enteredBy` set, and the history says who entered it for whom. The history names
    /// people, never the score, which others may not see before their own sheet is in.
    public func submitting(_ sheet: ScoreSheet, to record: ModelRecord, by actor: Actor, for appraiser: String? = nil,
                           users: UsersConfig) throws -> ModelRecord {
        let forLogin = appraiser.map(VietnameseText.cleanField).flatMap { $0.isEmpty || $0 == actor.login ? nil : $0 }
        let author = forLogin.map { users.actor(login: $0) } ?? actor
        if let refusal = Rubric.authorshipProblem(actor: actor, author: author, users: users) {
            throw ScoreSheetRefused(problems: [refusal])
        }
        var clean = sheet
        clean.appraiser = author.login
        clean.enteredBy = forLogin == nil ? nil : actor.login
        clean.comment = VietnameseText.cleanField(sheet.comment)
        clean.comments = sheet.comments.mapValues(VietnameseText.cleanField).filter { !$0.value.isEmpty }
        let problems = problems(with: clean, existing: record.appraisals, alsoKnownAs: [author.name])
        guard problems.isEmpty else { throw ScoreSheetRefused(problems: problems) }
        var updated = record
        updated.appraisals.append(clean)
        let note = clean.enteredBy.map { "\($0) nhập phiếu giấy cho \(clean.appraiser)" } ?? clean.appraiser
        updated.history.append(HistoryEntry(from: record.state, to: record.state, at: clean.at, by: actor.login,
                                            note: note, transition: "appraise"))
        updated.updated = Stamp(at: clean.at, by: actor.login)
        return updated
    }

    /// Why `actor` may not file a sheet under `author` (the actor themselves, or the appraiser a
    /// paper sheet is entered for); nil when they may.
    private static func authorshipProblem(actor: Actor, author: Actor, users: UsersConfig) -> ScoreProblem? {
        guard author.login != actor.login else {
            return users.canAppraise(actor) ? nil : .cannotAppraise(actor.login)
        }
        guard actor.known, users.canEnterForAppraisers(actor) else { return .cannotEnterForOthers(actor.login) }
        guard author.known, users.canAppraise(author) else { return .notAnAppraiser(author.login) }
        return nil
    }

    /// Whether one of `names` (a login, a name) has a sheet among `sheets`.
    public static func hasSheet(by names: [String], in sheets: [ScoreSheet]) -> Bool {
        hasAppraiser(names, among: sheets.map(\.appraiser))
    }

    /// Whether one of `names` is among the `appraisers` of a model's sheets.
    public static func hasAppraiser(_ names: [String], among appraisers: [String]) -> Bool {
        let keys = Set(names.map(VietnameseText.matchKey))
        return appraisers.contains { keys.contains(VietnameseText.matchKey($0)) }
    }
}

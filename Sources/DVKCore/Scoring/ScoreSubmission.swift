/// A score sheet refused by the rubric, with every problem found.
public struct ScoreSheetRefused: Error, Sendable {
    public var problems: [ScoreProblem]

    public func message(_ language: Language) -> String { problems.map { $0.message(language) }.joined(separator: "\n") }
}

extension Rubric {
    /// The workflow states in which a model takes score sheets (registration vetting and
    /// results appraisal).
    public static let appraisalStates: Set<String> = ["registration_review", "appraisal"]

    /// The record with `sheet` added and a history entry (`appraise`, naming the appraiser — not
    /// the score, which others may not see before their own sheet is in) written by `login`; throws ``ScoreSheetRefused`` when the rubric refuses
    /// the sheet (a score above its maximum, a missing vote, a second sheet by one appraiser).
    public func submitting(_ sheet: ScoreSheet, to record: ModelRecord, by login: String) throws -> ModelRecord {
        var clean = sheet
        clean.appraiser = VietnameseText.cleanField(sheet.appraiser)
        clean.comment = VietnameseText.cleanField(sheet.comment)
        clean.comments = sheet.comments.mapValues(VietnameseText.cleanField).filter { !$0.value.isEmpty }
        let problems = problems(with: clean, existing: record.appraisals)
        guard problems.isEmpty else { throw ScoreSheetRefused(problems: problems) }
        var updated = record
        updated.appraisals.append(clean)
        updated.history.append(HistoryEntry(from: record.state, to: record.state, at: clean.at, by: login,
                                            note: clean.appraiser, transition: "appraise"))
        updated.updated = Stamp(at: clean.at, by: login)
        return updated
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

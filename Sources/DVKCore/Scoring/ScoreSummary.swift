/// The result of a model's score sheets under a rubric: how many, the average, the band.
public struct ScoreSummary: Sendable, Hashable {
    public var sheetCount: Int
    /// The average total in points mode; nil without sheets or in pass/fail mode.
    public var average: Double?
    public var passVotes: Int
    public var failVotes: Int
    /// The band id the result falls in; nil without sheets.
    public var band: String?

    /// Evaluates `sheets` under `rubric`: the average decides the band (the highest band whose
    /// minimum it reaches); in pass/fail mode a strict majority of pass votes gives the pass band.
    public init(sheets: [ScoreSheet], rubric: Rubric) {
        sheetCount = sheets.count
        passVotes = sheets.filter { $0.pass == true }.count
        failVotes = sheets.filter { $0.pass == false }.count
        guard !sheets.isEmpty else {
            average = nil
            band = nil
            return
        }
        switch rubric.mode {
        case .points:
            let mean = sheets.reduce(0) { $0 + $1.total } / Double(sheets.count)
            let rounded = (mean * 100).rounded() / 100
            average = rounded
            band = rubric.bands.sorted { $0.min > $1.min }.first { rounded >= $0.min }?.id
        case .passFail:
            average = nil
            band = passVotes * 2 > sheets.count ? rubric.passBand : rubric.failBand
        }
    }
}

/// What is wrong with a score sheet under the rubric.
public enum ScoreProblem: Sendable, Hashable, Error {
    case wrongCount(expected: Int, got: Int)
    case outOfRange(criterion: String, label: LocalizedText, value: Double, max: Double)
    case missingVote
    case duplicateAppraiser(String)
    /// The acting user has no appraising role.
    case cannotAppraise(String)
    /// The acting user's role may not enter a sheet for another appraiser.
    case cannotEnterForOthers(String)
    /// The login a sheet is entered for is not an appraiser of `users.json`.
    case notAnAppraiser(String)

    /// Whether the problem is the acting user's lack of a right (not a mistake in what was typed).
    public var isForbidden: Bool {
        switch self {
        case .cannotAppraise, .cannotEnterForOthers: return true
        default: return false
        }
    }

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.wrongCount(let e, let g), .vi): return "cần \(e) điểm thành phần (mỗi tiêu chí một điểm), nhận được \(g)"
        case (.wrongCount(let e, let g), .en): return "expected \(e) scores (one per criterion), got \(g)"
        case (.outOfRange(_, let label, let v, let m), .vi):
            return "điểm tiêu chí «\(label.vi)» là \(NumberText.plain(v)), phải từ 0 đến \(NumberText.plain(m))"
        case (.outOfRange(_, let label, let v, let m), .en):
            return "the score for «\(label.en)» is \(NumberText.plain(v)); it must be between 0 and \(NumberText.plain(m))"
        case (.missingVote, .vi): return "thang đánh giá là đạt/không đạt: cần ghi rõ đạt hay không đạt"
        case (.missingVote, .en): return "the rubric is pass/fail: the sheet needs a pass or fail vote"
        case (.duplicateAppraiser(let who), .vi): return "\(who) đã có phiếu chấm cho mô hình này"
        case (.duplicateAppraiser(let who), .en): return "\(who) has already submitted a score sheet for this model"
        case (.cannotAppraise(let who), .vi): return "người dùng «\(who)» không có vai trò chấm điểm"
        case (.cannotAppraise(let who), .en): return "user «\(who)» has no appraising role"
        case (.cannotEnterForOthers(let who), .vi):
            return "người dùng «\(who)» không được nhập phiếu chấm thay người khác; chỉ thường trực, văn phòng nhập phiếu giấy cho thành viên thẩm định"
        case (.cannotEnterForOthers(let who), .en):
            return "user «\(who)» may not enter a score sheet for someone else; only the secretariat enters paper sheets for appraisers"
        case (.notAnAppraiser(let who), .vi): return "«\(who)» không phải thành viên thẩm định trong config/users.json"
        case (.notAnAppraiser(let who), .en): return "«\(who)» is not an appraiser in config/users.json"
        }
    }
}

extension Rubric {
    /// Checks one sheet before it is added to a record that already holds `existing` sheets; a
    /// sheet filed under the appraiser's login or one of `names` (older sheets were filed under
    /// the person's name) makes this one a second sheet.
    public func problems(with sheet: ScoreSheet, existing: [ScoreSheet], alsoKnownAs names: [String] = []) -> [ScoreProblem] {
        var problems: [ScoreProblem] = []
        if Rubric.hasSheet(by: [sheet.appraiser] + names, in: existing) {
            problems.append(.duplicateAppraiser(sheet.appraiser))
        }
        switch mode {
        case .points:
            if sheet.scores.count != criteria.count {
                problems.append(.wrongCount(expected: criteria.count, got: sheet.scores.count))
            }
            for (criterion, value) in zip(criteria, sheet.scores) where value < 0 || value > criterion.max || value.isNaN {
                problems.append(.outOfRange(criterion: criterion.id, label: criterion.label, value: value, max: criterion.max))
            }
        case .passFail:
            if sheet.pass == nil { problems.append(.missingVote) }
        }
        return problems
    }
}

/// Number formatting shared by messages and reports.
public enum NumberText {
    /// "89" for whole numbers, "88.5" otherwise.
    public static func plain(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String((value * 100).rounded() / 100)
    }

    /// A score as a reader of `language` writes it: "22,5" in Vietnamese, "22.5" in English,
    /// "89" for a whole number; at most two decimals.
    public static func score(_ value: Double, _ language: Language) -> String {
        let text = plain(value)
        return language == .vi ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// Digits grouped by dots, the Vietnamese way: 70.000.000.
    public static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(ch)
        }
        return value < 0 ? "-" + out : out
    }
}

/// Why one transition may not fire now; each failed guard is one value, and every one is
/// reported, not only the first.
public enum GuardFailure: Sendable, Hashable {
    case noSuchTransition(from: String, to: String)
    case roleNotAllowed(actorRoles: [String], allowed: [String])
    case missingField(String)
    case tooFewInspections(have: Int, need: Int)
    case tooFewScoreSheets(have: Int, need: Int)
    case scoreOutsideBands(average: Double?, band: String?, allowed: [String])
    case noteRequired
    case tooEarly(monthsSinceStart: Int?, need: Int)

    /// The failure in plain words, naming states, roles, fields and bands by their labels — in
    /// no front end's terms: the command line adds its option names itself (``commandLineHint``).
    public func message(_ language: Language, workflow: WorkflowDefinition, rubric: Rubric, users: UsersConfig) -> String {
        let vi = language == .vi
        func roles(_ ids: [String]) -> String {
            ids.map { users.role($0)?.label.text(language) ?? $0 }.joined(separator: ", ")
        }
        func bands(_ ids: [String]) -> String {
            ids.map { rubric.band(id: $0)?.label.text(language) ?? $0 }.joined(separator: vi ? " hoặc " : " or ")
        }
        switch self {
        case .noSuchTransition(let from, let to):
            let f = workflow.label(ofState: from, language), t = workflow.label(ofState: to, language)
            let allowed = workflow.transitions(from: from).map { workflow.label(ofState: $0.to, language) }
            let list = allowed.isEmpty ? (vi ? "không có" : "none") : allowed.joined(separator: ", ")
            return vi ? "không thể chuyển từ «\(f)» sang «\(t)»; từ «\(f)» chỉ chuyển được sang: \(list)"
                      : "no move from «\(f)» to «\(t)»; from «\(f)» the moves are: \(list)"
        case .roleNotAllowed(let mine, let allowed):
            return vi ? "vai trò của bạn (\(roles(mine))) không được thực hiện bước này; cần: \(roles(allowed))"
                      : "your role (\(roles(mine))) may not do this; it needs: \(roles(allowed))"
        case .missingField(let key):
            let label = RecordFieldLabels.label(key, language)
            return vi ? "chưa nhập «\(label)»" : "«\(label)» is not filled in"
        case .tooFewInspections(let have, let need):
            return vi ? "cần ít nhất \(need) đợt kiểm tra, mới có \(have)" : "needs at least \(need) inspection round(s), has \(have)"
        case .tooFewScoreSheets(let have, let need):
            return vi ? "cần ít nhất \(need) phiếu chấm điểm, mới có \(have)" : "needs at least \(need) score sheet(s), has \(have)"
        case .scoreOutsideBands(let average, let band, let allowed):
            let got: String
            if let band {
                let label = rubric.band(id: band)?.label.text(language) ?? band
                got = average.map { "\(NumberText.plain($0)) (\(label))" } ?? label
            } else {
                got = vi ? "chưa có điểm" : "no score yet"
            }
            return vi ? "kết quả chấm điểm phải đạt mức \(bands(allowed)); hiện là \(got)"
                      : "the appraisal result must be \(bands(allowed)); it is \(got)"
        case .noteRequired:
            return vi ? "cần ghi lý do" : "a reason is required"
        case .tooEarly(let months, let need):
            let have = months.map(String.init) ?? (vi ? "chưa rõ (thiếu ngày bắt đầu)" : "unknown (no start date)")
            return vi ? "mô hình cần thực hiện ít nhất \(need) tháng, mới được \(have)"
                      : "the model must run at least \(need) months; it has run \(have)"
        }
    }
}

extension GuardFailure {
    /// What the command line adds after the message: the option that gives the reason, or the
    /// key of the field to fill in (`--set KEY=…`).
    public var commandLineHint: String? {
        switch self {
        case .noteRequired: return "--note"
        case .missingField(let key): return key
        default: return nil
        }
    }
}

/// A refused move: the record, the move asked for, and every guard that failed.
public struct TransitionRefused: Error, Sendable {
    public var recordID: String
    public var from: String
    public var to: String
    public var failures: [GuardFailure]
}

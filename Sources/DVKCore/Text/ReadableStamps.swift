import Foundation

/// How people and instants are shown to a person reading them (the interface, `dvk show`): the
/// person's name from `users.json` instead of their login, and local time as dd/mm/yyyy HH:mm
/// instead of UTC ISO. Files, JSON and the journal keep logins and UTC.
public struct ReadableStamps: Sendable {
    public let users: UsersConfig
    /// The reader's time zone (Việt Nam: UTC+7).
    public let timeZone: TimeZone

    public init(users: UsersConfig, timeZone: TimeZone = .current) {
        self.users = users
        self.timeZone = timeZone
    }

    /// Seconds east of UTC at `instant` in the reader's time zone.
    func offset(_ instant: Timestamp) -> Int64 {
        Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant.seconds))))
    }

    /// The person's name, or the login when `users.json` has no name for it.
    public func person(_ login: String) -> String {
        guard let user = users.users.first(where: { $0.login == login }), !user.name.isEmpty else { return login }
        return user.name
    }

    /// "04/12/2026 18:25" in the reader's time zone.
    public func time(_ instant: Timestamp) -> String {
        let local = Timestamp(seconds: instant.seconds + offset(instant))
        let secondOfDay = Int((local.seconds % 86_400 + 86_400) % 86_400)
        return "\(local.utcDay.vietnamese) \(Day.pad(secondOfDay / 3600)):\(Day.pad(secondOfDay / 60 % 60))"
    }
}

/// A save of the journal in words: "create" → "Tạo mới", "move:start_appraisal" → "Chuyển sang
/// Thẩm định kết quả", with the revisions as "phiên bản 6 → 7".
public enum SaveActionWording {
    public static func describe(_ action: String, fromRevision: Int, toRevision: Int, workflow: WorkflowDefinition, _ language: Language) -> String {
        let words: [String: LocalizedText] = [
            "create": LocalizedText(vi: "Tạo mới", en: "Created"), "edit": LocalizedText(vi: "Sửa", en: "Edited"),
            "inspect": LocalizedText(vi: "Ghi đợt kiểm tra", en: "Inspection recorded"),
            "appraise": LocalizedText(vi: "Chấm điểm", en: "Scored"), "award": LocalizedText(vi: "Khen thưởng", en: "Awarded"),
            "import": LocalizedText(vi: "Nhập từ tệp", en: "Imported"), "demo": LocalizedText(vi: "Dữ liệu mẫu", en: "Demo data"),
            "replicate": LocalizedText(vi: "Nhân rộng", en: "Replicated"), "decision": LocalizedText(vi: "Quyết định", en: "Decision"),
        ]
        let what: String
        if action.hasPrefix("move:"), let transition = workflow.transitions.first(where: { $0.id == String(action.dropFirst(5)) }) {
            what = LocalizedText(vi: "Chuyển sang ", en: "Moved to ").text(language) + workflow.label(ofState: transition.to, language)
        } else {
            what = words[action]?.text(language) ?? action
        }
        let revisions = fromRevision == 0
            ? LocalizedText(vi: "phiên bản \(toRevision)", en: "revision \(toRevision)").text(language)
            : LocalizedText(vi: "phiên bản \(fromRevision) → \(toRevision)", en: "revision \(fromRevision) → \(toRevision)").text(language)
        return what + " (" + revisions + ")"
    }
}

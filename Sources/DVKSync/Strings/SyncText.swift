import DVKCore

/// Every sentence the sync writes (commit messages, the report, its errors), in Vietnamese and
/// English: the command line and the app print these.
public enum SyncText {
    /// The words for one journal action in a commit message (`create` → "đăng ký"/"registered").
    static func action(_ action: String) -> LocalizedText {
        let verb = action.split(separator: ":").first.map(String.init) ?? action
        switch verb {
        case "create", "demo": return LocalizedText(vi: "đăng ký", en: "registered")
        case "import": return LocalizedText(vi: "nhập", en: "imported")
        case "edit", "keep", "reorder": return LocalizedText(vi: "sửa", en: "edited")
        case "move": return LocalizedText(vi: "chuyển bước", en: "moved")
        case "appraise": return LocalizedText(vi: "chấm điểm", en: "appraised")
        case "inspect": return LocalizedText(vi: "kiểm tra", en: "inspected")
        case "award", "issue", "recipient", "recipients": return LocalizedText(vi: "khen thưởng", en: "awarded")
        case "restore": return LocalizedText(vi: "khôi phục", en: "restored")
        case "resolve": return LocalizedText(vi: "giải quyết xung đột", en: "resolved a conflict")
        case "replicate": return LocalizedText(vi: "nhân rộng", en: "replicated")
        default: return LocalizedText(vi: verb, en: verb)
        }
    }

    static func commitTitle(office: String, parts: [String], language: Language) -> String {
        let head = language == .vi ? "Văn phòng \(office)" : "Office \(office)"
        return parts.isEmpty ? head + (language == .vi ? ": cập nhật" : ": update") : head + ": " + parts.joined(separator: ", ")
    }

    static func mergeTitle(office: String, language: Language) -> String {
        language == .vi ? "Văn phòng \(office): gộp dữ liệu các văn phòng" : "Office \(office): merge of the offices' data"
    }

    static func records(_ count: Int, _ verb: LocalizedText, language: Language) -> String {
        language == .vi ? "\(verb.vi) \(count) hồ sơ" : "\(verb.en) \(count) record\(count == 1 ? "" : "s")"
    }

    /// The journal note of files a sync brought in.
    static func incomingNote(language: Language) -> String {
        language == .vi ? "nhận qua đồng bộ" : "received by sync"
    }

    /// The message of a sync error in `language`.
    public static func describe(_ error: SyncError, language: Language) -> String {
        let vi = language == .vi
        switch error {
        case .gitMissing:
            return vi ? "không chạy được git: hãy cài git (apt-get install git)" : "git could not be started: install git (apt-get install git)"
        case .gitFailed(let command, let message):
            return (vi ? "git \(command) thất bại: " : "git \(command) failed: ") + message.trimmingSpaces
        case .notSetUp(let path):
            return vi ? "thư mục \(path) chưa được thiết lập đồng bộ: chạy 'dvk sync setup --office MÃ'"
                : "\(path) is not set up for sync: run 'dvk sync setup --office CODE'"
        case .badOfficeCode(let code):
            return vi ? "mã văn phòng '\(code)' không hợp lệ: cần 2–12 chữ in hoa hoặc chữ số (ví dụ XA01)"
                : "office code '\(code)' is not valid: 2 to 12 capital letters or digits (e.g. XA01)"
        case .noRemote:
            return vi ? "chưa có nơi đồng bộ: 'dvk sync setup --office MÃ --remote URL', hoặc dùng --to-file / --from-file"
                : "no remote to sync with: 'dvk sync setup --office CODE --remote URL', or use --to-file / --from-file"
        case .badBundle(let path, let message):
            return (vi ? "tệp \(path) bị cắt cụt, bị sửa hoặc không phải tệp đồng bộ của dvk; không có gì thay đổi ("
                       : "file \(path) is truncated, altered or not a dvk sync file; nothing was changed (") + message.trimmingSpaces + ")"
        case .mergeStopped(let paths):
            return (vi ? "không gộp được các tệp: " : "these files could not be merged: ") + paths.joined(separator: ", ")
                + (vi ? "; không có gì thay đổi" : "; nothing was changed")
        case .busy:
            return vi ? "một lần đồng bộ khác đang chạy trên thư mục này" : "another sync of this data directory is running"
        case .versionNotFound(let id, let revision):
            return vi ? "hồ sơ \(id) không có phiên bản \(revision) trong lịch sử" : "record \(id) has no version \(revision) in the history"
        }
    }
}

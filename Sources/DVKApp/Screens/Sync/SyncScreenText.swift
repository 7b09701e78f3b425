import Foundation
import DVKCore
import DVKSync

/// Texts of the sync screen and of the dashboard's sync line.
enum SyncScreenText {
    typealias L = LocalizedText
    static let title = L(vi: "Đồng bộ với các văn phòng", en: "Sync with the other offices")
    static let recordConflicts = L(vi: "xung đột khi gộp dữ liệu: giữ bản này / lấy bản kia", en: "merge conflicts: take mine / take theirs")
    static func recordTitle(_ id: String) -> L { L(vi: "Xung đột của \(id)", en: "Conflicts of \(id)") }
    static let open = L(vi: "mở mô hình có xung đột", en: "open the model in conflict")
    static let openSync = L(vi: "đồng bộ với các văn phòng", en: "sync with the other offices")
    static let syncNow = L(vi: "đồng bộ ngay", en: "sync now")
    static let toFile = L(vi: "ghi tệp mang đi", en: "write a file to carry")
    static let fromFile = L(vi: "nhận tệp mang đến", en: "read a file brought in")
    static let takeMine = L(vi: "giữ bản này", en: "take mine")
    static let takeTheirs = L(vi: "lấy bản kia", en: "take theirs")
    static let back = L(vi: "quay lại", en: "back")
    static let toFilePrompt = L(vi: "Ghi tệp đồng bộ vào (đường dẫn):", en: "Write the sync file to (path):")
    static let fromFilePrompt = L(vi: "Nhận tệp đồng bộ từ (đường dẫn):", en: "Read the sync file from (path):")
    static let done = L(vi: "Đã đồng bộ", en: "Synchronised")
    static let notSetUp = L(vi: "Thư mục này chưa thiết lập đồng bộ: quản trị chạy «dvk sync setup --office MÃ --remote URL» (xem docs/sync.md)",
                            en: "This directory is not set up for sync: an administrator runs «dvk sync setup --office CODE --remote URL» (see docs/sync.md)")

    static func office(_ code: String) -> L { L(vi: "Văn phòng \(code)", en: "Office \(code)") }

    static func lastSync(_ time: Timestamp?) -> L {
        guard let time else { return L(vi: "Chưa đồng bộ lần nào", en: "Never synchronised") }
        return L(vi: "Đồng bộ gần nhất: \(display(time))", en: "Last sync: \(display(time))")
    }

    /// The dashboard's line: the last sync, or nothing when the directory does not sync.
    static func dashboardLine(_ time: Timestamp?) -> L {
        guard let time else { return L(vi: "Đồng bộ: chưa lần nào (S)", en: "Sync: never (S)") }
        return L(vi: "Đồng bộ gần nhất: \(display(time)) (S)", en: "Last sync: \(display(time)) (S)")
    }

    static func display(_ time: Timestamp) -> String {
        String(time.iso.replacingOccurrences(of: "T", with: " ").dropLast(4)) + " UTC"
    }

    static func conflictsHeading(_ count: Int) -> L {
        count == 0 ? L(vi: "Không có xung đột", en: "No conflicts")
            : L(vi: "Xung đột (\(count)): m giữ bản này, t lấy bản kia", en: "Conflicts (\(count)): m takes mine, t takes theirs")
    }

    static func values(mine: String, theirs: String, office: String, by: String) -> L {
        L(vi: "đang giữ «\(mine)» · bản kia «\(theirs)» (\(office), \(by))", en: "kept «\(mine)» · theirs «\(theirs)» (\(office), \(by))")
    }

    static func resolved(_ id: String, field: String, side: ConflictBook.Side) -> L {
        side == .mine ? L(vi: "\(id) «\(field)»: đã giữ bản này", en: "\(id) «\(field)»: kept mine")
            : L(vi: "\(id) «\(field)»: đã lấy bản kia", en: "\(id) «\(field)»: took theirs")
    }
}

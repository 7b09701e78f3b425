import DVKCore
import DVKSync

/// The command line's words for sync, conflicts, log and restore (help texts included).
enum SyncCLIText {
    typealias L = LocalizedText

    static let syncAbstract = L(vi: "Đồng bộ dữ liệu với các văn phòng khác (qua git)", en: "Synchronise the data with the other offices (over git)")
    static let syncDiscussion = L(
        vi: "Ghi các thay đổi của văn phòng thành một lần lưu, nhận và gộp thay đổi của văn phòng khác theo từng trường, rồi gửi đi. Không có mạng: --to-file TỆP ghi một tệp để mang đi, --from-file TỆP nhận tệp mang đến.",
        en: "Records this office's changes as one commit, receives and merges the other offices' changes field by field, then sends. Without a network: --to-file FILE writes a file to carry, --from-file FILE reads one brought in.")
    static let toFile = L(vi: "ghi dữ liệu ra một tệp để mang đi (không cần mạng)", en: "write the data to a file to carry (no network needed)")
    static let fromFile = L(vi: "nhận dữ liệu từ một tệp mang đến", en: "receive the data from a file brought in")
    static let setupAbstract = L(vi: "Thiết lập đồng bộ cho thư mục dữ liệu này", en: "Set this data directory up for sync")
    static let office = L(vi: "mã văn phòng (2–12 chữ in hoa hoặc số, ví dụ XA01): mã mới của hồ sơ chứa mã này", en: "the office code (2–12 capitals or digits, e.g. XA01): new record ids carry it")
    static let remote = L(vi: "nơi đồng bộ: một kho git trần trên máy chủ (SSH) hoặc một thư mục", en: "where to sync: a bare git repository on a server (SSH) or a folder")
    static let conflictsAbstract = L(vi: "Liệt kê các xung đột khi gộp dữ liệu, hoặc chọn một bên", en: "List the merge conflicts, or choose a side")
    static let resolveAbstract = L(vi: "Giải quyết một xung đột: giữ bản của mình hoặc lấy bản của văn phòng kia", en: "Resolve a conflict: keep this office's value or take the other office's")
    static let recordID = L(vi: "mã hồ sơ", en: "the record id")
    static let field = L(vi: "trường bị xung đột (như 'dvk conflicts' ghi)", en: "the field in conflict (as 'dvk conflicts' shows it)")
    static let take = L(vi: "mine (giữ bản này) hoặc theirs (lấy bản kia)", en: "mine (keep this one) or theirs (take theirs)")
    static let logAbstract = L(vi: "Lịch sử thay đổi từ git: ai sửa, ở văn phòng nào, khi nào", en: "The history from git: who changed what, at which office, when")
    static let restoreAbstract = L(vi: "Lấy lại một phiên bản cũ của hồ sơ thành phiên bản mới", en: "Bring an older version of a record back as a new revision")
    static let at = L(vi: "phiên bản: mã lần lưu git (từ 'dvk log') hoặc số phiên bản của hồ sơ", en: "the version: a git commit (from 'dvk log') or the record's revision number")
    static let mergeRecordAbstract = L(vi: "Trình gộp hồ sơ git gọi khi đồng bộ (không dùng trực tiếp)", en: "The record merge driver git runs during sync (not for direct use)")

    static func setUp(_ path: String, office: String, remote: String?) -> L {
        let to = remote.map { " → \($0)" } ?? ""
        return L(vi: "Đã thiết lập đồng bộ cho \(path), văn phòng \(office)\(to)", en: "Set up sync for \(path), office \(office)\(to)")
    }

    static let noConflicts = L(vi: "Không có xung đột", en: "No conflicts")
    static let conflictColumns = [L(vi: "Mã", en: "Id"), L(vi: "Trường", en: "Field"), L(vi: "Đang giữ (mine)", en: "Kept (mine)"),
                                  L(vi: "Bản khác (theirs)", en: "Other (theirs)"), L(vi: "Văn phòng", en: "Office"), L(vi: "Người sửa", en: "By"),
                                  L(vi: "Lúc", en: "At")]
    static func resolved(_ id: String, field: String, side: String, revision: Int) -> L {
        L(vi: "Đã giải quyết \(id) «\(field)»: \(side == "mine" ? "giữ bản này" : "lấy bản kia") (phiên bản \(revision))",
          en: "Resolved \(id) «\(field)»: \(side == "mine" ? "kept mine" : "took theirs") (revision \(revision))")
    }
    static func conflictLeft(_ field: String, office: String) -> L {
        L(vi: "trường «\(field)» còn xung đột với văn phòng \(office) chưa giải quyết (dvk conflicts resolve)",
          en: "field «\(field)» is still in conflict with office \(office) (dvk conflicts resolve)")
    }
    static let logColumns = [L(vi: "Lần lưu", en: "Commit"), L(vi: "Lúc", en: "At"), L(vi: "Văn phòng", en: "Office"),
                             L(vi: "Người", en: "By"), L(vi: "Phiên bản", en: "Revision"), L(vi: "Nội dung", en: "What")]
    static let noHistory = L(vi: "Chưa có lịch sử đồng bộ (chạy 'dvk sync setup' trước)", en: "No sync history yet (run 'dvk sync setup' first)")
    static func restored(_ id: String, at: String, revision: Int) -> L {
        L(vi: "Đã khôi phục \(id) về bản \(at): phiên bản mới \(revision)", en: "Restored \(id) to version \(at): new revision \(revision)")
    }
    static func badTake(_ value: String) -> L {
        L(vi: "--take: «\(value)» không hợp lệ, cần mine hoặc theirs", en: "--take: «\(value)» is not valid, expected mine or theirs")
    }
}

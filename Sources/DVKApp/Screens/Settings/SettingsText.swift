import DVKCore

/// The texts of the settings screen and its history, in Vietnamese and English.
enum SettingsText {
    typealias L = LocalizedText

    static let title = L(vi: "Cài đặt", en: "Settings")
    static let historyTitle = L(vi: "Lịch sử thay đổi cài đặt", en: "Settings history")
    static let open = L(vi: "cài đặt: Ban Chỉ đạo, tiêu đề, đơn vị, chấm điểm, người dùng", en: "settings: committee, letterheads, units, scoring, users")
    static let hint = L(vi: "←→/Space đổi lựa chọn ◀ ▶; Ctrl-S lưu mọi thay đổi; F4 lịch sử, hoàn tác.",
                        en: "←→/Space changes a ◀ ▶ choice; Ctrl-S saves every change; F4 history, undo.")
    static let readOnlyHint = L(vi: "Chỉ quản trị viên được đổi cài đặt; bạn đang xem.",
                                en: "Only an administrator may change the settings; you are viewing them.")
    static let adminOnly = L(vi: "Chỉ quản trị viên được đổi cài đặt.", en: "Only an administrator may change the settings.")
    static let committee = L(vi: "Ban Chỉ đạo", en: "The committee")
    static let setUp = L(vi: "Đã khai báo", en: "Set up")
    static let level = L(vi: "Cấp", en: "Level")
    static let province = L(vi: "Tỉnh, thành phố", en: "Province or city")
    static let name = L(vi: "Tên (địa danh)", en: "Name (the place)")
    static let letterheads = L(vi: "Tiêu đề văn bản", en: "Letterheads")
    static let layout = L(vi: "Kiểu tiêu đề", en: "Layout")
    static let layoutState = L(vi: "Nhà nước", en: "State")
    static let layoutParty = L(vi: "Đảng", en: "Party")
    static func units(_ n: Int) -> L { L(vi: "Đơn vị (\(n)) — sửa tên giữ nguyên mã", en: "Units (\(n)) — a new name keeps the id") }
    static let addUnit = L(vi: "Thêm đơn vị (Enter)", en: "Add a unit (Enter)")
    static let rubric = L(vi: "Chấm điểm thẩm định", en: "Appraisal scoring")
    static let rubricMode = L(vi: "Cách chấm", en: "Way of scoring")
    static let points = L(vi: "Chấm điểm theo tiêu chí", en: "Points per criterion")
    static let passFail = L(vi: "Biểu quyết đạt / không đạt", en: "Pass / fail vote")
    static let othersHidden = L(vi: "Ẩn phiếu người khác", en: "Hide others' sheets")
    static func criteria(_ count: Int, _ total: String) -> L {
        L(vi: "\(count) tiêu chí, tổng \(total) điểm (sửa tiêu chí trong config/rubric.json)", en: "\(count) criteria, \(total) points in all (criteria are edited in config/rubric.json)")
    }
    static func users(_ n: Int) -> L { L(vi: "Người dùng (\(n))", en: "Users (\(n))") }
    static func knownRoles(_ roles: String) -> L { L(vi: "Vai trò, cách nhau bằng dấu phẩy: \(roles)", en: "Roles, separated by commas: \(roles)") }
    static func userName(_ login: String) -> L { L(vi: "\(login): họ tên", en: "\(login): name") }
    static func userRoles(_ login: String) -> L { L(vi: "\(login): vai trò", en: "\(login): roles") }
    static let added = L(vi: "(mới)", en: "(new)")
    static let yes = L(vi: "Có", en: "Yes")
    static let no = L(vi: "Không", en: "No")

    static let save = L(vi: "lưu", en: "save")
    static let next = L(vi: "ô sau", en: "next field")
    static let previous = L(vi: "ô trước", en: "previous field")
    static let change = L(vi: "đổi lựa chọn ◀ ▶", en: "change a ◀ ▶ choice")
    static let back = L(vi: "quay lại", en: "back")
    static let history = L(vi: "lịch sử, hoàn tác", en: "history, undo")
    static let undo = L(vi: "hoàn tác thay đổi cuối", en: "undo the last change")

    static let nothingChanged = L(vi: "Không có gì thay đổi.", en: "Nothing changed.")
    static func saved(_ n: Int) -> L { L(vi: "Đã lưu \(n) thay đổi cài đặt.", en: "Saved \(n) settings changes.") }
    static func refused(_ n: Int) -> L {
        L(vi: "\(n) mục không dùng được (xem ⚠); chưa lưu gì.", en: "\(n) fields cannot be used (see ⚠); nothing was saved.")
    }
    static func conflict(_ file: String, _ person: String, _ time: String) -> L {
        L(vi: "config/\(file).json đã được \(person) thay đổi lúc \(time); thay đổi của bạn chưa được lưu. Đã tải lại — hãy sửa lại.",
          en: "\(person) changed config/\(file).json at \(time); your change was not saved. Reloaded — edit again.")
    }
    static let noProvinces = L(vi: "không đọc được danh sách tỉnh, thành phố", en: "the list of provinces could not be read")

    static let when = L(vi: "Lúc", en: "When")
    static let who = L(vi: "Người", en: "Who")
    static let file = L(vi: "Tệp", en: "File")
    static let note = L(vi: "Thay đổi", en: "Change")
    static let noHistory = L(vi: "Chưa có thay đổi cài đặt nào.", en: "No settings change yet.")
    static let undoTitle = L(vi: "Hoàn tác thay đổi cuối?", en: "Undo the last change?")
    static func undoQuestion(_ file: String, _ note: String) -> L {
        L(vi: "Đặt lại config/\(file).json như trước thay đổi: \(note)", en: "Put config/\(file).json back as before: \(note)")
    }
    static let nothingToUndo = L(vi: "Không còn thay đổi nào để hoàn tác.", en: "There is no change left to undo.")
    static func undone(_ file: String) -> L { L(vi: "Đã hoàn tác thay đổi của config/\(file).json.", en: "Undid the change to config/\(file).json.") }
}

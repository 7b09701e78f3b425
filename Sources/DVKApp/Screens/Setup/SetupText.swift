import DVKCore
import DVKTerminal

/// The texts of the first-run setup, in Vietnamese and English.
enum SetupText {
    typealias L = LocalizedText

    static let title = L(vi: "Khai báo Ban Chỉ đạo", en: "Setting up the committee")
    static let pageTitles: [L] = [
        L(vi: "Cấp của Ban Chỉ đạo", en: "The committee's level"),
        L(vi: "Tỉnh, thành phố", en: "Province or city"),
        L(vi: "Tên và tiêu đề văn bản", en: "Names as they will print"),
        L(vi: "Đơn vị", en: "Units"),
        L(vi: "Cách chấm điểm", en: "Rubric"),
        L(vi: "Người dùng", en: "Users"),
        L(vi: "Tóm tắt", en: "Summary"),
    ]
    static let step = L(vi: "Bước", en: "Step")
    static let levelProvince = L(vi: "Tỉnh, thành phố", en: "Province or city")
    static let levelCommune = L(vi: "Xã, phường, đặc khu", en: "Commune, ward or special zone")
    static let levelHint = L(vi: "Cấp huyện không còn từ 01/7/2025; chỉ giữ cho hồ sơ trước thời điểm đó.",
                             en: "Districts ended on 1 July 2025; the level is kept only for records from before then.")
    static let provinceHint = L(vi: "Gõ để lọc (không cần dấu), ↑↓ chọn, Enter xác nhận.",
                                en: "Type to filter (diacritics optional), ↑↓ to choose, Enter to confirm.")
    static let pickHint = L(vi: "↑↓ chọn, Enter xác nhận.", en: "↑↓ to choose, Enter to confirm.")
    static let commune = L(vi: "Tên xã, phường, đặc khu", en: "Commune, ward, special zone")
    static let issuer = L(vi: "Cơ quan ban hành", en: "Issuing body")
    static let parent = L(vi: "Cơ quan cấp trên", en: "Parent body")
    static let nameLine1 = L(vi: "Tên (dòng 1)", en: "Name (line 1)")
    static let nameLine2 = L(vi: "Tên (dòng 2)", en: "Name (line 2)")
    static let place = L(vi: "Địa danh", en: "Place")
    static let numberSuffix = L(vi: "Ký hiệu số", en: "Number suffix")
    static let signerMode = L(vi: "Thẩm quyền ký", en: "Signing mode")
    static let signerTitle = L(vi: "Chức vụ người ký", en: "Signer's title")
    static let signerName = L(vi: "Họ tên người ký", en: "Signer's name")
    static let namesHint = L(vi: "←→ ở «Cơ quan ban hành» đổi cơ quan; ←→/Space ở «Thẩm quyền ký» đổi TM./KT.",
                             en: "←→ on «Issuing body» switches bodies; ←→/Space on «Signing mode» cycles TM./KT.")
    static let preview = L(vi: "Xem trước (như in trên danh sách khen thưởng)", en: "Preview (as the award list prints it)")
    static let ownRight = L(vi: "(ký trực tiếp)", en: "(in own right)")
    static let unitsText = L(vi: "Đơn vị (mỗi dòng một)", en: "Units (one per line)")
    static let unitsFile = L(vi: "Hoặc nạp từ tệp", en: "Or load from a file")
    static let unitsHint = L(vi: "Gõ hoặc dán mỗi dòng một đơn vị; tệp .txt/.csv/.xlsx: gõ đường dẫn rồi Enter.",
                             en: "Type or paste one unit per line; a .txt/.csv/.xlsx file: type its path and press Enter.")
    static func unitCount(_ n: Int) -> L { L(vi: "\(n) đơn vị", en: "\(n) units") }
    static func unitsLoaded(_ n: Int, _ path: String) -> L { L(vi: "Đã nạp \(n) đơn vị từ \(path)", en: "Loaded \(n) units from \(path)") }
    static func rubricPoints(_ criteria: Int) -> L {
        L(vi: "Chấm điểm: 100 điểm, \(criteria) tiêu chí", en: "Points: 100 points in \(criteria) criteria")
    }
    static let rubricPassFail = L(vi: "Biểu quyết Đạt / Không đạt", en: "Pass / fail vote")
    static let admin = L(vi: "Quản trị (người đang chạy)", en: "Administrator (running this)")
    static let login = L(vi: "Tên đăng nhập", en: "Login")
    static let fullName = L(vi: "Họ tên", en: "Name")
    static let role = L(vi: "Vai trò", en: "Role")
    static let roleNone = L(vi: "(Enter để chọn)", en: "(Enter to choose)")
    static let usersHint = L(vi: "Chọn vai trò (Enter) để thêm người; Ctrl-D bỏ người thêm cuối.",
                             en: "Choose the role (Enter) to add the person; Ctrl-D removes the last one added.")
    static func userAdded(_ login: String) -> L { L(vi: "Đã thêm «\(login)»", en: "Added «\(login)»") }
    static let summaryHint = L(vi: "Enter: tạo thư mục dữ liệu; Esc: quay lại sửa.", en: "Enter: create the data directory; Esc: go back.")
    static let dataDirectory = L(vi: "Thư mục dữ liệu", en: "Data directory")
    static let level = L(vi: "Cấp", en: "Level")
    static let province = L(vi: "Tỉnh, thành phố", en: "Province or city")
    static let committee = L(vi: "Ban Chỉ đạo", en: "Committee")
    static let letterheads = L(vi: "Tiêu đề văn bản", en: "Letterheads")
    static let units = L(vi: "Đơn vị", en: "Units")
    static let rubric = L(vi: "Chấm điểm", en: "Rubric")
    static let users = L(vi: "Người dùng", en: "Users")
    static let createTitle = L(vi: "Tạo thư mục dữ liệu?", en: "Create the data directory?")
    static func createQuestion(_ path: String) -> L { L(vi: "Tạo thư mục dữ liệu tại \(path)?", en: "Create the data directory at \(path)?") }
    static let createdTitle = L(vi: "Đã tạo thư mục dữ liệu", en: "Data directory created")
    static func created(_ path: String) -> L { L(vi: "Dữ liệu ở: \(path)", en: "The data is in: \(path)") }
    static let openApp = L(vi: "Mở dvk ngay?", en: "Open dvk now?")
    static let notCreated = L(vi: "Chưa tạo gì.", en: "Nothing was created.")
    static let cancelTitle = L(vi: "Thoát khai báo?", en: "Leave the setup?")
    static let cancelQuestion = L(vi: "Chưa tạo gì; thoát?", en: "Nothing has been created; leave?")
    static let createFailed = L(vi: "Không tạo được", en: "Could not create it")
    static let yes = L(vi: "Có", en: "Yes")
    static let no = L(vi: "Không", en: "No")
    static let next = L(vi: "tiếp", en: "next")
    static let back = L(vi: "quay lại", en: "back")
    static let field = L(vi: "ô sau/trước", en: "next/previous field")
    static let quit = L(vi: "thoát", en: "leave")
    static let pickProvince = L(vi: "Chọn một tỉnh, thành phố", en: "Choose a province or city")

    static func inputMode(_ mode: InputMode) -> L {
        switch mode {
        case .direct: return L(vi: "Gõ trực tiếp", en: "Direct")
        case .telex: return L(vi: "Telex", en: "Telex")
        case .vni: return L(vi: "VNI", en: "VNI")
        }
    }
}

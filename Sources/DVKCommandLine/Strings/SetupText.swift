import DVKCore

/// The texts of a committee's setup on the command line (`dvk init --level …`, `dvk check`).
enum SetupText {
    typealias L = LocalizedText

    static let initDiscussion = L(
        vi: "Ban Chỉ đạo của bạn: --level province|commune --province TỈNH [--committee \"Xã …\"] [--units TỆP]. Không có các tùy chọn này, trong terminal dvk mở trang khai báo toàn màn hình; qua ống dẫn (script), thư mục dùng cấu hình mặc định hai cấp, chưa khai báo Ban Chỉ đạo (dvk check sẽ nhắc; văn bản chưa in được).",
        en: "Your committee: --level province|commune --province NAME [--committee \"Xã …\"] [--units FILE]. Without them, in a terminal, dvk opens a full-screen setup; piped (scripts), the directory has the two-tier defaults and no committee set up (dvk check says so; no document prints until it is).")
    static let levelHelp = L(vi: "cấp của Ban Chỉ đạo: province (tỉnh, thành phố) hoặc commune (xã, phường, đặc khu)",
                             en: "the committee's tier: province (province or city) or commune (commune, ward, special zone)")
    static let provinceHelp = L(vi: "tỉnh, thành phố (một trong 34 đơn vị hiện nay)", en: "the province or city (one of today's 34)")
    static let committeeHelp = L(vi: "với --level commune: tên xã, phường, đặc khu (ví dụ: \"Xã Kim Bình\")",
                                 en: "with --level commune: the commune, ward or special zone (e.g. \"Xã Kim Bình\")")
    static let unitsHelp = L(vi: "danh sách đơn vị: tệp .txt (mỗi dòng một đơn vị), .csv hoặc .xlsx (cột «Đơn vị»)",
                             en: "the unit list: a .txt file (one unit per line), .csv or .xlsx (column «Đơn vị»)")
    static let configHelp = L(vi: "lấy cấu hình (tiêu đề văn bản, đơn vị, danh mục…) từ thư mục này, ví dụ config/ của một thư mục dữ liệu khác",
                              en: "take the configuration (letterheads, units, lists…) from this folder, e.g. another data directory's config/")
    static let oneSource = L(vi: "chỉ dùng một trong --demo, --config, --level", en: "use only one of --demo, --config, --level")
    static let levelNeeded = L(vi: "--province và --committee cần đi cùng --level province|commune",
                               en: "--province and --committee go with --level province|commune")
    static let provinceNeeded = L(vi: "--level cần --province (tỉnh, thành phố)", en: "--level needs --province")
    static func noConfigIn(_ folder: String) -> L {
        L(vi: "--config: thư mục «\(folder)» không có tệp cấu hình nào của dvk", en: "--config: «\(folder)» holds no dvk configuration file")
    }
    static let notSetUp = L(
        vi: "Chưa khai báo Ban Chỉ đạo: chưa in được văn bản. Khai báo bằng «dvk init --level … --province …» trên một thư mục mới, hoặc sửa config/committee.json và config/headers.json (xem docs/setup.md).",
        en: "No committee is set up yet: no document can be printed. Set it up with «dvk init --level … --province …» on a new directory, or edit config/committee.json and config/headers.json (see docs/setup.md).")
    static func setUpAs(_ profile: CommitteeProfile) -> L {
        L(vi: "Ban Chỉ đạo: \(profile.shownName)", en: "Committee: \(profile.shownName)")
    }

    static let settingsAbstract = L(vi: "Cài đặt của Ban Chỉ đạo: tên, tỉnh, cấp, tiêu đề văn bản (có nhật ký, hoàn tác được)",
                                    en: "The committee's settings: name, province, level, letterheads (journaled, undoable)")
    static let settingsSetAbstract = L(vi: "Đổi cài đặt: KHÓA=GIÁ_TRỊ (xem dvk settings show)", en: "Change settings: KEY=VALUE (see dvk settings show)")
    static let settingsUndoAbstract = L(vi: "Hoàn tác lần đổi cài đặt gần nhất", en: "Undo the last change of the settings")
    static let settingsColumns = [L(vi: "Khóa", en: "Key"), L(vi: "Giá trị", en: "Value")]
    static let nothingToUndo = L(vi: "chưa có lần đổi cài đặt nào để hoàn tác", en: "there is no change of the settings to undo")
    static func settingsSaved(_ count: Int) -> L { L(vi: "Đã lưu \(count) thay đổi", en: "Saved \(count) change(s)") }
    static func undone(_ file: String, _ note: String) -> L { L(vi: "Đã hoàn tác (\(file)): \(note)", en: "Undone (\(file)): \(note)") }
}

import DVKCore
import DVKTerminal

/// Every text of the interactive screens, in Vietnamese and English.
enum AppText {
    typealias L = LocalizedText

    static let yes = L(vi: "Có", en: "Yes")
    static let no = L(vi: "Không", en: "No")
    static let helpTitle = L(vi: "Phím tắt", en: "Keys")
    static let helpHint = L(vi: "trợ giúp", en: "help")
    static let quitHint = L(vi: "thoát", en: "quit")
    static let quitTitle = L(vi: "Thoát dvk?", en: "Quit dvk?")
    static let quitUnsaved = L(vi: "Có thay đổi chưa lưu. Thoát và bỏ các thay đổi đó?", en: "There are unsaved changes. Quit and discard them?")
    static let discardTitle = L(vi: "Bỏ thay đổi?", en: "Discard changes?")
    static let discardQuestion = L(vi: "Các thay đổi chưa lưu sẽ mất. Bỏ đi?", en: "Your unsaved changes will be lost. Discard them?")
    static let loadProblems = L(vi: "Một số tệp không đọc được", en: "Some files could not be read")
    static let pleaseWait = L(vi: "Xin chờ một chút…", en: "Please wait…")
    static let languageNow = L(vi: "Ngôn ngữ: Tiếng Việt", en: "Language: English")

    static let globalKeys: [(String, L)] = [
        ("?  F1", L(vi: "trợ giúp (danh sách phím này)", en: "help (this list of keys)")),
        ("Ctrl-T  F2", L(vi: "bộ gõ: trực tiếp → Telex → VNI", en: "input mode: direct → Telex → VNI")),
        ("F3", L(vi: "đổi ngôn ngữ Việt/Anh", en: "switch language Vietnamese/English")),
        ("q  Ctrl-C", L(vi: "thoát (hỏi nếu có thay đổi chưa lưu)", en: "quit (asks when something is unsaved)")),
    ]

    static func inputModeName(_ mode: InputMode) -> L {
        switch mode {
        case .direct: return L(vi: "Gõ trực tiếp", en: "Direct")
        case .telex: return L(vi: "Telex", en: "Telex")
        case .vni: return L(vi: "VNI", en: "VNI")
        }
    }

    static func inputModeNow(_ name: L) -> L { L(vi: "Bộ gõ: \(name.vi)", en: "Input mode: \(name.en)") }

    static func tooSmall(rows: Int, columns: Int) -> L {
        L(vi: "Cửa sổ quá nhỏ: \(columns)×\(rows). Cần ít nhất \(App.minimumSize.columns)×\(App.minimumSize.rows). Hãy phóng to cửa sổ; Ctrl-C để thoát.",
          en: "The window is too small: \(columns)×\(rows). At least \(App.minimumSize.columns)×\(App.minimumSize.rows) is needed. Enlarge it; Ctrl-C quits.")
    }

    // MARK: - Model list

    static let listTitle = L(vi: "Danh sách mô hình", en: "Models")
    static let listColumns: [L] = [
        L(vi: "Mã", en: "Id"), L(vi: "Tên mô hình", en: "Name"), L(vi: "Đơn vị", en: "Unit"), L(vi: "Lĩnh vực", en: "Field"),
        L(vi: "TT/CN", en: "Subject"), L(vi: "Loại", en: "Kind"), L(vi: "Trạng thái", en: "State"), L(vi: "Năm", en: "Year"),
    ]
    static let searchPrompt = L(vi: "Tìm", en: "Search")
    static func counts(shown: Int, total: Int, marked: Int) -> L {
        L(vi: "\(shown)/\(total) mô hình" + (marked > 0 ? ", đã chọn \(marked)" : ""),
          en: "\(shown) of \(total) models" + (marked > 0 ? ", \(marked) marked" : ""))
    }
    static let open = L(vi: "mở", en: "open")
    static let search = L(vi: "tìm (không dấu)", en: "search (no diacritics needed)")
    static let add = L(vi: "thêm mô hình", en: "add a model")
    static let move = L(vi: "chuyển trạng thái", en: "move")
    static let mark = L(vi: "chọn/bỏ chọn dòng", en: "mark/unmark the row")
    static let markAll = L(vi: "chọn tất cả đang hiện / bỏ chọn", en: "mark all shown / clear marks")
    static let filter = L(vi: "lọc (năm, lĩnh vực, trạng thái, đơn vị, cấp, TT/CN, loại)", en: "filter (year, field, state, unit, level, subject, kind)")
    static let clearFilters = L(vi: "bỏ mọi bộ lọc và tìm kiếm", en: "clear filters and search")
    static let sort = L(vi: "sắp xếp theo cột", en: "sort by a column")
    static let reverse = L(vi: "đảo thứ tự sắp xếp", en: "reverse the order")
    static let history = L(vi: "lịch sử", en: "history")
    static let inspect = L(vi: "ghi đợt kiểm tra (dòng này hoặc các dòng đã chọn)", en: "record an inspection (this row or the marked ones)")
    static let dashboard = L(vi: "tổng quan: việc chờ bạn", en: "dashboard: what waits for you")
    static let appraisalQueue = L(vi: "hàng đợi thẩm định: chấm điểm, công nhận", en: "appraisal queue: score, recognise")
    static let awards = L(vi: "khen thưởng: đề nghị, quyết định, đề nghị cấp trên", en: "awards: propose, decide, escalate")
    static let awardList = L(vi: "lập danh sách khen thưởng của một quyết định", en: "build the award list of a decision")
    static let total = L(vi: "Tổng", en: "Total")
    static let print = L(vi: "in danh sách khen thưởng, biểu tổng hợp (xem trước, rồi xuất tệp)", en: "print an award list or a summary table (preview, then export)")
    static let reports = L(vi: "báo cáo, biểu tổng hợp theo năm hoặc giai đoạn (xem như khi in, xuất tệp)",
                           en: "reports: summary tables for a year or period (as printed, export)")
    static let reload = L(vi: "tải lại dữ liệu", en: "reload the data")
    static let navigate = L(vi: "di chuyển (↑↓ j k, PgUp PgDn, Home End, chuột)", en: "move around (↑↓ j k, PgUp PgDn, Home End, mouse)")
    static let filterTitle = L(vi: "Lọc theo", en: "Filter by")
    static let sortTitle = L(vi: "Sắp xếp theo", en: "Sort by")
    static let anyValue = L(vi: "(tất cả)", en: "(all)")
    static let filterDimensions: [(String, L)] = [
        ("year", L(vi: "Năm", en: "Year")), ("field", L(vi: "Lĩnh vực", en: "Field")), ("state", L(vi: "Trạng thái", en: "State")),
        ("unit", L(vi: "Đơn vị", en: "Unit")), ("level", L(vi: "Cấp", en: "Level")), ("subject", L(vi: "Tập thể/cá nhân", en: "Subject")),
        ("kind", L(vi: "Loại", en: "Kind")),
    ]
    static let readOnly = L(vi: "Bạn chỉ có quyền xem; không sửa được.", en: "You may only read; nothing can be changed.")
    static let notForYourRole = L(vi: "(không cho vai trò của bạn)", en: "(not for your role)")
    static let nothingSelected = L(vi: "Chưa có mô hình nào.", en: "No model here.")
    static let reloaded = L(vi: "Đã tải lại dữ liệu.", en: "Data reloaded.")
}

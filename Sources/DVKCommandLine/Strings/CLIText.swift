import DVKCore

/// Every message of the command line in Vietnamese and English (help texts in `CLIHelpText`).
enum CLIText {
    typealias L = LocalizedText

    static let help = CLIHelpText.self

    static func readOnly(_ actor: Actor) -> L {
        L(vi: "người dùng «\(actor.login)» chỉ có quyền xem; nhờ quản trị thêm vai trò bằng «dvk users add \(actor.login) --role …»",
          en: "user «\(actor.login)» may only read; ask an administrator to add a role with «dvk users add \(actor.login) --role …»")
    }

    static func adminOnly(_ actor: Actor) -> L {
        L(vi: "chỉ quản trị mới làm được việc này (bạn là «\(actor.login)»)", en: "only an administrator may do this (you are «\(actor.login)»)")
    }

    static let byRemoved = L(vi: "--by không còn dùng: phiếu chấm luôn được ghi dưới tên người đang dùng dvk. Thường trực, văn phòng nhập phiếu giấy cho một thành viên thẩm định bằng --for TÊN-ĐĂNG-NHẬP",
                             en: "--by is gone: a score sheet is always filed under the user running dvk. The secretariat enters an appraiser's paper sheet with --for LOGIN")

    static func initialised(_ path: String, admin: String) -> L {
        L(vi: "Đã tạo thư mục dữ liệu \(path); người quản trị: \(admin)", en: "Created the data directory \(path); administrator: \(admin)")
    }

    static func shared(_ path: String, group: String) -> L {
        L(vi: "Thư mục \(path) dùng chung cho nhóm «\(group)»: thư mục 2770, tệp 0660; thêm người dùng vào nhóm bằng «sudo usermod -aG \(group) TÊN»",
          en: "\(path) is shared by group «\(group)»: folders 2770, files 0660; add users to the group with «sudo usermod -aG \(group) NAME»")
    }

    static func indexDisagrees(_ ids: [String]) -> L {
        let list = ids.prefix(10).joined(separator: ", ") + (ids.count > 10 ? ", …" : "")
        return L(vi: ".index/models.idx: chỉ mục danh sách khác với bản ghi ở \(ids.count) mô hình (\(list)); đã xóa chỉ mục, lần mở sau sẽ dựng lại từ bản ghi",
                 en: ".index/models.idx: the list index disagrees with the records for \(ids.count) models (\(list)); the index was removed and is rebuilt from the records at the next start")
    }

    static func demoLoaded(models: Int, inspections: Int, decisions: Int) -> L {
        L(vi: "Đã nạp dữ liệu mẫu: \(models) mô hình, \(inspections) đợt kiểm tra, \(decisions) quyết định khen thưởng",
          en: "Loaded the demo data: \(models) models, \(inspections) inspection rounds, \(decisions) award decisions")
    }

    static func exported(_ count: Int, _ path: String) -> L {
        L(vi: "Đã xuất \(count) mô hình ra «\(path)»", en: "Exported \(count) models to «\(path)»")
    }

    static func count(_ shown: Int, of total: Int) -> L {
        L(vi: "\(shown)/\(total) mô hình", en: "\(shown) of \(total) models")
    }

    static let listColumns: [L] = [
        L(vi: "Mã", en: "Id"), L(vi: "Tên mô hình", en: "Name"), L(vi: "Đơn vị", en: "Unit"), L(vi: "Lĩnh vực", en: "Field"),
        L(vi: "TT/CN", en: "Subject"), L(vi: "Loại", en: "Kind"), L(vi: "Trạng thái", en: "State"), L(vi: "Năm", en: "Year"),
    ]
    static let inspectionColumns: [L] = [
        L(vi: "Mã", en: "Id"), L(vi: "Ngày", en: "Date"), L(vi: "Cấp", en: "Level"), L(vi: "Đoàn kiểm tra", en: "Team"),
        L(vi: "Số mô hình", en: "Models"),
    ]
    static let decisionColumns: [L] = [
        L(vi: "Mã", en: "Id"), L(vi: "Số quyết định", en: "Number"), L(vi: "Ngày", en: "Date"), L(vi: "Hình thức", en: "Form"),
        L(vi: "Cấp", en: "Level"), L(vi: "Khối", en: "Track"), L(vi: "Tình trạng", en: "Status"), L(vi: "Số người/tập thể", en: "Recipients"),
    ]
    static let userColumns: [L] = [L(vi: "Tên đăng nhập", en: "Login"), L(vi: "Họ tên", en: "Name"), L(vi: "Vai trò", en: "Roles")]
    static let unitColumns: [L] = [L(vi: "Mã", en: "Id"), L(vi: "Tên đơn vị", en: "Name"), L(vi: "Loại", en: "Type")]

    static let sectionRegistration = L(vi: "Nội dung đăng ký", en: "Registration")
    static let sectionHistory = L(vi: "Lịch sử (ai, khi nào, chuyển gì, lý do)", en: "History (who, when, what, why)")
    static let sectionJournal = L(vi: "Nhật ký lưu", en: "Save journal")
    static let individual = L(vi: "Cá nhân", en: "Individual")
    static let revision = L(vi: "Phiên bản", en: "Revision")
    static let registrationReview = L(vi: "Thẩm định đăng ký", en: "Registration review")
    static let scoreResult = L(vi: "Kết quả chấm (trung bình)", en: "Appraisal result (average)")
    static let replication = L(vi: "Nhân rộng", en: "Replicated at")
    static let signerLabel = L(vi: "Người ký", en: "Signer")
    static let reasonLabel = L(vi: "Lý do khen", en: "Reason")

    static func decisionStatus(_ status: String) -> L {
        status == AwardDecision.statusAwarded ? L(vi: "Đã khen", en: "Awarded") : L(vi: "Đề nghị", en: "Proposed")
    }

    static func keptAsDraft(_ reasons: String) -> L {
        L(vi: "Đã lưu ở dạng nháp, chưa nộp đăng ký:\n\(reasons)", en: "Saved as a draft, not yet submitted:\n\(reasons)")
    }

    static func saved(_ id: String, revision: Int) -> L {
        L(vi: "Đã lưu \(id) (phiên bản \(revision))", en: "Saved \(id) (revision \(revision))")
    }

    static func moved(_ id: String, to state: String) -> L {
        L(vi: "\(id): đã chuyển sang «\(state)»", en: "\(id): moved to «\(state)»")
    }

    static func refused(_ id: String, to state: String) -> L {
        L(vi: "\(id): không chuyển được sang «\(state)»:", en: "\(id): cannot move to «\(state)»:")
    }

    static func notInAppraisal(_ id: String, state: String) -> L {
        L(vi: "\(id) đang ở trạng thái «\(state)», không ở bước thẩm định nên không nhận phiếu chấm",
          en: "\(id) is «\(state)», not under appraisal, so it takes no score sheet")
    }

    static func enteredBy(_ login: String) -> L { L(vi: " (phiếu giấy, \(login) nhập)", en: " (paper sheet, entered by \(login))") }

    static func appraised(_ id: String, sheets: Int, average: String, band: String) -> L {
        L(vi: "\(id): \(sheets) phiếu chấm, trung bình \(average) — \(band)", en: "\(id): \(sheets) score sheet(s), average \(average) — \(band)")
    }

    static func inspected(_ id: String, models: Int) -> L {
        L(vi: "Đã ghi đợt kiểm tra \(id) (\(models) mô hình)", en: "Recorded inspection round \(id) (\(models) model(s))")
    }

    static func replicated(_ id: String, children: [(id: String, place: String)]) -> L {
        let list = children.map { "\($0.id) (\($0.place))" }.joined(separator: ", ")
        return L(vi: "Đã tạo \(children.count) mô hình nhân rộng từ \(id): \(list)", en: "Created \(children.count) replicated model(s) from \(id): \(list)")
    }

    static func formNotAtLevel(_ form: L, level: String) -> L {
        L(vi: "hình thức «\(form.vi)» không áp dụng ở cấp «\(level)» (xem config/lists.json, awardForms)",
          en: "the form «\(form.en)» is not given at the «\(level)» level (see config/lists.json, awardForms)")
    }

    static func formNotOnTrack(_ form: L, track: String) -> L {
        L(vi: "hình thức «\(form.vi)» không thuộc khối «\(track)»", en: "the form «\(form.en)» is not on the «\(track)» track")
    }

    /// The reason written in a new decision (stored data: the official Vietnamese wording).
    static func decisionCreated(_ id: String, number: String) -> L {
        L(vi: "Đã tạo quyết định \(number) (\(id))", en: "Created decision \(number) (\(id))")
    }

    static func recipientAdded(_ number: String, count: Int) -> L {
        L(vi: "Quyết định \(number): \(count) tập thể, cá nhân được khen", en: "Decision \(number): \(count) recipient(s)")
    }

    static func alreadyRecipient(_ id: String, number: String) -> L {
        L(vi: "\(id) đã có trong danh sách của quyết định \(number)", en: "\(id) is already a recipient of decision \(number)")
    }

    static func doubleAward(_ id: String, earlier: String, year: Int) -> L {
        L(vi: "\(id) đã được khen theo quyết định \(earlier) cho năm \(year); Luật Thi đua, khen thưởng 2022 không cho khen hai lần một thành tích. Dùng --force nếu đây là thành tích khác.",
          en: "\(id) was already awarded by decision \(earlier) for \(year); the 2022 Law forbids two awards for one achievement. Use --force if this is a different achievement.")
    }

    static func alreadyIssued(_ number: String) -> L {
        L(vi: "quyết định \(number) đã ban hành", en: "decision \(number) is already issued")
    }

    static func issued(_ number: String, models: Int) -> L {
        L(vi: "Đã ban hành quyết định \(number); \(models) mô hình chuyển sang «Đã khen thưởng»",
          en: "Issued decision \(number); \(models) model(s) moved to «Awarded»")
    }

    static func migratedNote(_ ids: [String]) -> L {
        L(vi: "Ghi chú: \(ids.count) tệp dùng lược đồ cũ, đã được chuyển đổi khi đọc (sẽ ghi theo lược đồ mới ở lần lưu sau): \(ids.prefix(10).joined(separator: ", "))",
          en: "Note: \(ids.count) file(s) use an older schema and were migrated on load (written in the new schema at their next save): \(ids.prefix(10).joined(separator: ", "))")
    }

    static func checkSummary(models: Int, inspections: Int, decisions: Int, journal: Int) -> L {
        L(vi: "\(models) mô hình, \(inspections) đợt kiểm tra, \(decisions) quyết định, \(journal) dòng nhật ký",
          en: "\(models) models, \(inspections) inspection rounds, \(decisions) decisions, \(journal) journal lines")
    }

    static let checkOK = L(vi: "Dữ liệu toàn vẹn:", en: "Data is consistent:")

    static func checkFailed(_ count: Int) -> L {
        L(vi: "phát hiện \(count) vấn đề trong thư mục dữ liệu", en: "found \(count) problem(s) in the data directory")
    }

    static func brokenLink(_ key: String, _ id: String) -> L {
        L(vi: "liên kết «\(key)» tới «\(id)» không khớp (bản ghi không tồn tại hoặc không liên kết ngược lại)",
          en: "link «\(key)» to «\(id)» is broken (missing record, or it does not link back)")
    }

    static func brokenHistory(index: Int, from: String, expected: String) -> L {
        L(vi: "lịch sử đứt đoạn ở bước \(index): «\(from)», lẽ ra là «\(expected)»",
          en: "history breaks at entry \(index): «\(from)» where «\(expected)» was expected")
    }

    static func youAre(_ login: String, known: Bool) -> L {
        known ? L(vi: "Bạn đang là: \(login)", en: "You are: \(login)")
              : L(vi: "Bạn đang là: \(login) (chưa có trong danh sách: chỉ xem)", en: "You are: \(login) (not listed: read-only)")
    }

    static func userSaved(_ what: String) -> L {
        L(vi: "Đã lưu: \(what)", en: "Saved: \(what)")
    }

    static let total = L(vi: "Tổng cộng", en: "Total")

    static func overviewTitle(_ path: String) -> L {
        L(vi: "dvk — mô hình theo trạng thái và năm (\(path))", en: "dvk — models by state and year (\(path))")
    }

    static let overviewNext = L(
        vi: "Chạy dvk trong một terminal để mở giao diện toàn màn hình (hoặc dvk ui). Các lệnh: dvk list, dvk show MÃ, dvk add, dvk move, dvk report stats, dvk check; xem dvk --help.",
        en: "Run dvk in a terminal for the full-screen interface (or dvk ui). Commands: dvk list, dvk show ID, dvk add, dvk move, dvk report stats, dvk check; see dvk --help.")

    static func backedUp(_ folder: String, files: Int) -> L {
        L(vi: "Đã sao lưu \(files) tệp vào \(folder)", en: "Copied \(files) files to \(folder)")
    }

    /// The outcome of a registration review (`accepted`, `returned`, `rejected`).
    static func reviewOutcome(_ outcome: String) -> L {
        switch outcome {
        case "accepted": return L(vi: "chấp nhận", en: "accepted")
        case "returned": return L(vi: "trả lại để bổ sung", en: "returned for revision")
        case "rejected": return L(vi: "không chấp nhận", en: "rejected")
        default: return L(vi: outcome, en: outcome)
        }
    }

    static let notNFC = L(vi: "có chữ không ở dạng chuẩn NFC hoặc có ký tự điều khiển (sửa tay?); lần lưu sau sẽ tự chuẩn hóa",
                          en: "has text not in NFC or with control characters (edited by hand?); the next save normalises it")
}

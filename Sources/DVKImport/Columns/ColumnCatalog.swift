import DVKCore

/// The columns of each kind of sheet, and how a sheet's header row is matched to them: by
/// header in Vietnamese or English, with or without diacritics, in any order; a header written
/// as "Lĩnh vực (field)" (dvk's own exports and templates) is matched by either part.
public struct ColumnCatalog: Sendable {
    public let kind: ImportKind
    public let columns: [ImportColumn]

    /// The columns of `kind`; the model sheet has one budget column per configured budget source.
    public init(kind: ImportKind, lists: ListCatalog) {
        self.kind = kind
        switch kind {
        case .models: columns = ColumnCatalog.modelColumns + lists.budgetSources.map { source in
            ImportColumn("budget_\(source.id)", "Kinh phí – \(source.label.vi)", "Budget – \(source.label.en)", .amount,
                         aliases: source.aliases.map { "Kinh phí \($0)" })
        } + ColumnCatalog.outcomeColumns
        case .decisions: columns = ColumnCatalog.decisionColumns
        case .inspections: columns = ColumnCatalog.inspectionColumns
        }
    }

    /// Where each column of the catalog sits in `headers` (by key), and the headers matched to none.
    public func match(headers: [String]) -> (positions: [String: Int], unused: [String]) {
        var positions: [String: Int] = [:]
        var unused: [String] = []
        for (index, header) in headers.enumerated() {
            let trimmed = VietnameseText.cleanLine(header)
            guard !trimmed.isEmpty else { continue }
            if let column = column(forHeader: trimmed), positions[column.key] == nil {
                positions[column.key] = index
            } else {
                unused.append(trimmed)
            }
        }
        return (positions, unused)
    }

    func column(forHeader header: String) -> ImportColumn? {
        var candidates = [VietnameseText.matchKey(header)]
        // "Lĩnh vực (field)": either the words or the key in brackets.
        if let open = header.lastIndex(of: "("), header.hasSuffix(")") {
            candidates.append(VietnameseText.matchKey(String(header[header.index(after: open)..<header.index(before: header.endIndex)])))
            candidates.append(VietnameseText.matchKey(String(header[..<open])))
        }
        for candidate in candidates where !candidate.isEmpty {
            if let found = columns.first(where: { $0.headerKeys.contains(candidate) }) { return found }
        }
        return nil
    }

    /// The kind whose required columns `headers` name best; nil when no kind has them all.
    public static func recognise(headers: [String], lists: ListCatalog) -> ImportKind? {
        let scored = ImportKind.allCases.map { kind -> (ImportKind, Bool, Int) in
            let catalog = ColumnCatalog(kind: kind, lists: lists)
            let found = catalog.match(headers: headers).positions
            let required = catalog.columns.filter(\.required)
            return (kind, required.allSatisfy { found[$0.key] != nil }, found.count)
        }
        return scored.filter(\.1).max { $0.2 < $1.2 }?.0
    }

    // MARK: The columns

    static let modelColumns: [ImportColumn] = [
        ImportColumn("id", "Mã", "ID", .line, aliases: ["Mã mô hình", "Mã số", "Mã hồ sơ", "record_id"]),
        ImportColumn("year", "Năm", "Year", .year, required: true, aliases: ["Năm đăng ký", "Năm thực hiện"]),
        ImportColumn("unit", "Đơn vị", "Unit", .list(.units), required: true,
                     aliases: ["Đơn vị đăng ký", "Tên đơn vị", "Đơn vị thực hiện", "Xã, phường, thị trấn", "Cơ quan, đơn vị"]),
        ImportColumn("name", "Tên mô hình", "Name", .line, required: true,
                     aliases: ["Tên", "Tên mô hình, điển hình", "Tên mô hình/điển hình", "Tên mô hình, điển hình, việc làm", "Tên gọi"]),
        ImportColumn("subject", "Đối tượng", "Subject", .list(.subjects), required: true, aliases: ["Tập thể/Cá nhân", "Tập thể, cá nhân"]),
        ImportColumn("kind", "Loại", "Kind", .list(.kinds), required: true, aliases: ["Loại hình", "Mô hình/Điển hình"]),
        ImportColumn("origin", "Hình thức", "Origin", .list(.origins), required: true, aliases: ["Nguồn gốc", "Mới/Duy trì", "Hình thức xây dựng"]),
        ImportColumn("field", "Lĩnh vực", "Field", .list(.fields), required: true),
        ImportColumn("level", "Cấp", "Level", .list(.levels), aliases: ["Cấp đăng ký", "Cấp quản lý"]),
        ImportColumn("phase", "Giai đoạn", "Phase", .line),
        ImportColumn("parent_id", "Mã mô hình gốc", "Parent ID", .line, aliases: ["parentId"]),
        ImportColumn("person_in_charge", "Người phụ trách", "Person in charge", .line, aliases: ["Người chịu trách nhiệm", "Phụ trách"]),
        ImportColumn("position", "Chức vụ", "Position", .line, aliases: ["Chức vụ người phụ trách"]),
        ImportColumn("phone", "Điện thoại", "Phone", .line, aliases: ["Số điện thoại", "SĐT", "ĐT"]),
        ImportColumn("address", "Địa chỉ", "Address", .line, aliases: ["Địa bàn", "Địa điểm", "Địa bàn thực hiện"]),
        ImportColumn("situation", "Thực trạng", "Situation", .text, aliases: ["Tình hình", "Sự cần thiết"]),
        ImportColumn("objectives", "Mục tiêu", "Objectives", .text, aliases: ["Mục đích, yêu cầu"]),
        ImportColumn("solutions", "Giải pháp", "Solutions", .text, aliases: ["Nội dung, giải pháp", "Cách làm"]),
        ImportColumn("beneficiaries", "Đối tượng hưởng lợi", "Beneficiaries", .text),
        ImportColumn("forces", "Lực lượng tham gia", "Forces", .text, aliases: ["Lực lượng thực hiện"]),
        ImportColumn("outputs", "Kết quả dự kiến", "Outputs", .text, aliases: ["Sản phẩm", "Kết quả"]),
        ImportColumn("sustainability", "Tính bền vững", "Sustainability", .text, aliases: ["Khả năng nhân rộng"]),
        ImportColumn("start_date", "Ngày bắt đầu", "Start date", .date, aliases: ["Thời gian bắt đầu", "startDate"]),
        ImportColumn("expected_completion", "Ngày dự kiến hoàn thành", "Expected completion", .date,
                     aliases: ["Thời gian hoàn thành", "Ngày hoàn thành", "expectedCompletion"]),
        ImportColumn("workdays", "Ngày công", "Workdays", .wholeNumber, aliases: ["Số ngày công"]),
        ImportColumn("donated_land_m2", "Đất hiến (m²)", "Donated land (m²)", .number, aliases: ["Đất hiến", "Hiến đất (m2)", "Diện tích đất hiến"]),
        ImportColumn("full_name", "Họ và tên", "Full name", .line, aliases: ["Họ tên", "Họ tên cá nhân"]),
        ImportColumn("birth_year", "Năm sinh", "Birth year", .year),
        ImportColumn("sex", "Giới tính", "Sex", .list(.sexes), aliases: ["Nam/Nữ"]),
        ImportColumn("workplace", "Nơi công tác", "Workplace", .line, aliases: ["Đơn vị công tác"]),
    ]

    static let outcomeColumns: [ImportColumn] = [
        ImportColumn("state", "Trạng thái", "State", .state, aliases: ["Kết quả công nhận", "Tình trạng"]),
        ImportColumn("recognised_level", "Cấp công nhận", "Recognised level", .list(.levels), aliases: ["recognized_level", "Công nhận cấp"]),
        ImportColumn("recognised_year", "Năm công nhận", "Recognised year", .year, aliases: ["recognized_year"]),
        ImportColumn("recognition_decision_number", "Số quyết định công nhận", "Recognition decision number", .line,
                     aliases: ["Số QĐ công nhận", "Quyết định công nhận"]),
        ImportColumn("recognition_decision_date", "Ngày quyết định công nhận", "Recognition decision date", .date, aliases: ["Ngày QĐ công nhận"]),
        ImportColumn("recognition_body", "Cơ quan công nhận", "Recognising body", .line),
        ImportColumn("outstanding", "Tiêu biểu", "Outstanding", .yesNo, aliases: ["Điển hình tiêu biểu", "Mô hình tiêu biểu"]),
        ImportColumn("replicated", "Nhân rộng", "Replicated", .yesNo, aliases: ["Được nhân rộng", "Đã nhân rộng"]),
        ImportColumn("replicated_sites", "Nơi nhân rộng", "Replicated at", .several, aliases: ["Địa bàn nhân rộng", "Nhân rộng tại"]),
    ]

    static let decisionColumns: [ImportColumn] = [
        ImportColumn("decision_number", "Số quyết định", "Decision number", .line, required: true, aliases: ["Số QĐ", "Quyết định số"]),
        ImportColumn("decision_date", "Ngày quyết định", "Decision date", .date, aliases: ["Ngày QĐ", "Ngày ký"]),
        ImportColumn("year", "Năm", "Year", .year, required: true, aliases: ["Năm khen thưởng"]),
        ImportColumn("award_form", "Hình thức khen thưởng", "Award form", .list(.awardForms), required: true, aliases: ["Hình thức khen"]),
        ImportColumn("award_level", "Cấp khen thưởng", "Award level", .list(.levels), required: true, aliases: ["Cấp khen"]),
        ImportColumn("awarding_body", "Cơ quan khen thưởng", "Awarding body", .line, aliases: ["Cơ quan ban hành", "Cơ quan quyết định"]),
        ImportColumn("track", "Khối", "Track", .list(.tracks), aliases: ["Khối thi đua"]),
        ImportColumn("status", "Tình trạng quyết định", "Status", .line, aliases: ["Trạng thái khen thưởng"]),
        ImportColumn("reason", "Lý do khen thưởng", "Reason", .text, aliases: ["Thành tích"]),
        ImportColumn("recipient", "Người, tập thể được khen", "Recipient", .line, required: true,
                     aliases: ["Tên tập thể, cá nhân", "Người được khen", "Tập thể, cá nhân được khen", "Họ tên/Tên tập thể"]),
        ImportColumn("subject", "Đối tượng", "Subject", .list(.subjects), required: true, aliases: ["Tập thể/Cá nhân"]),
        ImportColumn("position", "Chức vụ", "Position", .line, aliases: ["Chức vụ, đơn vị"]),
        ImportColumn("unit", "Đơn vị", "Unit", .line, aliases: ["Đơn vị công tác"]),
        ImportColumn("record_id", "Mã mô hình", "Record ID", .line, aliases: ["Mã", "model_id"]),
    ]

    static let inspectionColumns: [ImportColumn] = [
        ImportColumn("date", "Ngày kiểm tra", "Date", .date, aliases: ["Ngày"]),
        ImportColumn("year", "Năm", "Year", .year),
        ImportColumn("inspecting_level", "Cấp kiểm tra", "Inspecting level", .list(.levels), required: true),
        ImportColumn("inspecting_body", "Đoàn kiểm tra", "Inspecting body", .line, required: true, aliases: ["Cơ quan kiểm tra"]),
        ImportColumn("inspected_unit", "Đơn vị được kiểm tra", "Inspected unit", .list(.units), required: true, aliases: ["Đơn vị"]),
        ImportColumn("record_id", "Mã mô hình", "Record ID", .line, aliases: ["Mã", "model_id"]),
        ImportColumn("findings", "Kết quả kiểm tra", "Findings", .text, aliases: ["Nhận xét", "Kết luận"]),
        ImportColumn("recommendations", "Kiến nghị", "Recommendations", .text, aliases: ["Đề xuất"]),
    ]
}

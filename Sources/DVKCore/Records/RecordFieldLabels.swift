/// The Vietnamese and English labels of the model record's JSON keys, used in messages that
/// name a field ("thiếu «Người phụ trách – họ tên»").
public enum RecordFieldLabels {
    static let table: [String: LocalizedText] = [
        "id": .init(vi: "Mã", en: "Id"),
        "year": .init(vi: "Năm", en: "Year"),
        "phase": .init(vi: "Giai đoạn", en: "Phase"),
        "unit": .init(vi: "Đơn vị", en: "Unit"),
        "level": .init(vi: "Cấp quản lý", en: "Level"),
        "subject": .init(vi: "Tập thể/cá nhân", en: "Collective/individual"),
        "kind": .init(vi: "Loại", en: "Kind"),
        "origin": .init(vi: "Hình thức xây dựng", en: "Origin"),
        "parentId": .init(vi: "Mô hình gốc", en: "Parent model"),
        "field": .init(vi: "Lĩnh vực", en: "Field"),
        "tags": .init(vi: "Chuyên đề", en: "Tags"),
        "name": .init(vi: "Tên mô hình", en: "Name"),
        "address": .init(vi: "Địa chỉ", en: "Address"),
        "situation": .init(vi: "Thực trạng, lý do", en: "Situation and reason"),
        "objectives": .init(vi: "Mục tiêu", en: "Objectives"),
        "indicators": .init(vi: "Chỉ tiêu", en: "Indicators"),
        "solutions": .init(vi: "Nội dung, giải pháp", en: "Solutions"),
        "beneficiaries": .init(vi: "Đối tượng thụ hưởng", en: "Beneficiaries"),
        "forces": .init(vi: "Lực lượng thực hiện", en: "Forces"),
        "resources": .init(vi: "Nguồn lực", en: "Resources"),
        "resources.workdays": .init(vi: "Ngày công", en: "Workdays"),
        "resources.donatedLandM2": .init(vi: "Đất hiến (m²)", en: "Donated land (m²)"),
        "startDate": .init(vi: "Ngày bắt đầu", en: "Start date"),
        "expectedCompletion": .init(vi: "Dự kiến hoàn thành", en: "Expected completion"),
        "outputs": .init(vi: "Sản phẩm đầu ra", en: "Outputs"),
        "sustainability": .init(vi: "Khả năng duy trì, nhân rộng", en: "Sustainability"),
        "personInCharge": .init(vi: "Người phụ trách", en: "Person in charge"),
        "personInCharge.name": .init(vi: "Người phụ trách – họ tên", en: "Person in charge – name"),
        "personInCharge.position": .init(vi: "Người phụ trách – chức vụ", en: "Person in charge – position"),
        "personInCharge.phone": .init(vi: "Người phụ trách – điện thoại", en: "Person in charge – phone"),
        "individual.fullName": .init(vi: "Họ và tên", en: "Full name"),
        "individual.birthYear": .init(vi: "Năm sinh", en: "Birth year"),
        "individual.sex": .init(vi: "Giới tính", en: "Sex"),
        "individual.position": .init(vi: "Chức vụ", en: "Position"),
        "individual.workplace": .init(vi: "Nơi công tác", en: "Workplace"),
        "state": .init(vi: "Trạng thái", en: "State"),
        "history": .init(vi: "Lịch sử", en: "History"),
        "appraisals": .init(vi: "Phiếu chấm điểm", en: "Score sheets"),
        "recognition": .init(vi: "Công nhận", en: "Recognition"),
        "recognition.level": .init(vi: "Cấp công nhận", en: "Recognition level"),
        "recognition.decisionNumber": .init(vi: "Số quyết định công nhận", en: "Recognition decision number"),
        "recognition.decisionDate": .init(vi: "Ngày quyết định công nhận", en: "Recognition decision date"),
        "recognition.outstanding": .init(vi: "Tiêu biểu", en: "Outstanding"),
        "resultsReport.summary": .init(vi: "Báo cáo kết quả", en: "Results report"),
        "inspectionIds": .init(vi: "Đợt kiểm tra", en: "Inspections"),
        "decisionIds": .init(vi: "Quyết định khen thưởng", en: "Award decisions"),
        "attachments": .init(vi: "Tệp minh chứng", en: "Attachments"),
    ]

    /// The label of a record key, or the key itself when it has none.
    public static func label(_ key: String, _ language: Language) -> String {
        table[key]?.text(language) ?? key
    }
}

/// The fixed Vietnamese wording of the printed documents, in one place. Documents are official
/// papers written in Vietnamese whatever the interface language; nothing here names a province.
public enum DocumentText {
    public static let nationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    public static let motto = "Độc lập - Tự do - Hạnh phúc"
    public static let partyTitle = "ĐẢNG CỘNG SẢN VIỆT NAM"
    public static let partyStar = "*"
    public static let list = "DANH SÁCH"
    public static let annexHeading = "BIỂU TỔNG HỢP"
    public static let decision = "QUYẾT ĐỊNH"
    /// The line before a decision's articles.
    public static let decides = "QUYẾT ĐỊNH:"
    public static let copiesTo = "Nơi nhận:"
    public static let number = "STT"

    /// Part headings: "I. TẬP THỂ", "II. CÁ NHÂN" (numbered by the parts present).
    public static let collectivesPart = "TẬP THỂ"
    public static let individualsPart = "CÁ NHÂN"

    public static let collectiveColumns = [
        number, "Tên tập thể", "Địa chỉ / đơn vị chủ quản", "Tên mô hình", "Lĩnh vực", "Tóm tắt thành tích",
        "Hình thức khen thưởng", "Ghi chú",
    ]
    public static let individualColumns = [
        number, "Họ và tên", "Năm sinh (Nam/Nữ)", "Chức vụ, đơn vị công tác", "Tên mô hình / điển hình", "Lĩnh vực",
        "Tóm tắt thành tích", "Hình thức khen thưởng", "Ghi chú",
    ]

    /// The list's title line: "Tập thể, cá nhân được tặng Giấy khen vì đã có thành tích …".
    public static func listTitle(form: String, proposed: Bool, achievement: String) -> String {
        "Tập thể, cá nhân \(proposed ? "đề nghị tặng" : "được tặng") \(form) \(achievement)"
    }

    /// The achievement phrase when a decision gives no reason.
    public static func defaultAchievement(year: Int) -> String {
        "vì đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” năm \(year)"
    }

    /// "(Kèm theo Quyết định số 112/QĐ-UBND ngày 14/10/2025 của Ủy ban nhân dân huyện Chiêm Hóa)".
    public static func attachedTo(_ decisions: [(number: String, date: String?)], body: String) -> String {
        let parts = decisions.map { d in
            let number = d.number.isEmpty ? "…" : d.number
            return "số \(number)" + (d.date.map { " ngày \($0)" } ?? "")
        }
        let kind = decisions.count > 1 ? "các Quyết định" : "Quyết định"
        return "(Kèm theo \(kind) \(parts.joined(separator: "; "))\(body.isEmpty ? "" : " của \(body)"))"
    }

    /// "Tổng: 2 tập thể, 3 cá nhân".
    public static func totals(collectives: Int, individuals: Int) -> String {
        "Tổng: \(collectives) tập thể, \(individuals) cá nhân"
    }

    /// "10 tập thể và 8 cá nhân", "3 tập thể", "2 cá nhân".
    public static func recipientCount(collectives: Int, individuals: Int) -> String {
        let parts = [(collectives, "tập thể"), (individuals, "cá nhân")].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        return parts.isEmpty ? "0 tập thể, cá nhân" : parts.joined(separator: " và ")
    }

    /// `text` without the full stops, semicolons and commas it ends with.
    public static func withoutFinalPunctuation(_ text: String) -> String {
        var clean = text.trimmingSpaces
        while let last = clean.last, ".;,".contains(last) { clean.removeLast() }
        return clean
    }

    /// "1978 (Nữ)", "(Nam)", "1978" or "".
    public static func birthAndSex(year: Int?, sex: String) -> String {
        let sexPart = sex.isEmpty ? "" : "(\(sex))"
        return [year.map(String.init) ?? "", sexPart].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Roman numerals for part headings.
    public static func roman(_ number: Int) -> String {
        ["I", "II", "III", "IV", "V"][max(0, min(number - 1, 4))]
    }

    // MARK: Certificates data merge

    public static let certificatesTitle = "Dữ liệu in giấy khen, bằng khen"

    public static let certificateColumns = [
        number, "Họ và tên / Tên tập thể", "Tập thể / Cá nhân", "Chức vụ", "Đơn vị", "Lý do khen thưởng", "Hình thức khen thưởng",
        "Số quyết định", "Ngày quyết định", "Ngày", "Tháng", "Năm", "Địa danh, ngày tháng", "Cơ quan ban hành",
        "Dòng ký (TM./KT.)", "Chức vụ người ký", "Họ tên người ký",
    ]
}

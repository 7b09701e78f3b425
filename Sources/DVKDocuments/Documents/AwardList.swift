/// An award list ("DANH SÁCH tập thể, cá nhân được tặng …", `domain.md` §8.2) as data: the
/// issuer's letterhead, place and date, title and subtitle, the recipients in part I. TẬP THỂ
/// and part II. CÁ NHÂN, and the signature block. Built by ``AwardListBuilder``; laid out for
/// printing by ``layout()``.
public struct AwardList: Sendable {
    public var issuer: IssuerHeading
    /// "Chiêm Hóa, ngày 14 tháng 10 năm 2025".
    public var placeAndDate: String
    /// "Tập thể, cá nhân được tặng Giấy khen vì đã có thành tích xuất sắc …".
    public var title: String
    /// "(Kèm theo Quyết định số 112/QĐ-UBND ngày 14/10/2025 của …)".
    public var subtitle: String
    public var collectives: [AwardListEntry]
    public var individuals: [AwardListEntry]
    /// "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" (or "KT. …" / title, or the title alone).
    public var signatureLines: [String]
    public var signerName: String
    /// The official numbers of the decisions the list is attached to.
    public var decisionNumbers: [String]

    /// "Tổng: 2 tập thể, 3 cá nhân".
    public var totalsLine: String {
        DocumentText.totals(collectives: collectives.count, individuals: individuals.count)
    }
}

/// One recipient as the list prints it. Collectives use `affiliation` for their address or
/// managing unit; individuals for their position and workplace.
public struct AwardListEntry: Sendable, Hashable {
    public var name: String
    /// Individuals only: "1978 (Nữ)".
    public var birthAndSex: String
    public var affiliation: String
    public var model: String
    public var field: String
    public var summary: String
    public var form: String
    public var note: String

    public init(name: String, birthAndSex: String = "", affiliation: String = "", model: String = "", field: String = "",
                summary: String = "", form: String = "", note: String = "") {
        self.name = name
        self.birthAndSex = birthAndSex
        self.affiliation = affiliation
        self.model = model
        self.field = field
        self.summary = summary
        self.form = form
        self.note = note
    }

    /// The cells of a part I row (after STT).
    var collectiveCells: [String] { [name, affiliation, model, field, summary, form, note] }
    /// The cells of a part II row (after STT).
    var individualCells: [String] { [name, birthAndSex, affiliation, model, field, summary, form, note] }
}

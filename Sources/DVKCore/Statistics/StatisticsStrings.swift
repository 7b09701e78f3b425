/// The fixed titles and column headers of the statistics tables, in Vietnamese and English.
/// Field, subject and level labels are not here: they come from the config lists.
public enum StatisticsStrings {
    /// "giai đoạn 2020 - 2022" / "2020–2022", or "năm 2022" / "2022" for a single year, or
    /// "6 tháng đầu năm 2022" / "first half of 2022".
    public static func period(_ years: ClosedRange<Int>, firstHalf: Bool = false) -> LocalizedText {
        if firstHalf && years.count == 1 {
            return LocalizedText(vi: "6 tháng đầu năm \(years.lowerBound)", en: "first half of \(years.lowerBound)")
        }
        if years.lowerBound == years.upperBound {
            return LocalizedText(vi: "năm \(years.lowerBound)", en: "\(years.lowerBound)")
        }
        return LocalizedText(vi: "giai đoạn \(years.lowerBound) - \(years.upperBound)",
                             en: "\(years.lowerBound)–\(years.upperBound)")
    }

    // Titles
    static func byFieldTitle(_ years: ClosedRange<Int>, firstHalf: Bool = false) -> LocalizedText {
        let p = period(years, firstHalf: firstHalf)
        return LocalizedText(vi: "Tổng hợp số liệu \"Dân vận khéo\" \(p.vi)", en: "\"Dân vận khéo\" figures by field, \(p.en)")
    }

    static func registeredRecognisedTitle(_ years: ClosedRange<Int>, firstHalf: Bool = false) -> LocalizedText {
        let p = period(years, firstHalf: firstHalf)
        return LocalizedText(vi: "Số mô hình, điển hình đăng ký và được công nhận theo lĩnh vực, \(p.vi)",
                             en: "Models registered and recognised by field, \(p.en)")
    }

    static func awardsTitle(_ years: ClosedRange<Int>, firstHalf: Bool = false) -> LocalizedText {
        let p = period(years, firstHalf: firstHalf)
        return LocalizedText(vi: "Khen thưởng phong trào thi đua \"Dân vận khéo\" \(p.vi)",
                             en: "Awards in the \"Dân vận khéo\" movement, \(p.en)")
    }

    // Row headers and the total row
    static let field = LocalizedText(vi: "Lĩnh vực", en: "Field")
    static let year = LocalizedText(vi: "Năm", en: "Year")
    /// The label of the totals row.
    public static let total = LocalizedText(vi: "Tổng cộng", en: "Total")

    // Column groups
    /// The seed's words for the recognised models and deeds of the period (the report's text
    /// calls them "điển hình được công nhận"); the English says what is counted.
    static func periodTotal(_ years: ClosedRange<Int>) -> LocalizedText {
        let p = period(years)
        return LocalizedText(vi: "Tổng số mô hình, nội dung việc làm \(p.vi)", en: "Models and deeds recognised, \(p.en)")
    }

    /// New registrations (origin `new`) of the last year, recognised or not.
    static func newInYear(_ year: Int) -> LocalizedText {
        LocalizedText(vi: "Số đăng ký mới năm \(year)", en: "New registrations in \(year)")
    }

    static let replicated = LocalizedText(vi: "Số mô hình DVK tiêu biểu được nhân rộng", en: "Outstanding models replicated")
    static let modelGroup = LocalizedText(vi: "Mô hình", en: "Models")
    static let deedGroup = LocalizedText(vi: "Nội dung việc làm", en: "Deeds")
    static let registered = LocalizedText(vi: "Đăng ký", en: "Registered")
    static let recognised = LocalizedText(vi: "Được công nhận", en: "Recognised")
    static let awardLevel = LocalizedText(vi: "Cấp khen", en: "Award level")
    static let sum = LocalizedText(vi: "Tổng số", en: "Total")

    /// Fallback subject labels, used only when the `subjects` list lacks the id.
    static let collective = LocalizedText(vi: "Tập thể", en: "Collective")
    static let individual = LocalizedText(vi: "Cá nhân", en: "Individual")
}

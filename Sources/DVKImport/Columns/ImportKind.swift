import DVKCore

/// What the rows of a sheet are: models (the register), award decisions with their recipients,
/// or inspection rounds.
public enum ImportKind: String, Sendable, CaseIterable, Codable {
    case models, decisions, inspections

    public var label: LocalizedText {
        switch self {
        case .models: return LocalizedText(vi: "mô hình", en: "models")
        case .decisions: return LocalizedText(vi: "quyết định khen thưởng", en: "award decisions")
        case .inspections: return LocalizedText(vi: "đợt kiểm tra", en: "inspection rounds")
        }
    }

    /// The label of a list named in a report (`units`, `fields`…).
    static func listLabel(_ list: String, _ language: Language) -> String {
        let labels: [String: LocalizedText] = [
            "units": LocalizedText(vi: "đơn vị", en: "units"), "fields": LocalizedText(vi: "lĩnh vực", en: "fields"),
            "subjects": LocalizedText(vi: "đối tượng", en: "subjects"), "kinds": LocalizedText(vi: "loại", en: "kinds"),
            "origins": LocalizedText(vi: "hình thức", en: "origins"), "levels": LocalizedText(vi: "cấp", en: "levels"),
            "tracks": LocalizedText(vi: "khối", en: "tracks"), "awardForms": LocalizedText(vi: "hình thức khen thưởng", en: "award forms"),
            "sexes": LocalizedText(vi: "giới tính", en: "sexes"), "budgetSources": LocalizedText(vi: "nguồn kinh phí", en: "budget sources"),
        ]
        return labels[list]?.text(language) ?? list
    }
}

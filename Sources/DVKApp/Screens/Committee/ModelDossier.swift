import DVKCore
import DVKTerminal

/// A model's file as the appraiser reads it side by side: the registration (what was
/// promised), the results (what was done) and the inspections (what was seen), each a column of
/// wrapped lines.
struct ModelDossier {
    let record: ModelRecord
    /// The model's inspection rounds, oldest first.
    let inspections: [InspectionRound]
    let lists: ListCatalog
    let language: Language

    /// The three columns, each wrapped to `width`: titles first.
    func columns(width: Int) -> [[String]] {
        [registration(width), results(width), inspected(width)]
    }

    /// Draws the three columns side by side from row `top` to `bottom`, their titles fixed and
    /// their contents scrolled down by `scroll` lines.
    func draw(on screen: Screen, top: Int, bottom: Int, width: Int, scroll: Int) {
        let columnWidth = (width - 4) / 3
        for (c, lines) in columns(width: columnWidth - 2).enumerated() {
            let left = 1 + c * (columnWidth + 1)
            let visible = Array(lines.prefix(1)) + lines.dropFirst().dropFirst(scroll)
            for (offset, text) in visible.enumerated() where top + offset < bottom {
                screen.put(TextWidth.padded(text, to: columnWidth - 1), row: top + offset, column: left,
                           style: offset == 0 ? Style(.title, bold: true) : .normal)
            }
        }
    }

    /// A target or achieved value as the reader writes numbers ("1.200", "2,5").
    private func number(_ value: Double) -> String {
        language == .vi ? NumberText.vietnamese(value) : NumberText.plain(value)
    }

    private func block(_ label: LocalizedText, _ text: String, _ width: Int) -> [String] {
        block(label.text(language), text, width)
    }

    private func block(_ title: String, _ text: String, _ width: Int) -> [String] {
        guard !text.trimmingSpaces.isEmpty else { return [] }
        return ["▸ " + title] + text.split(separator: "\n").flatMap { TextWidth.wrap(String($0), width: width) }
    }

    private func registration(_ width: Int) -> [String] {
        var lines = [DossierText.registration.text(language)]
        lines += block(DossierText.objectives, record.objectives, width)
        lines += block(DossierText.solutions, record.solutions, width)
        let targets = record.indicators.map { "\($0.name): \($0.target.map(number) ?? "—") \($0.unit)" }
        lines += block(DossierText.targets, targets.joined(separator: "\n"), width)
        lines += block(DossierText.person, [record.personInCharge.name, record.personInCharge.position].filter { !$0.isEmpty }.joined(separator: ", "), width)
        return lines
    }

    private func results(_ width: Int) -> [String] {
        var lines = [DossierText.results.text(language)]
        let submitted = record.resultsReport?.submitted.map { DossierText.submitted($0.vietnamese).text(language) + "\n" } ?? ""
        let summary = record.resultsReport?.summary ?? ""
        lines += block(DossierText.report, summary.trimmingSpaces.isEmpty && submitted.isEmpty ? "" : submitted + summary, width)
        let actual = record.indicators.map { "\($0.name): \($0.actual.map(number) ?? "—")/\($0.target.map(number) ?? "—") \($0.unit)" }
        lines += block(DossierText.actuals, actual.joined(separator: "\n"), width)
        let money = record.resources.budget.map { "\(lists.label($0.source, in: .budgetSources, language)): " + DossierText.dong(NumberText.grouped($0.amount)).text(language) }
        let workdays = record.resources.workdays.map { [DossierText.workdays($0).text(language)] } ?? []
        lines += block(DossierText.resources, (money + workdays).joined(separator: "\n"), width)
        lines += block(DossierText.outputs, record.outputs, width)
        lines += block(DossierText.attachments, record.attachments.map { "• " + $0 }.joined(separator: "\n"), width)
        if lines.count == 1 { lines.append(DossierText.noResults.text(language)) }
        return lines
    }

    private func inspected(_ width: Int) -> [String] {
        var lines = [DossierText.inspections.text(language)]
        for round in inspections {
            let finding = round.findings.first { $0.modelId == record.id }
            let text = [finding?.findings ?? "", finding?.recommendations ?? ""].filter { !$0.isEmpty }.joined(separator: " — ")
            lines += block("\(round.date.vietnamese) · \(round.body)", text.isEmpty ? "—" : text, width)
        }
        if inspections.isEmpty { lines.append(DossierText.noInspections.text(language)) }
        return lines
    }
}

/// Texts of the dossier columns.
enum DossierText {
    typealias L = LocalizedText
    static let registration = L(vi: "ĐĂNG KÝ", en: "REGISTRATION")
    static let results = L(vi: "KẾT QUẢ", en: "RESULTS")
    static let inspections = L(vi: "KIỂM TRA", en: "INSPECTIONS")
    static let objectives = L(vi: "Mục tiêu", en: "Objectives")
    static let solutions = L(vi: "Giải pháp", en: "Solutions")
    static let targets = L(vi: "Chỉ tiêu", en: "Targets")
    static let person = L(vi: "Người phụ trách", en: "In charge")
    static let report = L(vi: "Báo cáo kết quả", en: "Results report")
    static let actuals = L(vi: "Chỉ tiêu đạt/đăng ký", en: "Achieved/target")
    static let resources = L(vi: "Nguồn lực huy động", en: "Resources mobilised")
    static let outputs = L(vi: "Sản phẩm", en: "Outputs")
    static let attachments = L(vi: "Tệp minh chứng", en: "Attachments")
    static func submitted(_ day: String) -> L { L(vi: "nộp ngày \(day)", en: "submitted \(day)") }
    static func dong(_ amount: String) -> L { L(vi: "\(amount) đ", en: "VND \(amount)") }
    static func workdays(_ n: Int) -> L { L(vi: "\(n) ngày công", en: "\(n) workdays") }
    static let noResults = L(vi: "(chưa có báo cáo kết quả)", en: "(no results report yet)")
    static let noInspections = L(vi: "(chưa kiểm tra)", en: "(not inspected)")
}

import DVKCore

/// One field of the model form: the record key it edits, how it is typed, its section.
struct FormField {
    enum Kind: Equatable {
        case text, multiline, date, integer, amount, yesNo
        case list(ListName)
        /// One cell of the indicators table (`indicators.<row>.<column>`).
        case indicator
    }

    /// A record JSON key (`personInCharge.name`), or `budget:<source id>` for one budget line.
    let key: String
    let kind: Kind
    let required: Bool
    let section: Int

    init(_ key: String, _ kind: Kind = .text, required: Bool = false, section: Int) {
        self.key = key
        self.kind = kind
        self.required = required
        self.section = section
    }

    var budgetSource: String? { key.hasPrefix("budget:") ? String(key.dropFirst(7)) : nil }

    /// The row and column of an indicator cell (`indicators.2.target` → (2, "target")).
    var indicatorCell: (row: Int, column: String)? { Self.indicatorCell(key) }

    static func indicatorCell(_ key: String) -> (row: Int, column: String)? {
        let parts = key.split(separator: ".")
        guard parts.count == 3, parts[0] == "indicators", let row = Int(parts[1]) else { return nil }
        return (row, String(parts[2]))
    }

    /// The section of the indicators table, and of the results report with the attachments.
    static let indicatorSection = 5
    static let reportSection = 6

    /// How many indicator rows `values` hold (at least one, blank, to type into).
    static func indicatorRows(in values: [String: String]) -> Int {
        max(1, (values.keys.compactMap { indicatorCell($0)?.row }.max() ?? -1) + 1)
    }

    /// The fields of the model form in order, in sections: identity, registration content,
    /// people, resources and dates, recognition. Budget lines come from the budget-source list.
    static func modelForm(budgetSources: [ListEntry], indicatorRows: Int = 1) -> [FormField] {
        var fields: [FormField] = [
            FormField("name", required: true, section: 0), FormField("year", .integer, required: true, section: 0),
            FormField("unit", .list(.units), required: true, section: 0), FormField("level", .list(.levels), required: true, section: 0),
            FormField("subject", .list(.subjects), required: true, section: 0), FormField("kind", .list(.kinds), required: true, section: 0),
            FormField("origin", .list(.origins), required: true, section: 0), FormField("field", .list(.fields), required: true, section: 0),
            FormField("phase", section: 0), FormField("parentId", section: 0),
            FormField("address", section: 1), FormField("situation", .multiline, section: 1), FormField("objectives", .multiline, section: 1),
            FormField("solutions", .multiline, section: 1), FormField("beneficiaries", section: 1), FormField("forces", section: 1),
            FormField("outputs", .multiline, section: 1), FormField("sustainability", .multiline, section: 1),
            FormField("personInCharge.name", section: 2), FormField("personInCharge.position", section: 2),
            FormField("personInCharge.phone", section: 2), FormField("individual.fullName", section: 2),
            FormField("individual.birthYear", .integer, section: 2), FormField("individual.sex", .list(.sexes), section: 2),
            FormField("individual.position", section: 2), FormField("individual.workplace", section: 2),
        ]
        fields += budgetSources.map { FormField("budget:\($0.id)", .amount, section: 3) }
        fields += [
            FormField("resources.workdays", .integer, section: 3), FormField("resources.donatedLandM2", .amount, section: 3),
            FormField("startDate", .date, section: 3), FormField("expectedCompletion", .date, section: 3),
            FormField("recognition.level", .list(.levels), section: 4), FormField("recognition.decisionNumber", section: 4),
            FormField("recognition.decisionDate", .date, section: 4), FormField("recognition.outstanding", .yesNo, section: 4),
        ]
        for row in 0..<max(1, indicatorRows) {
            fields += RecordFieldSetter.indicatorColumns.map { FormField(RecordFieldSetter.indicatorKey(row: row, column: $0), .indicator, section: indicatorSection) }
        }
        fields += [
            FormField("resultsReport.submitted", .date, section: reportSection),
            FormField("resultsReport.summary", .multiline, section: reportSection),
            FormField("attachments", .multiline, section: reportSection),
        ]
        return fields
    }
}

/// Reads a record's fields as the text the form shows, and writes typed text back through the
/// shared `RecordFieldSetter`.
struct FormBinding {
    let configuration: Configuration
    let language: Language

    func label(_ field: FormField) -> String {
        if let source = field.budgetSource {
            return RecordFieldLabels.label("resources", language) + " – " + configuration.lists.label(source, in: .budgetSources, language)
        }
        if let cell = field.indicatorCell {
            return RecordFieldLabels.label("indicators", language) + " \(cell.row + 1) – " + RecordFieldLabels.label("indicators." + cell.column, language)
        }
        return RecordFieldLabels.label(field.key, language)
    }

    /// The text shown for a field of `record`.
    func text(_ field: FormField, of record: ModelRecord) -> String {
        if let source = field.budgetSource {
            return record.resources.budget.first { $0.source == source }.map { NumberText.grouped($0.amount) } ?? ""
        }
        if let cell = field.indicatorCell {
            guard cell.row < record.indicators.count else { return "" }
            let indicator = record.indicators[cell.row]
            switch cell.column {
            case "name": return indicator.name
            case "unit": return indicator.unit
            case "target": return indicator.target.map(NumberText.vietnamese) ?? ""
            default: return indicator.actual.map(NumberText.vietnamese) ?? ""
            }
        }
        if field.key == "attachments" { return record.attachments.joined(separator: "\n") }
        guard let value = (try? JSONValue(encoding: record))?.value(at: field.key) else { return "" }
        switch (value, field.kind) {
        case (.string(let id), .list(let list)): return id.isEmpty ? "" : configuration.lists.label(id, in: list, language)
        case (.string(let iso), .date): return Day(parsing: iso)?.vietnamese ?? iso
        case (.number(let n), .amount): return n.rounded() == n ? NumberText.grouped(Int64(n)) : NumberText.plain(n)
        case (.number(let n), _): return NumberText.plain(n)
        case (.bool(let b), _): return b ? RecordFieldText.yes.text(language) : ""
        case (.string(let s), _): return s
        default: return ""
        }
    }

    /// Checks one typed value; nil when it is fine.
    /// What is wrong with `text` in `field`, in words; `values` (the other fields' texts) lets a
    /// day be checked against its pair (the expected completion is not before the start).
    func problem(_ field: FormField, text: String, values: [String: String] = [:]) -> String? {
        let setter = RecordFieldSetter(configuration: configuration)
        if let order = dayOrderProblem(field, text: text, values: values) { return order }
        do {
            if let cell = field.indicatorCell {
                if cell.column == "target" || cell.column == "actual" {
                    _ = try RecordFieldSetter.indicatorNumber(text, row: cell.row, column: cell.column)
                }
            } else if field.key == "attachments" {
                return nil
            } else if field.budgetSource != nil {
                if !text.isEmpty && RecordFieldSetter.amount(text) == nil {
                    return RecordFieldText.notAnAmount.text(language)
                }
            } else {
                _ = try setter.value(for: field.key, typed: text)
            }
            if field.required && text.trimmingSpaces.isEmpty { return RecordFieldText.required.text(language) }
            return nil
        } catch let error as FieldInputError {
            return error.message.text(language)
        } catch {
            return "\(error)"
        }
    }

    /// "Dự kiến hoàn thành (01/01/2024) trước Ngày bắt đầu (01/06/2024)" when the two days are
    /// both readable and out of order.
    private func dayOrderProblem(_ field: FormField, text: String, values: [String: String]) -> String? {
        let pair = ["startDate": "expectedCompletion", "expectedCompletion": "startDate"]
        guard let other = pair[field.key], let day = Day(parsing: text), let otherDay = Day(parsing: values[other] ?? "") else { return nil }
        let (start, end) = field.key == "startDate" ? (day, otherDay) : (otherDay, day)
        guard end < start else { return nil }
        let startLabel = RecordFieldLabels.label("startDate", language), endLabel = RecordFieldLabels.label("expectedCompletion", language)
        return LocalizedText(vi: "\(endLabel) (\(end.vietnamese)) trước \(startLabel) (\(start.vietnamese))",
                             en: "\(endLabel) (\(end.vietnamese)) is before \(startLabel) (\(start.vietnamese))").text(language)
    }

    /// `text` as the field shows it once left: an amount grouped ("150000000" → "150.000.000"),
    /// a day as dd/mm/yyyy ("1/3/2025" → "01/03/2025"); anything else, or anything unreadable, as typed.
    func tidy(_ field: FormField, text: String) -> String {
        if field.budgetSource != nil, let amount = RecordFieldSetter.amount(text) { return NumberText.grouped(amount) }
        if let cell = field.indicatorCell, cell.column == "target" || cell.column == "actual",
           let number = try? RecordFieldSetter.indicatorNumber(text, row: cell.row, column: cell.column) {
            return NumberText.vietnamese(number)
        }
        if RecordFieldSetter.dateKeys.contains(field.key), let day = Day(parsing: text) { return day.vietnamese }
        return text
    }

    /// The record with the typed values applied (only keys whose text changed for an edit).
    func apply(_ values: [String: String], original: [String: String], fields: [FormField], to record: ModelRecord) throws -> ModelRecord {
        let isNew = record.revision == 0
        let changed = fields.filter { field in isNew ? !(values[field.key] ?? "").isEmpty || field.required : values[field.key] != original[field.key] }
        let pairs = changed.filter { $0.budgetSource == nil && $0.kind != .indicator && $0.key != "attachments" }.map { ($0.key, values[$0.key] ?? "") }
        var updated = try RecordFieldSetter(configuration: configuration).apply(pairs, to: record)
        let indicatorKeys = { (v: [String: String]) in v.filter { FormField.indicatorCell($0.key) != nil && !$0.value.isEmpty } }
        if isNew || indicatorKeys(values) != indicatorKeys(original) {
            let rows = (0..<FormField.indicatorRows(in: values)).map { row in
                RecordFieldSetter.indicatorColumns.map { values[RecordFieldSetter.indicatorKey(row: row, column: $0)] ?? "" }
            }
            updated.indicators = try RecordFieldSetter.indicators(rows)
        }
        if isNew || values["attachments"] != original["attachments"] {
            updated.attachments = RecordFieldSetter.attachments(values["attachments"] ?? "")
        }
        for field in fields {
            guard let source = field.budgetSource else { continue }
            let amount = RecordFieldSetter.amount(values[field.key] ?? "") ?? 0
            updated.resources.budget.removeAll { $0.source == source }
            if amount > 0 { updated.resources.budget.append(BudgetLine(source: source, amount: amount)) }
        }
        return updated
    }
}

/// Texts of the form's fields.
enum RecordFieldText {
    static let yes = LocalizedText(vi: "có", en: "yes")
    static let required = LocalizedText(vi: "bắt buộc nhập", en: "required")
    static let notAnAmount = LocalizedText(
        vi: "cần một số tiền nguyên từ 0 đến \(NumberText.grouped(RecordFieldSetter.maximumAmount)) (ví dụ 70.000.000)",
        en: "needs a whole amount from 0 to \(NumberText.grouped(RecordFieldSetter.maximumAmount)) (e.g. 70.000.000)")
    static let sections: [LocalizedText] = [
        LocalizedText(vi: "Định danh, phân loại", en: "Identity and classification"),
        LocalizedText(vi: "Nội dung đăng ký", en: "Registration content"),
        LocalizedText(vi: "Người phụ trách, cá nhân", en: "People"),
        LocalizedText(vi: "Nguồn lực và thời gian", en: "Resources and dates"),
        LocalizedText(vi: "Công nhận", en: "Recognition"),
        LocalizedText(vi: "Chỉ tiêu (Ctrl-N thêm dòng, Ctrl-X xóa dòng)", en: "Indicators (Ctrl-N add a row, Ctrl-X delete the row)"),
        LocalizedText(vi: "Báo cáo kết quả, tệp minh chứng (Ctrl-O mở tệp)", en: "Results report, attachments (Ctrl-O opens the file)"),
    ]
}

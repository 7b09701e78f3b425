import DVKCore
import DVKDocuments

/// Models laid out as the import reads them: one column per column of the model catalog,
/// headed "Lĩnh vực (field)", list values by their Vietnamese labels, days as dd/mm/yyyy,
/// amounts as whole numbers, yes/no as Có/Không. What an export writes and a template shows;
/// importing it gives the same records back.
public struct ModelTable: Sendable {
    /// A cell of an exported table: a cell of an XLSX table workbook.
    public typealias Cell = XlsxTableWorkbook.Cell

    public let columns: [ImportColumn]
    public let rows: [[Cell]]
    let configuration: Configuration

    public init(models: [ModelRecord], configuration: Configuration) {
        let columns = ColumnCatalog(kind: .models, lists: configuration.lists).columns
        let lists = configuration.lists, workflow = configuration.workflow
        self.columns = columns
        self.configuration = configuration
        rows = models.map { record in
            columns.map { column in ModelTable.cell(column, of: record, lists: lists, workflow: workflow) }
        }
    }

    public var headers: [String] { columns.map(\.exportHeader) }

    /// The workbook: one sheet "Mô hình" with the list values as drop-downs (and the sheet of lists).
    public func xlsx() throws -> [UInt8] {
        let sheetColumns = ModelTable.sheetColumns(columns, lists: configuration.lists, workflow: configuration.workflow)
        return try XlsxTableWorkbook(sheets: [XlsxTableWorkbook.Sheet(name: "Mô hình", columns: sheetColumns, rows: rows)]).bytes()
    }

    /// The workbook's columns: widths by what they hold, drop-downs for list values, states and yes/no.
    static func sheetColumns(_ columns: [ImportColumn], lists: ListCatalog, workflow: WorkflowDefinition) -> [XlsxTableWorkbook.Column] {
        columns.map { column in
            let choices: [String]?
            switch column.value {
            case .list(let list): choices = lists.entries(list).filter { !$0.legacy || list != .levels }.map(\.label.vi)
            case .state: choices = workflow.states.map(\.label.vi)
            case .yesNo: choices = ["Có", "Không"]
            default: choices = nil
            }
            let width: Double
            switch column.value {
            case .text: width = 40
            case .line, .several, .list: width = column.key == "name" ? 40 : 22
            default: width = 14
            }
            let note = column.required ? "Bắt buộc (required)" : nil
            return XlsxTableWorkbook.Column(header: column.exportHeader, width: width, choices: choices, note: note)
        }
    }

    /// The CSV document (with a byte-order mark, which Excel needs to read UTF-8).
    public var csv: String {
        "\u{FEFF}" + CSVWriter.document([headers] + rows.map { $0.map(\.csvField) })
    }

    static func cell(_ column: ImportColumn, of record: ModelRecord, lists: ListCatalog, workflow: WorkflowDefinition) -> Cell {
        func text(_ value: String) -> Cell { value.isEmpty ? .empty : .text(value) }
        func label(_ id: String, _ list: ListName) -> Cell { id.isEmpty ? .empty : .text(lists.label(id, in: list, .vi)) }
        func number<N: BinaryInteger>(_ value: N?) -> Cell { value.map { .number(Double($0)) } ?? .empty }
        func day(_ value: Day?) -> Cell { value.map(Cell.date) ?? .empty }
        func yesNo(_ value: Bool) -> Cell { .text(value ? "Có" : "Không") }
        let recognition = record.recognition
        switch column.key {
        case "id": return text(record.id)
        case "year": return number(record.year)
        case "unit": return label(record.unit, .units)
        case "name": return text(record.name)
        case "subject": return label(record.subject, .subjects)
        case "kind": return label(record.kind, .kinds)
        case "origin": return label(record.origin, .origins)
        case "field": return label(record.field, .fields)
        case "level": return label(record.level, .levels)
        case "phase": return text(record.phase)
        case "parent_id": return text(record.parentId ?? "")
        case "person_in_charge": return text(record.personInCharge.name)
        case "position": return text(record.personInCharge.position)
        case "phone": return text(record.personInCharge.phone)
        case "address": return text(record.address)
        case "situation": return text(record.situation)
        case "objectives": return text(record.objectives)
        case "solutions": return text(record.solutions)
        case "beneficiaries": return text(record.beneficiaries)
        case "forces": return text(record.forces)
        case "outputs": return text(record.outputs)
        case "sustainability": return text(record.sustainability)
        case "start_date": return day(record.startDate)
        case "expected_completion": return day(record.expectedCompletion)
        case "workdays": return number(record.resources.workdays)
        case "donated_land_m2": return record.resources.donatedLandM2.map(Cell.number) ?? .empty
        case "full_name": return text(record.individual?.fullName ?? "")
        case "birth_year": return number(record.individual?.birthYear)
        case "sex": return label(record.individual?.sex ?? "", .sexes)
        case "workplace": return text(record.individual?.workplace ?? "")
        case "state": return .text(workflow.label(ofState: record.state, .vi))
        case "recognised_level": return label(recognition?.level ?? "", .levels)
        case "recognised_year": return number(recognition.map { $0.year ?? $0.decisionDate?.year ?? record.year })
        case "recognition_decision_number": return text(recognition?.decisionNumber ?? "")
        case "recognition_decision_date": return day(recognition?.decisionDate)
        case "recognition_body": return text(recognition?.body ?? "")
        case "outstanding": return recognition == nil ? .empty : yesNo(recognition?.outstanding == true)
        case "replicated": return yesNo(!record.replication.places.isEmpty)
        case "replicated_sites": return text(record.replication.places.joined(separator: "; "))
        default:
            if column.key.hasPrefix("budget_") {
                let source = String(column.key.dropFirst("budget_".count))
                let lines = record.resources.budget.filter { $0.source == source }
                return lines.isEmpty ? .empty : number(lines.reduce(Int64(0)) { $0 + $1.amount })
            }
            return .empty
        }
    }
}

extension XlsxTableWorkbook.Cell {
    /// The cell as a CSV field: whole numbers without ".0", days as dd/mm/yyyy.
    public var csvField: String {
        switch self {
        case .text(let text): return text
        case .number(let value): return value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case .date(let day): return day.vietnamese
        case .empty: return ""
        }
    }
}

import DVKCore

/// The file a committee fills in to import its register: every column the import reads, the
/// list values as drop-downs (XLSX), and two example rows — a collective model and an
/// individual exemplar — made from the committee's own lists, to be overwritten.
public struct ImportTemplate: Sendable {
    let table: ModelTable

    public init(configuration: Configuration) {
        table = ModelTable(models: ImportTemplate.examples(configuration), configuration: configuration)
    }

    public func xlsx() throws -> [UInt8] { try table.xlsx() }

    public var csv: String { table.csv }

    static func examples(_ configuration: Configuration) -> [ModelRecord] {
        let lists = configuration.lists
        let stamp = Stamp(at: Timestamp(seconds: 0), by: "")
        let registered = configuration.workflow.transitions.first { $0.from.contains(configuration.workflow.initial) }?.to
            ?? configuration.workflow.initial
        func first(_ list: ListName, _ index: Int = 0) -> String {
            let entries = lists.entries(list).filter { !$0.legacy }
            return entries.isEmpty ? "" : entries[min(index, entries.count - 1)].id
        }
        var model = ModelRecord(id: "", year: 2025, state: registered, created: stamp)
        model.unit = first(.units)
        model.name = "Mô hình “Đường hoa nông thôn mới”"
        model.subject = first(.subjects)
        model.kind = first(.kinds)
        model.origin = first(.origins)
        model.field = first(.fields)
        model.level = first(.levels)
        model.personInCharge = PersonInCharge(name: "Nguyễn Văn An", position: "Bí thư chi bộ", phone: "0912 345 678")
        model.objectives = "Trồng 2 km hoa hai bên đường liên thôn"
        model.startDate = Day(year: 2025, month: 3, day: 1)
        model.resources.budget = [BudgetLine(source: first(.budgetSources, 1), amount: 70_000_000)]
        var person = ModelRecord(id: "", year: 2025, state: registered, created: stamp)
        person.unit = first(.units, 1)
        person.subject = first(.subjects, 1)
        person.kind = first(.kinds, 1)
        person.origin = first(.origins, 1)
        person.field = first(.fields, 1)
        person.level = first(.levels)
        person.name = "Điển hình “Người phụ nữ giúp nhau làm kinh tế”"
        person.individual = IndividualDetails(fullName: "Trần Thị Bình", birthYear: 1978, sex: first(.sexes, 1), workplace: "Hội Liên hiệp Phụ nữ xã")
        return [model, person]
    }
}

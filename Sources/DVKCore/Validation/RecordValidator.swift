/// A problem with one field of a record, named by its JSON key.
public struct FieldProblem: Sendable, Hashable, Error {
    public enum Reason: Sendable, Hashable {
        case notInList(ListName, value: String)
        case outOfRange(String)
        case unknownState(String)
        case unknownReference(String)
        case invalid(String)
        case empty
    }

    public var key: String
    public var reason: Reason

    public init(key: String, reason: Reason) {
        self.key = key
        self.reason = reason
    }

    public func message(_ language: Language) -> String {
        let label = RecordFieldLabels.label(key, language)
        let vi = language == .vi
        switch reason {
        case .notInList(let list, let value):
            return vi ? "«\(label)» (\(key)): giá trị «\(value)» không có trong danh mục \(list.rawValue)"
                      : "«\(label)» (\(key)): «\(value)» is not in the \(list.rawValue) list"
        case .outOfRange(let detail):
            return vi ? "«\(label)» (\(key)): \(detail)" : "«\(label)» (\(key)): \(detail)"
        case .unknownState(let state):
            return vi ? "«\(label)» (\(key)): trạng thái «\(state)» không có trong quy trình"
                      : "«\(label)» (\(key)): state «\(state)» is not in the workflow"
        case .unknownReference(let id):
            return vi ? "«\(label)» (\(key)): không tìm thấy «\(id)»" : "«\(label)» (\(key)): «\(id)» does not exist"
        case .invalid(let detail):
            return "«\(label)» (\(key)): \(detail)"
        case .empty:
            return vi ? "«\(label)» (\(key)): không được để trống" : "«\(label)» (\(key)): must not be empty"
        }
    }
}

/// Checks a model record against the configuration: list values exist, numbers are in range,
/// the state is a workflow state. Used before every save and by `dvk check`.
public struct RecordValidator: Sendable {
    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    public func problems(in record: ModelRecord) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        let lists = configuration.lists
        func check(_ value: String, _ key: String, _ list: ListName) {
            if !value.isEmpty, !lists.contains(value, in: list) { problems.append(FieldProblem(key: key, reason: .notInList(list, value: value))) }
        }
        check(record.unit, "unit", .units)
        check(record.level, "level", .levels)
        check(record.subject, "subject", .subjects)
        check(record.kind, "kind", .kinds)
        check(record.origin, "origin", .origins)
        check(record.field, "field", .fields)
        if let sex = record.individual?.sex { check(sex, "individual.sex", .sexes) }
        if let recognitionLevel = record.recognition?.level { check(recognitionLevel, "recognition.level", .levels) }
        for line in record.resources.budget { check(line.source, "resources", .budgetSources) }
        if !(1990...2200).contains(record.year) {
            problems.append(FieldProblem(key: "year", reason: .outOfRange("\(record.year) ∉ 1990…2200")))
        }
        if let birth = record.individual?.birthYear, !(1900...record.year).contains(birth) {
            problems.append(FieldProblem(key: "individual.birthYear", reason: .outOfRange("\(birth) ∉ 1900…\(record.year)")))
        }
        if let workdays = record.resources.workdays, workdays < 0 {
            problems.append(FieldProblem(key: "resources.workdays", reason: .outOfRange("\(workdays) < 0")))
        }
        if let land = record.resources.donatedLandM2, land < 0 {
            problems.append(FieldProblem(key: "resources.donatedLandM2", reason: .outOfRange("\(land) < 0")))
        }
        if record.resources.budget.contains(where: { $0.amount < 0 }) {
            problems.append(FieldProblem(key: "resources", reason: .outOfRange("< 0")))
        }
        // A file written by hand or by another program may hold more than dvk takes: it would
        // overflow the sums of the statistics.
        if record.resources.budget.contains(where: { $0.amount > RecordFieldSetter.maximumAmount }) {
            problems.append(FieldProblem(key: "resources", reason: .outOfRange("> \(NumberText.grouped(RecordFieldSetter.maximumAmount))")))
        }
        if let start = record.startDate, let end = record.expectedCompletion, end < start {
            problems.append(FieldProblem(key: "expectedCompletion", reason: .outOfRange("\(end.vietnamese) < \(start.vietnamese)")))
        }
        if configuration.workflow.state(record.state) == nil {
            problems.append(FieldProblem(key: "state", reason: .unknownState(record.state)))
        }
        if record.name.trimmingSpaces.isEmpty {
            problems.append(FieldProblem(key: "name", reason: .empty))
        }
        return problems
    }
}

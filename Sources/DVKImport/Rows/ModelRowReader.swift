import DVKCore

/// Builds a model record from one row of a register: the registration columns, the budget by
/// source, and the outcome columns that let a committee load its past years (state, recognition,
/// outstanding, replication). The state is set as the sheet says — it is history, not a step of
/// the workflow — and the record's history says it was imported, from which file and row.
struct ModelRowReader {
    let configuration: Configuration
    let catalog: ColumnCatalog
    /// States a model reaches only once recognised (the target of the workflow's transition that
    /// needs `recognition.level`, and every state reached from there but by `*` transitions).
    let recognisedStates: Set<String>
    /// The state a recognition puts a model in (`recognised`).
    let recognisedState: String?

    init(configuration: Configuration, catalog: ColumnCatalog) {
        self.configuration = configuration
        self.catalog = catalog
        recognisedState = ModelRowReader.recognising(configuration.workflow).first?.to
        recognisedStates = ModelRowReader.statesAfterRecognition(configuration.workflow)
    }

    /// States a model with a recognition cannot be in: a draft, and the states the statistics
    /// count as never recognised (registration rejected, not recognised).
    static func unrecognisedStates(_ workflow: WorkflowDefinition) -> Set<String> {
        [workflow.initial, StatisticsBuilder.rejectedState, StatisticsBuilder.notRecognisedState]
    }

    /// The transitions that need a recognition level: those that recognise a model.
    static func recognising(_ workflow: WorkflowDefinition) -> [WorkflowDefinition.Transition] {
        workflow.transitions.filter { transition in
            transition.guards.contains { guardSpec in
                if case .requiredFields(let fields) = guardSpec { return fields.contains("recognition.level") }
                return false
            }
        }
    }

    static func statesAfterRecognition(_ workflow: WorkflowDefinition) -> Set<String> {
        var reached = Set(recognising(workflow).map(\.to))
        var frontier = Array(reached)
        while let state = frontier.popLast() {
            for transition in workflow.transitions where transition.from.contains(state) && !reached.contains(transition.to) {
                reached.insert(transition.to)
                frontier.append(transition.to)
            }
        }
        return reached
    }

    /// The record the row describes (id left empty unless the sheet gives one), or nil when the
    /// row has problems, which `row` then holds.
    func record(_ row: inout SheetRow, resolver: inout ListResolver, by actor: String, at time: Timestamp, file: String) -> ModelRecord? {
        let workflow = configuration.workflow
        let year = row.year("year", required: true) ?? 0
        var record = ModelRecord(id: "", year: year, state: workflow.initial, created: Stamp(at: time, by: actor))
        record.id = row.line("id")
        record.unit = row.listValue("unit", .units, &resolver, required: true)
        record.subject = row.listValue("subject", .subjects, &resolver, required: true)
        record.kind = row.listValue("kind", .kinds, &resolver, required: true)
        record.origin = row.listValue("origin", .origins, &resolver, required: true)
        record.field = row.listValue("field", .fields, &resolver, required: true)
        record.level = row.listValue("level", .levels, &resolver)
        if record.level.isEmpty { record.level = configuration.lists.levelsByRank.first { !$0.legacy }?.id ?? "" }
        record.name = row.line("name")
        record.phase = row.line("phase")
        let parent = row.line("parent_id")
        record.parentId = parent.isEmpty ? nil : parent
        record.personInCharge = PersonInCharge(name: row.line("person_in_charge"), position: row.line("position"), phone: row.line("phone"))
        record.address = row.line("address")
        record.situation = row.text("situation")
        record.objectives = row.text("objectives")
        record.solutions = row.text("solutions")
        record.beneficiaries = row.text("beneficiaries")
        record.forces = row.text("forces")
        record.outputs = row.text("outputs")
        record.sustainability = row.text("sustainability")
        record.startDate = row.day("start_date")
        record.expectedCompletion = row.day("expected_completion")
        record.resources.workdays = row.wholeNumber("workdays")
        record.resources.donatedLandM2 = row.number("donated_land_m2")
        for source in configuration.lists.budgetSources {
            if let amount = row.amount("budget_\(source.id)") { record.resources.budget.append(BudgetLine(source: source.id, amount: amount)) }
        }
        let fullName = row.line("full_name"), birthYear = row.year("birth_year"), workplace = row.line("workplace")
        let sex = row.listValue("sex", .sexes, &resolver)
        if !fullName.isEmpty || birthYear != nil || !sex.isEmpty || !workplace.isEmpty {
            record.individual = IndividualDetails(fullName: fullName, birthYear: birthYear, sex: sex, position: record.personInCharge.position,
                                                  workplace: workplace)
        }
        readOutcome(&row, into: &record, resolver: &resolver)
        record.history = [HistoryEntry(from: workflow.initial, to: record.state, at: time, by: actor,
                                       note: ImportWording.historyNote(file: file, row: row.number), transition: ImportWording.transition)]
        guard row.problems.isEmpty else { return nil }
        let normalized = record.normalized()
        for problem in RecordValidator(configuration: configuration).problems(in: normalized) where problem.key != "unit" {
            // Values added by --add-new-values are not in the configuration yet; everything else is.
            if case .notInList = problem.reason { continue }
            row.problem(columnKey(forRecordKey: problem.key), "", problem.message(.vi), problem.message(.en))
        }
        return row.problems.isEmpty ? normalized : nil
    }

    private func readOutcome(_ row: inout SheetRow, into record: inout ModelRecord, resolver: inout ListResolver) {
        let workflow = configuration.workflow
        let level = row.listValue("recognised_level", .levels, &resolver)
        let recognisedYear = row.year("recognised_year")
        let number = row.line("recognition_decision_number"), date = row.day("recognition_decision_date")
        let body = row.line("recognition_body")
        let outstanding = row.yesNo("outstanding") ?? false
        let replicated = row.yesNo("replicated") ?? false
        let places = row.several("replicated_sites")
        let recognitionGiven = !level.isEmpty || recognisedYear != nil || !number.isEmpty || date != nil
        if let typed = row.cell("state") {
            let key = VietnameseText.matchKey(typed.text)
            if let state = workflow.states.first(where: { $0.id == typed.text || [$0.label.vi, $0.label.en].map(VietnameseText.matchKey).contains(key) }) {
                record.state = state.id
            } else {
                let nearest = NearestValue.among(typed.text, workflow.states.flatMap { [($0.label.vi, $0.label.vi), ($0.id, $0.label.vi)] })
                row.problem("state", typed.text, "«\(typed.text)» không phải trạng thái của quy trình", "«\(typed.text)» is not a state of the workflow",
                            suggestion: nearest)
                return
            }
        } else {
            // No state column: a row with a recognition was recognised; any other was registered.
            let registered = workflow.transitions.first { $0.from.contains(workflow.initial) }?.to ?? workflow.initial
            record.state = recognitionGiven ? (recognisedState ?? registered) : registered
        }
        let recognition = Recognition(level: level, decisionNumber: number, decisionDate: date, body: body, outstanding: outstanding,
                                      year: recognisedYear ?? date?.year ?? record.year)
        if recognisedStates.contains(record.state) {
            if level.isEmpty {
                row.problem("recognised_level", "", "mô hình ở trạng thái «\(workflow.label(ofState: record.state, .vi))» cần cấp công nhận",
                            "a model in state «\(workflow.label(ofState: record.state, .en))» needs the level it was recognised at")
            }
            record.recognition = recognition
        } else if recognitionGiven || outstanding, Self.unrecognisedStates(workflow).contains(record.state) {
            let column = !level.isEmpty ? "recognised_level" : recognisedYear != nil ? "recognised_year" : outstanding ? "outstanding" : "recognition_decision_number"
            row.problem(column, "", "có thông tin công nhận nhưng trạng thái «\(workflow.label(ofState: record.state, .vi))» chưa được công nhận",
                        "recognition details given, but the state «\(workflow.label(ofState: record.state, .en))» is not recognised")
        } else if recognitionGiven {
            // Recognised, then discontinued (or another state a recognised model can move to).
            record.recognition = recognition
        }
        if replicated && places.isEmpty {
            row.problem("replicated_sites", "", "mô hình được nhân rộng: ghi nơi nhân rộng (cách nhau bởi dấu ;)",
                        "a replicated model: write where it was replicated (separated by ;)")
        } else if !replicated, !places.isEmpty, row.cell("replicated") != nil {
            row.problem("replicated", "Không", "có nơi nhân rộng nhưng cột Nhân rộng ghi Không", "places of replication given, but Replicated says no")
        }
        record.replication.places = places
    }

    /// The column a validator's record key comes from.
    func columnKey(forRecordKey key: String) -> String? {
        let mapped: [String: String] = [
            "startDate": "start_date", "expectedCompletion": "expected_completion", "resources.workdays": "workdays",
            "resources.donatedLandM2": "donated_land_m2", "individual.birthYear": "birth_year", "individual.sex": "sex",
            "personInCharge.name": "person_in_charge", "personInCharge.phone": "phone", "personInCharge.position": "position",
            "parentId": "parent_id", "recognition.level": "recognised_level",
        ]
        if let column = mapped[key] { return column }
        return catalog.columns.contains { $0.key == key } ? key : nil
    }
}

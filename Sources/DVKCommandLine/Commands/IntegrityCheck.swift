import DVKCore

/// What `dvk check` keeps of one model once its own problems are found: what the checks across
/// records need, and the summary the list index should hold for it.
struct CheckedModel: Sendable {
    var id: String
    var revision: Int
    var inspectionIds: [String]
    var decisionIds: [String]
    var parentId: String?
    var childIds: [String]
    /// The hash of the summary the list index should hold for it (``ModelIndex/disagreements(with:)``).
    var summaryHash: Int
    /// Field values and NFC, in the user's language.
    var fieldProblems: [String]
    /// The history chain, in the user's language.
    var historyProblems: [String]
}

/// The consistency `dvk check` verifies: each model alone (field values, NFC, history chain) as
/// it is read, then the links between records both ways.
struct IntegrityCheck: Sendable {
    let configuration: Configuration
    let language: Language

    /// One model's own problems and what is kept of it; runs on the threads that read the files.
    func check(_ model: ModelRecord) -> CheckedModel {
        var fieldProblems = RecordValidator(configuration: configuration).problems(in: model).map { "\(model.id): \($0.message(language))" }
        if !model.isNormalized {
            fieldProblems.append("\(model.id): " + CLIText.notNFC.text(language))
        }
        return CheckedModel(id: model.id, revision: model.revision, inspectionIds: model.inspectionIds, decisionIds: model.decisionIds,
                            parentId: model.parentId, childIds: model.replication.childIds,
                            summaryHash: ModelSummary(model, lists: configuration.lists).hashValue, fieldProblems: fieldProblems,
                            historyProblems: historyProblems(model))
    }

    /// Every problem, model by model (its own, then its links), then the rounds' and the
    /// decisions' links back to the models.
    func problems(models: [CheckedModel], inspections: [InspectionRound], decisions: [AwardDecision]) -> [String] {
        var problems: [String] = []
        // Positions, not copies: 100,000 models are kept once.
        let modelsByID = Dictionary(models.indices.map { (models[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        let roundsByID = Dictionary(inspections.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let decisionsByID = Dictionary(decisions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for model in models {
            problems += model.fieldProblems
            for id in model.inspectionIds where roundsByID[id]?.modelIds.contains(model.id) != true {
                problems.append("\(model.id): " + CLIText.brokenLink("inspectionIds", id).text(language))
            }
            for id in model.decisionIds where decisionsByID[id]?.recipients.contains(where: { $0.modelId == model.id }) != true {
                problems.append("\(model.id): " + CLIText.brokenLink("decisionIds", id).text(language))
            }
            if let parent = model.parentId, !parent.isEmpty, modelsByID[parent] == nil {
                problems.append("\(model.id): " + CLIText.brokenLink("parentId", parent).text(language))
            }
            for child in model.childIds where modelsByID[child] == nil {
                problems.append("\(model.id): " + CLIText.brokenLink("replication.childIds", child).text(language))
            }
            problems += model.historyProblems
        }
        for round in inspections {
            for id in round.modelIds where modelsByID[id].map({ models[$0].inspectionIds.contains(round.id) }) != true {
                problems.append("\(round.id): " + CLIText.brokenLink("findings.modelId", id).text(language))
            }
        }
        for decision in decisions {
            for id in decision.recipients.compactMap(\.modelId) where modelsByID[id].map({ models[$0].decisionIds.contains(decision.id) }) != true {
                problems.append("\(decision.id): " + CLIText.brokenLink("recipients.modelId", id).text(language))
            }
        }
        return problems
    }

    private func historyProblems(_ model: ModelRecord) -> [String] {
        var expected = configuration.workflow.initial
        for (index, entry) in model.history.enumerated() {
            if entry.from != expected {
                return ["\(model.id): " + CLIText.brokenHistory(index: index + 1, from: entry.from, expected: expected).text(language)]
            }
            expected = entry.to
        }
        if !model.history.isEmpty && expected != model.state {
            return ["\(model.id): " + CLIText.brokenHistory(index: model.history.count, from: model.state, expected: expected).text(language)]
        }
        return []
    }
}

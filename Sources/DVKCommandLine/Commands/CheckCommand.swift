import ArgumentParser
import DVKCore
import DVKStorage
import DVKSync

/// `dvk check`: the integrity of the whole data directory — configuration, every record file,
/// field values, links between records, history chains and the journal. Exits 5 when anything
/// is wrong, listing every problem as `path:line:column: …` or `id: …`.
struct CheckCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "check", abstract: CLIText.help.checkAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions

    mutating func execute(_ session: Session) throws {
        let language = session.language
        let models = session.store.loadAll(ModelRecord.self)
        let inspections = session.store.loadAll(InspectionRound.self)
        let decisions = session.store.loadAll(AwardDecision.self)
        var problems = (models.problems + inspections.problems + decisions.problems).map { $0.message(language) }
        let journal = try session.store.journal.read()
        problems += journal.problems.map { $0.text(language) }
        let onDisk = models.records.map { JournalAudit.Record(kind: .model, id: $0.id, revision: $0.revision) }
            + inspections.records.map { JournalAudit.Record(kind: .inspection, id: $0.id, revision: $0.revision) }
            + decisions.records.map { JournalAudit.Record(kind: .decision, id: $0.id, revision: $0.revision) }
        problems += JournalAudit(entries: journal.entries, records: onDisk).problems().map { $0.text(language) }
        problems += try SettingsStore(directory: session.directory).problems().map { $0.text(language) }
        problems += ConflictBook(store: session.store).all().map { entry in
            "\(entry.id): " + SyncCLIText.conflictLeft(entry.conflict.field, office: entry.conflict.office).text(language)
        }
        let index = ModelIndex(store: session.store, lists: session.configuration.lists)
        let disagreeing = index.disagreements(with: models.records)
        if !disagreeing.isEmpty {
            problems.append(CLIText.indexDisagrees(disagreeing).text(language))
            index.discard()
        }
        problems += IntegrityCheck(configuration: session.configuration, models: models.records,
                                   inspections: inspections.records, decisions: decisions.records).problems(language)
        if !session.configuration.committee.setUp { Console.warn(SetupText.notSetUp.text(language)) }
        let migrated = models.migrated + inspections.migrated + decisions.migrated
        if !migrated.isEmpty { Console.line(CLIText.migratedNote(migrated).text(language)) }
        let summary = CLIText.checkSummary(models: models.records.count, inspections: inspections.records.count,
                                           decisions: decisions.records.count, journal: journal.entries.count).text(language)
        if problems.isEmpty {
            Console.line(CLIText.checkOK.text(language) + " " + summary)
            return
        }
        for problem in problems { Console.line(problem) }
        throw CLIError(CLIText.checkFailed(problems.count), exitCode: 5)
    }
}

/// Cross-record consistency: field values, links both ways, history chains.
struct IntegrityCheck {
    let configuration: Configuration
    let models: [ModelRecord]
    let inspections: [InspectionRound]
    let decisions: [AwardDecision]

    func problems(_ language: Language) -> [String] {
        var problems: [String] = []
        let validator = RecordValidator(configuration: configuration)
        let modelsByID = Dictionary(models.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let roundsByID = Dictionary(inspections.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let decisionsByID = Dictionary(decisions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for model in models {
            problems += validator.problems(in: model).map { "\(model.id): \($0.message(language))" }
            if !model.isNormalized {
                problems.append("\(model.id): " + CLIText.notNFC.text(language))
            }
            for id in model.inspectionIds where roundsByID[id]?.modelIds.contains(model.id) != true {
                problems.append("\(model.id): " + CLIText.brokenLink("inspectionIds", id).text(language))
            }
            for id in model.decisionIds where decisionsByID[id]?.recipients.contains(where: { $0.modelId == model.id }) != true {
                problems.append("\(model.id): " + CLIText.brokenLink("decisionIds", id).text(language))
            }
            if let parent = model.parentId, !parent.isEmpty, modelsByID[parent] == nil {
                problems.append("\(model.id): " + CLIText.brokenLink("parentId", parent).text(language))
            }
            for child in model.replication.childIds where modelsByID[child] == nil {
                problems.append("\(model.id): " + CLIText.brokenLink("replication.childIds", child).text(language))
            }
            problems += historyProblems(model, language)
        }
        for round in inspections {
            for id in round.modelIds where modelsByID[id]?.inspectionIds.contains(round.id) != true {
                problems.append("\(round.id): " + CLIText.brokenLink("findings.modelId", id).text(language))
            }
        }
        for decision in decisions {
            for id in decision.recipients.compactMap(\.modelId) where modelsByID[id]?.decisionIds.contains(decision.id) != true {
                problems.append("\(decision.id): " + CLIText.brokenLink("recipients.modelId", id).text(language))
            }
        }
        return problems
    }

    private func historyProblems(_ model: ModelRecord, _ language: Language) -> [String] {
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

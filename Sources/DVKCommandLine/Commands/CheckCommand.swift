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
        let integrity = IntegrityCheck(configuration: session.configuration, language: language)
        // Each model is checked as it is read and only what the checks across records need is
        // kept: 100,000 whole records would take over half a gigabyte.
        let models = session.store.mapAll(ModelRecord.self) { integrity.check($0) }
        let inspections = session.store.loadAll(InspectionRound.self)
        let decisions = session.store.loadAll(AwardDecision.self)
        var problems = (models.problems + inspections.problems + decisions.problems).map { $0.message(language) }
        let journal = try session.store.journal.read()
        problems += journal.problems.map { $0.text(language) }
        let onDisk = models.results.map { JournalAudit.Record(kind: .model, id: $0.id, revision: $0.revision) }
            + inspections.records.map { JournalAudit.Record(kind: .inspection, id: $0.id, revision: $0.revision) }
            + decisions.records.map { JournalAudit.Record(kind: .decision, id: $0.id, revision: $0.revision) }
        let unreadable = Set((models.problems + inspections.problems + decisions.problems).compactMap(\.path))
        problems += JournalAudit(entries: journal.entries, records: onDisk, unreadablePaths: unreadable).problems().map { $0.text(language) }
        problems += try SettingsStore(directory: session.directory).problems().map { $0.text(language) }
        problems += ConflictBook(store: session.store).all().map { entry in
            "\(entry.id): " + SyncCLIText.conflictLeft(entry.conflict.field, office: entry.conflict.office).text(language)
        }
        let index = ModelIndex(store: session.store, lists: session.configuration.lists)
        let disagreeing = index.disagreements(with: Dictionary(models.results.map { ($0.id, $0.summaryHash) }, uniquingKeysWith: { first, _ in first }))
        if !disagreeing.isEmpty {
            problems.append(CLIText.indexDisagrees(disagreeing).text(language))
            index.discard()
        }
        problems += integrity.problems(models: models.results, inspections: inspections.records, decisions: decisions.records)
        if !session.configuration.committee.setUp { Console.warn(SetupText.notSetUp.text(language)) }
        let migrated = models.migrated + inspections.migrated + decisions.migrated
        if !migrated.isEmpty { Console.line(CLIText.migratedNote(migrated).text(language)) }
        let summary = CLIText.checkSummary(models: models.results.count, inspections: inspections.records.count,
                                           decisions: decisions.records.count, journal: journal.entries.count).text(language)
        if problems.isEmpty {
            Console.line(CLIText.checkOK.text(language) + " " + summary)
            return
        }
        for problem in problems { Console.line(problem) }
        throw CLIError(CLIText.checkFailed(problems.count), exitCode: 5)
    }
}


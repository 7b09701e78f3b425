import DVKCore
import DVKDocuments
import DVKStorage
import Foundation

/// The records the statistical annexes ("Biểu tổng hợp") and the committee's report are computed
/// from, read from disk once, and the printable annex of any table and period and the report
/// draft of any period: the documents the print preview and the reports screen show and export.
struct AnnexSource {
    let configuration: Configuration
    let directory: DataDirectory
    let models: [ModelRecord]
    let decisions: [AwardDecision]
    let inspections: [InspectionRound]

    /// Reads every model, award decision and inspection round of the workspace now.
    init(workspace: Workspace) {
        configuration = workspace.configuration
        directory = workspace.directory
        models = workspace.store.loadAll(ModelRecord.self).records
        decisions = workspace.store.loadAll(AwardDecision.self).records
        inspections = workspace.store.loadAll(InspectionRound.self).records
    }

    /// The report's wording: the directory's own, else the shipped one.
    private func templates() throws -> ReportTemplates {
        try ReportFolder.templates(configuration) { try DefaultsLocation.find(environment: ProcessInfo.processInfo.environment) }
    }

    /// The draft report of `period` (Vietnamese, an official paper) with the committee's text
    /// from `reports/<period>/`. Throws when the templates or a narrative file cannot be read, or
    /// no body in the configuration can write it.
    func report(_ period: ReportPeriod) throws -> (document: ExportDocument, missing: [String]) {
        let templates = try templates()
        let narratives = try ReportFolder(directory: directory).narratives(templates.narrativeIDs, period: period)
        let draft = try ReportDraftBuilder(templates: templates).draft(period, configuration: configuration, models: models,
                                                                       decisions: decisions, inspections: inspections,
                                                                       narratives: narratives)
        return (.report(draft), draft.missingNarratives)
    }

    /// The years some model or award decision belongs to, oldest first (empty on an empty directory).
    var years: [Int] { Set(models.map(\.year) + decisions.map(\.year)).sorted() }

    /// From the first to the last year with data, or nil when there is none.
    var fullSpan: ClosedRange<Int>? {
        guard let first = years.first, let last = years.last else { return nil }
        return first...last
    }

    /// The table computed by the core's statistics over `years`.
    func table(_ id: StatisticsTableID, years: ClosedRange<Int>) -> StatisticsTable {
        StatisticsBuilder(configuration: configuration).table(id, models: models, decisions: decisions, years: years)
    }

    /// The annex of `table` as it prints (Vietnamese, an official paper) and goes with the report:
    /// the letterhead of the body that writes the report, "Phụ lục N", the "(Kèm theo …)" line,
    /// the date left blank in the last year of the period, and the signature. Without templates
    /// or a body, the bare table.
    func document(for table: StatisticsTable, years: ClosedRange<Int>) -> ExportDocument {
        let number = (StatisticsTableID.allCases.firstIndex { $0.rawValue == table.id } ?? 0) + 1
        guard let templates = try? templates(),
              let heading = IssuerHeading.forReport(configuration.headers, level: configuration.committee.level) else {
            return .annex(Annex(table: table), years: years)
        }
        return .annex(ReportDraftBuilder(templates: templates).annex(table, number: number, issuer: heading, day: nil, year: years.upperBound),
                      years: years)
    }
}

import DVKCore
import DVKDocuments
import DVKStorage

/// The records the statistical annexes ("Biểu tổng hợp") are computed from, read from disk once,
/// and the printable annex of any table and period: the one document the print preview and the
/// reports screen show and export.
struct AnnexSource {
    let configuration: Configuration
    let models: [ModelRecord]
    let decisions: [AwardDecision]

    /// Reads every model and award decision of the workspace now.
    init(workspace: Workspace) {
        configuration = workspace.configuration
        models = workspace.store.loadAll(ModelRecord.self).records
        decisions = workspace.store.loadAll(AwardDecision.self).records
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

    /// The annex of `table` as it prints (Vietnamese, an official paper): the letterhead of the
    /// first configured issuer, when there is one, dated in the last year of the period.
    func document(for table: StatisticsTable, years: ClosedRange<Int>) -> ExportDocument {
        let heading = configuration.headers.issuers.first.map(IssuerHeading.init)
        let annex = Annex(table: table, issuer: heading,
                          placeAndDate: heading.map { OfficialWording.placeAndDate(place: $0.place, day: nil, year: years.upperBound) })
        return .annex(annex, years: years)
    }
}

import DVKCore

/// Figures of the statistics tables over loaded records. The award table counts award decisions:
/// the demo's decisions are repeated in memory in proportion to the record count.
struct StatisticsBench {
    let records: [ModelRecord]
    let source: DemoSource
    let configuration: Configuration

    func run() -> [Figure] {
        let builder = StatisticsBuilder(configuration: configuration)
        let years = (records.map(\.year).min() ?? 2023)...(records.map(\.year).max() ?? 2025)
        let decisions = scaledDecisions()
        let byField = Stopwatch.sample(runs: 5, budgetMs: 5000) {
            consume(builder.table(.byField, models: records, decisions: [], years: years))
        }
        let awards = Stopwatch.sample(runs: 5, budgetMs: 5000) {
            consume(builder.table(.awardsByLevel, models: [], decisions: decisions, years: years))
        }
        return [
            .median("statistics: `table(.byField)`", byField, planned: 5, target: .statistics),
            .median("statistics: `table(.awardsByLevel)`", awards, planned: 5, target: .statistics),
            Figure("  … award decisions counted", String(decisions.count)),
        ]
    }

    /// The demo decisions repeated so that they keep their proportion to the model records.
    private func scaledDecisions() -> [AwardDecision] {
        let demo = source.demo
        guard !demo.models.isEmpty, !demo.decisions.isEmpty else { return demo.decisions }
        let copies = max(1, (records.count + demo.models.count - 1) / demo.models.count)
        return (0..<copies).flatMap { copy in
            demo.decisions.map { decision -> AwardDecision in
                var clone = decision
                clone.id = "\(decision.id)-\(copy)"
                return clone
            }
        }
    }
}

import DVKCore

/// Figures of the model list over loaded records: a search keystroke through `ModelQuery`, the
/// same search over keys folded once (strings, then bytes), and sorting by name.
struct SearchBench {
    static let queries = ["dan van", "thap sang", "duc"]

    let records: [ModelRecord]
    let configuration: Configuration

    func run(report: inout Report) -> [Figure] {
        let lists = configuration.lists
        let workflow = configuration.workflow
        var figures: [Figure] = []
        var hits: [String: Int] = [:]
        for query in SearchBench.queries {
            var modelQuery = ModelQuery()
            modelQuery.search = query
            var count = 0
            let samples = Stopwatch.sample(runs: 5, budgetMs: 8000) {
                count = modelQuery.apply(to: records, lists: lists, workflow: workflow, language: .vi).count
            }
            hits[query] = count
            figures.append(.median("search «\(query)»: `ModelQuery.apply`", samples, planned: 5, target: .search))
            figures.append(Figure("  … records found for «\(query)»", String(count)))
        }

        let (index, foldMs) = Stopwatch.time { FoldedIndex(records: records, lists: lists) }
        figures.append(.ms("fold every search text once (index build)", foldMs))
        for query in SearchBench.queries {
            let words = FoldedIndex.words(query)
            var count = 0
            let samples = Stopwatch.sample(runs: 9, budgetMs: 3000) { count = index.stringMatches(words).count }
            check(count, hits[query], "pre-folded strings", query, &report)
            figures.append(.median("search «\(query)»: pre-folded strings, `contains`", samples, planned: 9, target: .search))
        }
        for query in SearchBench.queries {
            let words = FoldedIndex.words(query)
            var count = 0
            let samples = Stopwatch.sample(runs: 9, budgetMs: 3000) { count = index.byteMatches(words).count }
            check(count, hits[query], "pre-folded bytes", query, &report)
            figures.append(.median("search «\(query)»: pre-folded bytes, `memchr`+`memcmp`", samples, planned: 9, target: .search))
        }

        var byName = ModelQuery()
        byName.sort = .name
        let sorted = Stopwatch.sample(runs: 3, budgetMs: 10_000) {
            consume(byName.apply(to: records, lists: lists, workflow: workflow, language: .vi).count)
        }
        figures.append(.median("sort by name, Vietnamese order: `ModelQuery.sort = .name`", sorted, planned: 3))
        return figures
    }

    private func check(_ count: Int, _ expected: Int?, _ method: String, _ query: String, _ report: inout Report) {
        if let expected, count != expected {
            report.note("«\(query)»: \(method) found \(count) records, ModelQuery \(expected) (\(records.count) records)")
        }
    }
}

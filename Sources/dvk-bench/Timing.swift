/// Timings in milliseconds of repeated runs of one piece of work, with the statistics the report
/// prints (median, nearest-rank percentiles).
struct Samples: Sendable {
    var values: [Double] = []

    var count: Int { values.count }

    var median: Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }

    /// The nearest-rank percentile `p` (0–100).
    func percentile(_ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}

/// Runs work under a monotonic clock.
enum Stopwatch {
    /// The result of `body` and how long it took, in milliseconds.
    static func time<T>(_ body: () throws -> T) rethrows -> (value: T, ms: Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let value = try body()
        return (value, milliseconds(clock.now - start))
    }

    /// Up to `runs` timings of `body`; stops early once `budgetMs` of runs have been spent, so the
    /// slow figures at 100k records keep the whole run to a few minutes. Always runs once.
    static func sample(runs: Int, budgetMs: Double, _ body: () throws -> Void) rethrows -> Samples {
        var samples = Samples()
        var spent = 0.0
        while samples.count < max(runs, 1) && (samples.count == 0 || spent < budgetMs) {
            let ms = try time(body).ms
            samples.values.append(ms)
            spent += ms
        }
        return samples
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) * 1000 + Double(parts.attoseconds) / 1e15
    }
}

/// Keeps the optimiser from discarding work whose result the benchmark does not otherwise use.
@inline(never)
func consume<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

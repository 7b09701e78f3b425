import DVKCore

/// A small seeded pseudo-random generator (SplitMix64). Every draw the demo generator makes goes
/// through it, with helpers written here rather than the standard library's `random(in:)`, so the
/// same seed gives the same data set on every platform and toolchain.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range` (both ends included).
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % span)
    }

    /// A fraction in 0..<1.
    mutating func fraction() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { fraction() < p }

    /// One element of `items`, or nil when there is none.
    public mutating func element<T>(of items: [T]) -> T? {
        items.isEmpty ? nil : items[int(0...(items.count - 1))]
    }

    /// One of `texts`, or "" when the list is empty.
    mutating func text(_ texts: [String]) -> String { element(of: texts) ?? "" }

    /// The index chosen with probability proportional to its weight; 0 when all weights are 0.
    mutating func weightedIndex(_ weights: [Double]) -> Int {
        let total = weights.reduce(0) { $0 + max($1, 0) }
        guard total > 0 else { return 0 }
        var remaining = fraction() * total
        for (index, weight) in weights.enumerated() {
            remaining -= max(weight, 0)
            if remaining < 0 { return index }
        }
        return weights.count - 1
    }

    /// `items` in a random order (Fisher–Yates).
    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        guard result.count > 1 else { return result }
        for i in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(i, int(0...i))
        }
        return result
    }

    /// An instant during office hours in Vietnam (09:00–17:00, UTC+7) on `day`.
    mutating func officeTime(on day: Day) -> Timestamp {
        Timestamp(day: day, offsetSeconds: -Int64(int(120...600)) * 60)
    }

    /// `day` moved forward by a random number of days in `range`.
    mutating func day(_ day: Day, plus range: ClosedRange<Int>) -> Day {
        day.adding(days: int(range))
    }
}

extension Day {
    /// The day `days` later (earlier when negative).
    func adding(days: Int) -> Day {
        let timestamp = Timestamp(seconds: Int64(daysSinceEpoch + days) * 86_400)
        return timestamp.utcDay
    }

    /// A day of the calendar; the demo only asks for valid ones (1970-01-01 otherwise).
    static func demo(_ year: Int, _ month: Int, _ day: Int) -> Day {
        Day(year: year, month: month, day: day) ?? Timestamp(seconds: 0).utcDay
    }
}

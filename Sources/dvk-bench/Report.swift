/// A performance.md target for one measure at 1k, 10k and 100k records.
struct Target: Sendable {
    let small: Double
    let medium: Double
    let large: Double
    let unit: String

    init(_ small: Double, _ medium: Double, _ large: Double, _ unit: String) {
        self.small = small
        self.medium = medium
        self.large = large
        self.unit = unit
    }

    static let firstPaint = Target(30, 50, 250, "ms")
    static let search = Target(2, 5, 16, "ms")
    static let open = Target(5, 5, 5, "ms")
    static let save = Target(2, 2, 2, "ms")
    static let savePercentile = Target(3, 3, 3, "ms")
    static let statistics = Target(5, 20, 100, "ms")
    static let memory = Target(30, 60, 200, "MB")
    /// Issue 14: a whole process that reads every record (`list --json`, `check`) at 100k.
    static let wholeProcessMemory = Target(200, 200, 200, "MB")

    var text: String {
        func number(_ value: Double) -> String { value == value.rounded() ? String(Int(value)) : String(value) }
        if small == medium && medium == large { return "≤ \(number(small)) \(unit)" }
        return "≤ \(number(small)) / \(number(medium)) / \(number(large)) \(unit)"
    }
}

/// One printed figure: which measure (its row), its value already formatted, and the target.
struct Figure: Sendable {
    let measure: String
    let value: String
    let target: Target?

    init(_ measure: String, _ value: String, target: Target? = nil) {
        self.measure = measure
        self.value = value
        self.target = target
    }

    /// A time, in milliseconds with one decimal; "(n runs)" when fewer than planned were made.
    static func ms(_ measure: String, _ ms: Double, target: Target? = nil, runs: Int? = nil, planned: Int? = nil) -> Figure {
        var text = format(ms)
        if let runs, let planned, runs < planned { text += runs == 1 ? " (1 run)" : " (\(runs) runs)" }
        return Figure(measure, text, target: target)
    }

    /// The median of `samples`, noting a shortened series.
    static func median(_ measure: String, _ samples: Samples, planned: Int, target: Target? = nil) -> Figure {
        ms(measure, samples.median, target: target, runs: samples.count, planned: planned)
    }

    /// One decimal; a positive value that would print as 0.0 prints as "< 0.1".
    static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        if tenths == 0 && value > 0 { return "< 0.1" }
        return "\(tenths / 10).\(tenths % 10)"
    }
}

/// The Markdown table: one row per measure, one column per record count, the target last.
struct Report {
    private(set) var sizes: [Int] = []
    private var rows: [String] = []
    private var targets: [String: Target] = [:]
    private var cells: [String: [Int: String]] = [:]
    private(set) var notes: [String] = []

    mutating func add(size: Int, figures: [Figure]) {
        if !sizes.contains(size) { sizes.append(size) }
        for figure in figures {
            if cells[figure.measure] == nil { rows.append(figure.measure) }
            cells[figure.measure, default: [:]][size] = figure.value
            if let target = figure.target { targets[figure.measure] = target }
        }
    }

    mutating func note(_ text: String) {
        if !notes.contains(text) { notes.append(text) }
    }

    func markdown() -> String {
        let header = ["measure"] + sizes.map { Report.sizeLabel($0) + " records" } + ["target (1k / 10k / 100k)"]
        var lines = [row(header), row(header.map { _ in "---" })]
        for measure in rows {
            let values = sizes.map { cells[measure]?[$0] ?? "–" }
            lines.append(row([measure] + values + [targets[measure]?.text ?? ""]))
        }
        return lines.joined(separator: "\n")
    }

    private func row(_ columns: [String]) -> String { "| " + columns.joined(separator: " | ") + " |" }

    static func sizeLabel(_ size: Int) -> String {
        size >= 1000 && size.isMultiple(of: 1000) ? "\(size / 1000)k" : String(size)
    }
}

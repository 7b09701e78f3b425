import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `dvk` as a whole process beside what a user would pick instead, in the same run on the same
/// data (issue 14): the first painted screen in a 120×35 pseudo-terminal against VisiData's
/// first rows of the same list as CSV, `dvk list --json` against `jq -s . models/*.json`, and
/// `dvk check`; each peer row followed by the ratio. A peer that is not installed is named in
/// the report, and its rows say so.
struct PeerBench {
    let dvk: String
    let dataPath: String
    let scratch: String
    let size: Int

    private var processes: ProcessBench { ProcessBench() }
    private var errorFile: String { scratch + "/bench-stderr.txt" }

    func run(report: inout Report) -> [Figure] {
        var figures: [Figure] = []
        let dashboard = firstScreen(report: &report)
        figures.append(dashboard.map { Figure.ms("first screen, pty 120×35: `dvk` start → dashboard painted", $0.median, target: .firstPaint,
                                                 runs: $0.count, planned: 5) } ?? Figure("first screen, pty 120×35: `dvk` start → dashboard painted", "failed"))
        let visidata = visiDataFirstRows(report: &report)
        figures.append(visidata.figure("first rows, pty 120×35: VisiData on the same list as CSV (`vd`)"))
        figures.append(ratio("… dvk ÷ VisiData (below 1: dvk paints first)", dashboard?.median, visidata.ms))
        figures.append(listOpenMemory(report: &report))

        let list = whole(["--data", dataPath, "list", "--json"], "`dvk list --json`, whole process", report: &report)
        figures += list.figures
        let jq = jqSlurp(report: &report)
        figures.append(jq.figure("`jq -s . models/*.json` in the data directory, whole process"))
        figures.append(jq.memoryFigure("… jq peak resident memory (MB)"))
        figures.append(ratio("… `dvk list --json` ÷ jq (target ≤ 0.25)", list.ms, jq.ms))
        // Exit code 5 is a check that found problems (cloned records keep links to models that
        // were not cloned): it still read and checked everything.
        figures += whole(["--data", dataPath, "check"], "`dvk check`, whole process", acceptedExits: [0, 5], report: &report).figures
        figures += whole(["--data", dataPath], "`dvk` overview, whole process", report: &report).figures
        return figures
    }

    // MARK: - dvk

    /// What a whole-process measure gave: its time or why it failed.
    private struct Outcome {
        var measured: ProcessBench.Measured?
        var failure: String?

        var ms: Double? { measured?.ms }

        func figure(_ label: String) -> Figure {
            guard let measured else { return Figure(label, failure ?? "failed") }
            return Figure.ms(label, measured.ms, runs: measured.runs, planned: 3)
        }

        func memoryFigure(_ label: String) -> Figure {
            guard let measured else { return Figure(label, "–") }
            return Figure(label, String(Int(measured.peakMB.rounded())))
        }
    }

    private func whole(_ arguments: [String], _ label: String, acceptedExits: Set<Int32> = [0], report: inout Report) -> (ms: Double?, figures: [Figure]) {
        switch processes.measure([dvk] + arguments, errorFile: errorFile, acceptedExits: acceptedExits) {
        case .success(let measured):
            return (measured.ms, [Figure.ms(label, measured.ms, runs: measured.runs, planned: 3),
                                  Figure("… peak resident memory (MB)" + (arguments.contains("--json") ? " of `list --json`" : arguments.contains("check") ? " of `check`" : ""),
                                         String(Int(measured.peakMB.rounded())), target: arguments.count > 2 ? .wholeProcessMemory : nil)])
        case .failure(let error):
            report.note("\(label): \(error.description)")
            return (nil, [Figure(label, "failed")])
        }
    }

    /// The dashboard painted in a pseudo-terminal: five runs (the index warm, as a user finds it).
    private func firstScreen(report: inout Report) -> Samples? {
        var environment = processes.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        var samples = Samples()
        for _ in 0..<5 {
            switch PseudoTerminal().timeUntil("quit", running: [dvk, "--data", dataPath, "--lang", "en"], environment: environment) {
            case .success(let painted): samples.values.append(painted.ms)
            case .failure(let error):
                report.note("first screen of dvk: \(error.description)")
                return nil
            }
            if samples.values.reduce(0, +) > 20_000 { break }
        }
        return samples
    }

    /// The resident memory of `dvk` with the model list open: started in a pseudo-terminal, `l`
    /// typed on the dashboard, read once the list is painted.
    private func listOpenMemory(report: inout Report) -> Figure {
        let label = "resident memory (MB), `dvk` in a pty with the model list open"
        var environment = processes.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        switch PseudoTerminal().timeUntil("quit", thenTyping: "l", running: [dvk, "--data", dataPath, "--lang", "en"],
                                          environment: environment) {
        case .success(let painted):
            guard let resident = painted.residentMB else { return Figure(label, "unreadable") }
            return Figure(label, Figure.format(resident), target: .memory)
        case .failure(let error):
            report.note("memory with the list open: \(error.description)")
            return Figure(label, "failed")
        }
    }

    // MARK: - Peers

    /// VisiData's first rows of the list `dvk list --csv` prints, in a pseudo-terminal.
    private func visiDataFirstRows(report: inout Report) -> Outcome {
        guard let vd = PeerBench.onPath("vd") ?? PeerBench.onPath("visidata") else {
            report.note("VisiData is missing: neither `vd` nor `visidata` is on PATH (Debian: `apt-get install visidata`), so its rows are not measured")
            return Outcome(measured: nil, failure: "VisiData missing")
        }
        let csv = scratch + "/list.csv"
        let (written, firstID) = writeListCSV(to: csv)
        guard written, let firstID else {
            report.note("VisiData not measured: `dvk list --csv` failed")
            return Outcome(measured: nil, failure: "failed")
        }
        var environment = processes.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        // Its own folder for VisiData's settings and history, so a user's never count.
        environment["HOME"] = scratch
        var samples = Samples()
        for _ in 0..<3 {
            switch PseudoTerminal().timeUntil(firstID, running: [vd, "-f", "csv", csv], environment: environment) {
            case .success(let painted): samples.values.append(painted.ms)
            case .failure(let error):
                report.note("VisiData: \(error.description)")
                return Outcome(measured: nil, failure: "failed")
            }
        }
        return Outcome(measured: ProcessBench.Measured(ms: samples.median, peakMB: 0, runs: samples.count))
    }

    /// `dvk list --csv` into `path`, and the id of its first row (what VisiData's first row shows).
    private func writeListCSV(to path: String) -> (Bool, String?) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dvk)
        process.arguments = ["--data", dataPath, "list", "--csv"]
        process.environment = processes.environment
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else { return (false, nil) }
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return (false, nil) }
        process.waitUntilExit()
        try? handle.close()
        guard process.terminationStatus == 0, let text = try? String(contentsOfFile: path, encoding: .utf8) else { return (false, nil) }
        let second = text.split(separator: "\n").dropFirst().first
        return (true, second.flatMap { $0.split(separator: ",").first.map(String.init) })
    }

    /// `jq -s . models/*.json` run by the shell in the data directory, as a user would type it.
    private func jqSlurp(report: inout Report) -> Outcome {
        guard PeerBench.onPath("jq") != nil else {
            report.note("jq is missing: `jq` is not on PATH (Debian: `apt-get install jq`), so its rows are not measured")
            return Outcome(measured: nil, failure: "jq missing")
        }
        let script = "cd \"$1\" && exec jq -s . models/*.json"
        switch processes.measure(["/bin/sh", "-c", script, "sh", dataPath], errorFile: errorFile) {
        case .success(let measured): return Outcome(measured: measured)
        case .failure(let error):
            if error.description.contains("Argument list too long") || error.description.contains("126") {
                report.note("jq at \(Report.sizeLabel(size)): `models/*.json` names \(size) files, more than one command line may hold (E2BIG): the shell cannot start it")
                return Outcome(measured: nil, failure: "cannot run: argument list too long")
            }
            report.note("jq: \(error.description)")
            return Outcome(measured: nil, failure: "failed")
        }
    }

    private func ratio(_ label: String, _ mine: Double?, _ theirs: Double?) -> Figure {
        guard let mine, let theirs, theirs > 0 else { return Figure(label, "–") }
        return Figure(label, String(format: "%.2f×", mine / theirs))
    }

    /// The full path of `program` on PATH, or nil.
    static func onPath(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where access("\(folder)/\(program)", X_OK) == 0 {
            return "\(folder)/\(program)"
        }
        return nil
    }
}

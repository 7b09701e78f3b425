import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Times whole processes from spawn to exit, output to /dev/null — what a user waits for between
/// pressing Enter and getting the prompt back — with their peak resident memory.
struct ProcessBench {
    /// One program's runs: the median time and the largest peak memory.
    struct Measured: Sendable {
        var ms: Double
        var peakMB: Double
        var runs: Int
    }

    let environment: [String: String]

    init() {
        var environment = ProcessInfo.processInfo.environment
        environment["DVK_USER"] = nil
        environment["DVK_DATA"] = nil
        self.environment = environment
    }

    /// Up to `runs` runs of `arguments` (fewer once 30 s are spent); the error of the first
    /// failing run. `acceptedExits` are the exit codes that count as success.
    func measure(_ arguments: [String], runs: Int = 3, errorFile: String, acceptedExits: Set<Int32> = [0]) -> Result<Measured, BenchError> {
        var samples = Samples()
        var peak = 0.0
        while samples.count < runs && (samples.count == 0 || samples.values.reduce(0, +) < 30_000) {
            switch spawn(arguments, errorFile: errorFile, acceptedExits: acceptedExits, watchingMemory: false) {
            case .success(let run): samples.values.append(run.ms)
            case .failure(let error): return .failure(error)
            }
        }
        // One more run for the memory, watched while it runs (the watching would skew a time).
        if case .success(let run) = spawn(arguments, errorFile: errorFile, acceptedExits: acceptedExits, watchingMemory: true) {
            peak = run.peakMB
        }
        return .success(Measured(ms: samples.median, peakMB: peak, runs: samples.count))
    }

    /// One run: milliseconds from `posix_spawn` to `waitpid`, and — when `watchingMemory` — the
    /// peak resident memory of the program, read from `/proc/PID/status` (VmHWM) every
    /// millisecond until it exits. (`wait4`'s ru_maxrss would count the benchmark's own memory:
    /// a spawned child starts in its parent's address space.)
    private func spawn(_ arguments: [String], errorFile: String, acceptedExits: Set<Int32>,
                       watchingMemory: Bool) -> Result<(ms: Double, peakMB: Double), BenchError> {
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var pid = pid_t()
        var status: Int32 = 0
        var peakKB = 0
        let (code, ms) = Stopwatch.time { () -> Int32 in
            let code = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
            guard code == 0 else { return code }
            if watchingMemory {
                while waitpid(pid, &status, WNOHANG) == 0 {
                    peakKB = max(peakKB, ProcessBench.highWaterKB(of: pid))
                    usleep(1000)
                }
            } else {
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            }
            return code
        }
        if code != 0 { return .failure(BenchError("cannot start \(arguments[0]): \(String(cString: strerror(code)))")) }
        let exitCode = (status >> 8) & 0xFF
        if status & 0x7F != 0 || !acceptedExits.contains(exitCode) {
            let message = (try? String(contentsOfFile: errorFile, encoding: .utf8))?.split(separator: "\n").first.map(String.init) ?? ""
            return .failure(BenchError("exit status \(status & 0x7F != 0 ? "signal \(status & 0x7F)" : String(exitCode)) \(message)"))
        }
        return .success((ms, Double(peakKB) / 1024))
    }

    /// VmHWM of a running process in kB (0 when it cannot be read).
    static func highWaterKB(of pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
}

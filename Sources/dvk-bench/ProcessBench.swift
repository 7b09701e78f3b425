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
            switch spawn(arguments, errorFile: errorFile, acceptedExits: acceptedExits) {
            case .success(let run):
                samples.values.append(run.ms)
                peak = max(peak, run.peakMB)
            case .failure(let error): return .failure(error)
            }
        }
        return .success(Measured(ms: samples.median, peakMB: peak, runs: samples.count))
    }

    /// One run: milliseconds from `posix_spawn` to `wait4`, and the peak resident memory.
    private func spawn(_ arguments: [String], errorFile: String, acceptedExits: Set<Int32>) -> Result<(ms: Double, peakMB: Double), BenchError> {
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
        var usage = rusage()
        let (code, ms) = Stopwatch.time { () -> Int32 in
            let code = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
            if code == 0 { while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {} }
            return code
        }
        if code != 0 { return .failure(BenchError("cannot start \(arguments[0]): \(String(cString: strerror(code)))")) }
        let exitCode = (status >> 8) & 0xFF
        if status & 0x7F != 0 || !acceptedExits.contains(exitCode) {
            let message = (try? String(contentsOfFile: errorFile, encoding: .utf8))?.split(separator: "\n").first.map(String.init) ?? ""
            return .failure(BenchError("exit status \(status & 0x7F != 0 ? "signal \(status & 0x7F)" : String(exitCode)) \(message)"))
        }
        return .success((ms, Double(usage.ru_maxrss) / 1024))
    }
}

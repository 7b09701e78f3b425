import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Times `dvk` as a subprocess from spawn to exit, output to /dev/null: what a user waits for
/// between pressing Enter and getting the prompt back.
struct ProcessBench {
    let dvk: String
    let dataPath: String
    let scratch: String

    /// The commands timed, by row label.
    var commands: [(String, [String])] {
        [("process start to exit: `dvk --data DIR list --json`", ["--data", dataPath, "list", "--json"]),
         ("process start to exit: `dvk --data DIR` (overview)", ["--data", dataPath])]
    }

    func run(report: inout Report) -> [Figure] {
        var figures: [Figure] = []
        for (label, arguments) in commands {
            var samples = Samples()
            var failure: String?
            while samples.count < 3 && failure == nil && (samples.count == 0 || samples.values.reduce(0, +) < 30_000) {
                switch spawn(arguments) {
                case .success(let ms): samples.values.append(ms)
                case .failure(let error): failure = error.description
                }
            }
            if let failure {
                figures.append(Figure(label, "failed"))
                report.note("\(label): \(failure)")
            } else {
                figures.append(.median(label, samples, planned: 3, target: .firstPaint))
            }
        }
        return figures
    }

    /// One run: milliseconds from `posix_spawn` to `waitpid`, or why it failed.
    private func spawn(_ arguments: [String]) -> Result<Double, BenchError> {
        let errorFile = scratch + "/dvk-stderr.txt"
        var environment = ProcessInfo.processInfo.environment
        environment["DVK_USER"] = nil
        environment["DVK_DATA"] = nil
        let argv = ([dvk] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var pid = pid_t()
        var status: Int32 = 0
        let (code, ms) = Stopwatch.time { () -> Int32 in
            let code = posix_spawn(&pid, dvk, &actions, nil, argv, envp)
            if code == 0 { while waitpid(pid, &status, 0) < 0 && errno == EINTR {} }
            return code
        }
        if code != 0 { return .failure(BenchError("cannot start \(dvk): \(String(cString: strerror(code)))")) }
        let exitCode = (status >> 8) & 0xFF
        if status & 0x7F != 0 || exitCode != 0 {
            let message = (try? String(contentsOfFile: errorFile, encoding: .utf8))?.split(separator: "\n").first.map(String.init) ?? ""
            return .failure(BenchError("exit status \(status & 0x7F != 0 ? "signal \(status & 0x7F)" : String(exitCode)) \(message)"))
        }
        return .success(ms)
    }
}

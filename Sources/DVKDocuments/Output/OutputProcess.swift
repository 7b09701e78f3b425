import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs an external program (LibreOffice, `lp`, `lpstat`, `fc-match`) to completion or to a
/// time-out. The child starts in a process group of its own with a clean signal mask and default
/// signal dispositions (a child that inherits a blocked SIGCHLD hangs in its first shell `$(…)`);
/// on time-out the whole group is killed, so a wrapper script and the program it started both go.
public struct OutputProcess {
    /// What a finished (or killed) program left behind.
    struct Outcome: Sendable {
        var out: String
        var err: String
        /// The exit status, or 128 + n for a signal.
        var status: Int32
        var timedOut: Bool

        /// Standard output then standard error, trimmed, without LibreOffice's javaldx noise.
        var combined: String {
            (out + "\n" + err).split(separator: "\n", omittingEmptySubsequences: true)
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.contains("javaldx") }
                .joined(separator: "\n")
        }
    }

    /// The program could not be started at all.
    public struct StartFailure: Error { public var path: String; public var code: Int32 }

    /// Runs `path` with `arguments`, standard input from /dev/null, for at most `timeout` seconds.
    static func run(_ path: String, _ arguments: [String], environment: [String: String],
                    timeout: TimeInterval) throws -> Outcome {
        let stamp = UUID().uuidString
        let base = FileManager.default.temporaryDirectory.path + "/dvk-run-\(stamp)"
        let outPath = base + ".out", errPath = base + ".err"
        defer { unlink(outPath); unlink(errPath) }
        let pid = try spawn(path, arguments, environment: environment, outPath: outPath, errPath: errPath)
        let (status, timedOut) = waitForExit(pid, timeout: timeout)
        return Outcome(out: readText(outPath), err: readText(errPath), status: status, timedOut: timedOut)
    }

    /// Starts `path` in a new process group with a clean signal mask, standard input from
    /// /dev/null and output to the two files; returns its pid.
    public static func spawn(_ path: String, _ arguments: [String], environment: [String: String],
                             outPath: String, errPath: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard code == 0 else { throw StartFailure(path: path, code: code) }
        return pid
    }

    /// Polls until the child ends; past the deadline SIGKILLs its process group and reaps it.
    /// The status is the exit code, or 128 + n for a signal.
    public static func waitForExit(_ pid: pid_t, timeout: TimeInterval) -> (status: Int32, timedOut: Bool) {
        let deadline = Date().addingTimeInterval(timeout)
        var raw: Int32 = 0
        while true {
            let done = waitpid(pid, &raw, WNOHANG)
            if done == pid { return (decode(raw), false) }
            if done < 0 && errno != EINTR { return (-1, false) }
            if Date() >= deadline { break }
            usleep(20_000)
        }
        kill(-pid, SIGKILL)
        while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
        return (decode(raw), true)
    }

    private static func decode(_ raw: Int32) -> Int32 {
        (raw & 0x7F) == 0 ? (raw >> 8) & 0xFF : 128 + (raw & 0x7F)
    }

    private static func readText(_ path: String) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }
}

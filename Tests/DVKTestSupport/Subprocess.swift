import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Starts programs for the end-to-end tests with posix_spawn, resetting the signal mask and
/// dispositions: the test runner blocks most signals in its threads, and a child that inherits
/// that mask (as Foundation's Process gives it) never sees SIGCHLD, so a shell script in it
/// hangs on its first `$(…)`.
public enum Subprocess {
    public struct Result: Sendable {
        public var out: String
        public var err: String
        public var status: Int32
    }

    /// A running child in a process group of its own.
    public struct Child: Sendable {
        public let pid: pid_t
        let outPath: String
        let errPath: String

        /// SIGKILLs the child's whole process group.
        public func killGroup() { kill(-pid, SIGKILL) }

        /// Waits for the child to end; its output and exit status (128+n for a signal).
        public func wait() -> Result {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
            defer { unlink(outPath); unlink(errPath) }
            return Result(out: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                          err: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "", status: code)
        }
    }

    /// Runs `path` with `arguments` to completion, standard input from /dev/null.
    public static func run(_ path: String, _ arguments: [String], environment: [String: String]) throws -> Result {
        try start(path, arguments, environment: environment).wait()
    }

    /// Starts `path` in a new process group, output captured to temporary files.
    public static func start(_ path: String, _ arguments: [String], environment: [String: String]) throws -> Child {
        let stamp = UUID().uuidString
        let outPath = NSTemporaryDirectory() + "dvk-out-\(stamp)", errPath = NSTemporaryDirectory() + "dvk-err-\(stamp)"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
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
        let result = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard result == 0 else { throw SpawnError(path: path, code: result) }
        return Child(pid: pid, outPath: outPath, errPath: errPath)
    }

    public struct SpawnError: Error { public var path: String; public var code: Int32 }
}

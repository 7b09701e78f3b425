import DVKDocuments
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Starts programs for the end-to-end tests through the documents layer's process runner, which
/// resets the signal mask and dispositions: the test runner blocks most signals in its threads,
/// and a child that inherits that mask (as Foundation's Process gives it) never sees SIGCHLD,
/// so a shell script in it hangs on its first `$(…)`.
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
            let (status, _) = OutputProcess.waitForExit(pid, timeout: .infinity)
            defer { unlink(outPath); unlink(errPath) }
            return Result(out: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                          err: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "", status: status)
        }
    }

    /// Runs `path` with `arguments` to completion, standard input from /dev/null.
    public static func run(_ path: String, _ arguments: [String], environment: [String: String]) throws -> Result {
        try start(path, arguments, environment: environment).wait()
    }

    /// Starts `path` in a new process group (the production runner's spawn), output captured to
    /// temporary files.
    public static func start(_ path: String, _ arguments: [String], environment: [String: String]) throws -> Child {
        let stamp = UUID().uuidString
        let outPath = TestSupport.runFolder + "/out-\(stamp)", errPath = TestSupport.runFolder + "/err-\(stamp)"
        let pid = try OutputProcess.spawn(path, arguments, environment: environment, outPath: outPath, errPath: errPath)
        return Child(pid: pid, outPath: outPath, errPath: errPath)
    }
}

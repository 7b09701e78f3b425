import DVKCore
import Dispatch
import Subprocess
#if canImport(System)
import System
#else
import SystemPackage
#endif

/// Runs the `git` program as a child process (swift-subprocess: no shell ever parses the
/// arguments), with an environment that no machine-wide or personal git setting can bend: no
/// system or global config file, no prompt, C locale, and `-c` settings for everything dvk's
/// sync relies on.
///
/// The calls block: dvk's commands and screens are synchronous, and a sync runs one git
/// command after another.
public struct GitCommand: Sendable {
    /// The working tree (the data directory) every command runs in.
    public let workTree: String
    /// Extra environment: the author and committer (the dvk user at their office), the merge
    /// driver's context.
    public var environment: [String: String]

    public init(workTree: String, environment: [String: String] = [:]) {
        self.workTree = workTree
        self.environment = environment
    }

    /// What a command printed and how it ended.
    public struct Output: Sendable {
        public var status: Int32
        public var standardOutput: [UInt8]
        public var standardError: [UInt8]

        public var text: String { String(decoding: standardOutput, as: UTF8.self) }
        public var errorText: String { String(decoding: standardError, as: UTF8.self) }
        public var succeeded: Bool { status == 0 }
    }

    /// The most a command may print (a tree listing of 400,000 records is about 40 MB).
    public static let outputLimit = 256 << 20

    /// Settings given with `-c` before every command: line ends and file names left as they
    /// are, everything git writes made durable (loose objects in batches: one flush for a
    /// commit of 10,000 files, not one each), no background maintenance (a sync packs at its
    /// end, ``SyncEngine``), no pager, no hooks, quiet detached heads.
    static let settings = [
        "core.autocrlf=false", "core.eol=lf", "core.safecrlf=false", "core.quotepath=false", "core.precomposeunicode=true",
        "core.fsync=all", "core.fsyncMethod=batch", "gc.auto=0", "maintenance.auto=false", "core.pager=cat",
        "advice.detachedHead=false", "init.defaultBranch=main", "commit.gpgSign=false", "tag.gpgSign=false",
        "push.gpgSign=false", "merge.renames=false", "diff.renames=false", "core.hooksPath=/dev/null",
    ]

    /// Runs `git -C WORKTREE -c … ARGUMENTS`; `input` goes to its standard input. Throws
    /// ``SyncError/gitMissing`` when git cannot be started, never for a failing exit status:
    /// the caller reads ``Output/status``.
    public func run(_ arguments: [String], input: [UInt8] = []) throws -> Output {
        // safe.directory: on a server the directory belongs to whoever created it, and git
        // would refuse every other member of the group (it is honoured only on the command line
        // once the system and global files are left out).
        let full = ["-C", workTree, "-c", "safe.directory=*"] + GitCommand.settings.flatMap { ["-c", $0] } + arguments
        var updates: [Environment.Key: String?] = [
            "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_TERMINAL_PROMPT": "0",
            "GIT_ASKPASS": "true", "LC_ALL": "C", "LANGUAGE": "C", "GIT_PAGER": "cat", "GIT_EDITOR": "true",
            "GIT_DIR": nil, "GIT_WORK_TREE": nil, "GIT_INDEX_FILE": nil, "GIT_OBJECT_DIRECTORY": nil,
        ]
        for (key, value) in environment {
            if let key = Environment.Key(rawValue: key) { updates[key] = value }
        }
        let env = Environment.inherit.updating(updates)
        let box = OutcomeBox()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                let result = try await Subprocess.run(.name("git"), arguments: Arguments(full), environment: env,
                                                      input: .array(input), output: .bytes(limit: GitCommand.outputLimit),
                                                      error: .bytes(limit: 1 << 20))
                let status: Int32
                switch result.terminationStatus {
                case .exited(let code): status = Int32(code)
                case .signaled(let code): status = 128 + Int32(code)
                }
                box.set(.success(Output(status: status, standardOutput: result.standardOutput, standardError: result.standardError)))
            } catch {
                box.set(.failure(SyncError.gitMissing(String(describing: error))))
            }
            done.signal()
        }
        done.wait()
        return try box.get()
    }

    /// Runs a command that must succeed; a failure throws ``SyncError/gitFailed`` with git's
    /// own words.
    @discardableResult
    public func check(_ arguments: [String], input: [UInt8] = []) throws -> Output {
        let output = try run(arguments, input: input)
        guard output.succeeded else {
            throw SyncError.gitFailed(command: arguments.first ?? "", message: output.errorText.isEmpty ? output.text : output.errorText)
        }
        return output
    }

    /// The first line a command printed, trimmed (an object id, a ref).
    public func line(_ arguments: [String], input: [UInt8] = []) throws -> String {
        let text = try check(arguments, input: input).text
        return String(text.split(separator: "\n").first ?? "").trimmingSpaces
    }
}

/// Carries a child's outcome from the task that awaited it to the blocked caller.
private final class OutcomeBox: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private var outcome: Result<GitCommand.Output, any Error>?

    func set(_ value: Result<GitCommand.Output, any Error>) {
        lock.wait()
        outcome = value
        lock.signal()
    }

    func get() throws -> GitCommand.Output {
        lock.wait()
        defer { lock.signal() }
        guard let outcome else { throw SyncError.gitMissing("no result") }
        return try outcome.get()
    }
}

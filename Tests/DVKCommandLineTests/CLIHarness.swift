import DVKTestSupport
import Foundation
import Testing

/// Runs the built `dvk` binary as a user would, against a scratch data directory.
struct CLIHarness {
    struct Result {
        var out: String
        var err: String
        var code: Int32
    }

    let dataPath: String
    var environment: [String: String]

    /// The `dvk` executable built next to this test bundle.
    static let binary: String = {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        if folder.lastPathComponent.hasSuffix(".xctest") { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("dvk").path
    }()

    /// A fresh data directory created with `dvk init` (and `DVK_USER` allowed, for role tests).
    /// `setup`, when given, replaces the committee's configuration arguments (`--level …`, or
    /// none at all for the bare two-tier defaults).
    init(demo: Bool = false, allowEnvironmentUser: Bool = true, setup: [String]? = nil) throws {
        dataPath = try TestSupport.scratchFolder("dvk-cli") + "/data"
        environment = ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(),
                       "DVK_DEFAULTS": TestSupport.packageRoot + "/data"]
        // The demo committee's configuration (Chiêm Hóa district), demo data or not: the suites
        // add models to its units and print its letterheads.
        var arguments = ["init"]
        arguments += setup ?? (demo ? ["--demo"] : ["--config", TestSupport.shippedDefaults.demoConfigFolder])
        if allowEnvironmentUser { arguments.append("--allow-env-user") }
        let result = try run(arguments)
        guard result.code == 0 else { throw HarnessError(result: result) }
    }

    struct HarnessError: Error { var result: Result }

    /// Runs `dvk --data DIR ARGS…` with extra environment variables.
    @discardableResult
    func run(_ arguments: [String], as user: String? = nil, env extra: [String: String] = [:]) throws -> Result {
        var env = environment
        if let user { env["DVK_USER"] = user }
        env.merge(extra) { $1 }
        let result = try Subprocess.run(CLIHarness.binary, ["--data", dataPath] + arguments, environment: env)
        return Result(out: result.out, err: result.err, code: result.status)
    }

    /// Adds the committee the end-to-end suites act as: a secretary (`thuky`), a leader
    /// (`lanhdao`) and `appraisers` appraisers (`thamdinh1`, `thamdinh2`).
    func addCommittee(appraisers: Int) throws {
        try ok(["users", "add", "thuky", "--name", "Trần Thị Thư", "--role", "secretariat"])
        try ok(["users", "add", "lanhdao", "--name", "Hà Đức Tập", "--role", "leader"])
        for (login, name) in [("thamdinh1", "Nguyễn Văn A"), ("thamdinh2", "Lê Thị B")].prefix(appraisers) {
            try ok(["users", "add", login, "--name", name, "--role", "appraiser"])
        }
    }

    /// Runs and requires success, returning standard output.
    @discardableResult
    func ok(_ arguments: [String], as user: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try run(arguments, as: user)
        #expect(result.code == 0, "dvk \(arguments.joined(separator: " ")) → \(result.code): \(result.err)", sourceLocation: sourceLocation)
        return result.out
    }

    /// Standard output parsed as JSON.
    func json(_ arguments: [String], as user: String? = nil) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(try ok(arguments, as: user).utf8))
    }
}

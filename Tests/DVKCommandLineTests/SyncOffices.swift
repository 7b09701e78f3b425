import DVKTestSupport
import Foundation
import Testing

/// Offices that sync through one bare repository, for the sync tests: each office is a data
/// directory made by ``CLIHarness`` (with a secretary, a leader and an appraiser) and set up with
/// `dvk sync setup --office CODE --remote HUB`.
struct SyncOffices {
    static let git = Tools.find("git")
    static let gitMissing = Comment(rawValue: Tools.missing("git"))

    let hub: String
    var offices: [String: CLIHarness] = [:]

    init(_ codes: [String]) throws {
        hub = try TestSupport.scratchFolder("dvk-sync-hub") + "/hub.git"
        let made = try Subprocess.run(try #require(SyncOffices.git), ["init", "--quiet", "--bare", "--initial-branch=main", hub],
                                      environment: ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()])
        #expect(made.status == 0, "git init --bare: \(made.err)")
        for code in codes {
            let office = try CLIHarness()
            try office.addCommittee(appraisers: 1)
            try office.ok(["sync", "setup", "--office", code, "--remote", hub])
            offices[code] = office
        }
    }

    subscript(code: String) -> CLIHarness {
        guard let office = offices[code] else { fatalError("no office \(code) in the test") }
        return office
    }

    /// Registers a model at an office (as its secretary) and returns its id.
    @discardableResult
    func register(_ code: String, name: String) throws -> String {
        try self[code].ok(["add", "--name", name, "--unit", "Xã Bình Sa", "--subject", "tập-thể", "--kind", "mô-hình",
                           "--field", "Văn hóa - xã hội", "--person", "Nguyễn Văn Bình", "--position", "Trưởng thôn",
                           "--objectives", "Lắp 270 bóng đèn", "--budget", "Xã hội hóa=70.000.000"], as: "thuky").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs `dvk sync` at an office; requires success and returns what it printed.
    @discardableResult
    func sync(_ code: String, _ extra: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try self[code].ok(["sync"] + extra, sourceLocation: sourceLocation)
    }

    /// A model's record as JSON.
    func model(_ code: String, _ id: String) throws -> [String: Any] {
        try #require(try self[code].json(["show", id, "--json"]) as? [String: Any])
    }

    /// The ids in an office's list.
    func ids(_ code: String) throws -> Set<String> {
        let list = try #require(try self[code].json(["list", "--json"]) as? [[String: Any]])
        return Set(list.compactMap { $0["id"] as? String })
    }

    /// `git -C DATA ARGS` at an office; its output.
    func git(_ code: String, _ arguments: [String]) throws -> String {
        let result = try Subprocess.run(try #require(SyncOffices.git), ["-C", self[code].dataPath] + arguments,
                                        environment: ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "GIT_CONFIG_NOSYSTEM": "1"])
        return result.out
    }
}

import DVKTestSupport
import Foundation
import Testing

/// The interactive dvk driven through tmux with real keys (scripts/e2e-tmux.sh): typing a
/// registration in Vietnamese, resizing, searching without diacritics, moving, Telex, two clerks
/// saving the same record, Ctrl-C — and a committee round (scripts/e2e-committee.sh): three
/// appraisers, a leader, a decision for ten models; the stored records checked with `dvk show --json`.
@Suite(.serialized) struct TerminalEndToEndTests {
    static let tmux = Tools.find("tmux")
    static let tmuxAvailable = tmux != nil

    /// The scripts' PATH: tmux's folder first, then the system's.
    static var path: String {
        let folder = tmux.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path } ?? "/usr/bin"
        return folder + ":/usr/bin:/bin"
    }

    /// Runs a script; expects every check passed and at least `minimum` of them.
    func run(_ script: String, minimum: Int) throws {
        let result = try Subprocess.run("/bin/bash", [TestSupport.packageRoot + "/scripts/" + script, CLIHarness.binary],
                                        environment: ["PATH": Self.path, "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory()])
        let text = result.out + result.err
        #expect(result.status == 0, "\(text)")
        let summary = result.out.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.hasSuffix("passed, 0 failed"), "\(summary)")
        #expect((Int(summary.split(separator: " ").first ?? "") ?? 0) >= minimum)
    }

    @Test(.enabled(if: tmuxAvailable, Comment(rawValue: Tools.missing("tmux")))) func theTmuxScriptPassesEveryCheck() throws {
        try run("e2e-tmux.sh", minimum: 27)
    }

    @Test(.enabled(if: tmuxAvailable, Comment(rawValue: Tools.missing("tmux")))) func aCommitteeRoundTypedInTmuxIsStoredAsTyped() throws {
        try run("e2e-committee.sh", minimum: 18)
    }
}

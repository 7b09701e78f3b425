import DVKTestSupport
import Foundation
import Testing

/// The interactive dvk driven through tmux with real keys (scripts/e2e-tmux.sh): typing a
/// registration in Vietnamese, resizing, searching without diacritics, moving, Telex, two clerks
/// saving the same record, Ctrl-C — a committee round (scripts/e2e-committee.sh): three
/// appraisers, a leader, a decision for ten models; the stored records checked with `dvk show --json`
/// — and the first-run setup (scripts/e2e-setup.sh): a provincial and a commune committee set up
/// by keys, their award lists printed as DOCX with the letterhead, place and signer typed.
@Suite(.serialized) struct TerminalEndToEndTests {
    static let tmuxAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
    /// The setup script reads the printed DOCX back with python-docx.
    static let pythonDocxAvailable = (try? Subprocess.run("/usr/bin/python3", ["-c", "import docx"], environment: ["PATH": "/usr/bin:/bin"]))?.status == 0

    /// Runs a script; expects every check passed and at least `minimum` of them.
    func run(_ script: String, minimum: Int) throws {
        let result = try Subprocess.run("/bin/bash", [TestSupport.packageRoot + "/scripts/" + script, CLIHarness.binary],
                                        environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory()])
        let text = result.out + result.err
        #expect(result.status == 0, "\(text)")
        let summary = result.out.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.hasSuffix("passed, 0 failed"), "\(summary)")
        #expect((Int(summary.split(separator: " ").first ?? "") ?? 0) >= minimum)
    }

    @Test(.enabled(if: tmuxAvailable, "tmux is installed by .ci/run")) func theTmuxScriptPassesEveryCheck() throws {
        try run("e2e-tmux.sh", minimum: 31)
    }

    @Test(.enabled(if: tmuxAvailable, "tmux is installed by .ci/run")) func aCommitteeRoundTypedInTmuxIsStoredAsTyped() throws {
        try run("e2e-committee.sh", minimum: 18)
    }

    @Test(.enabled(if: tmuxAvailable && pythonDocxAvailable, "tmux and python-docx are installed by .ci/run"))
    func theFirstRunSetupTypedInTmuxPrintsTheLetterheadTyped() throws {
        try run("e2e-setup.sh", minimum: 34)
    }
}

import DVKTestSupport
import Foundation
import Testing

/// The interactive dvk driven through tmux with real keys (scripts/e2e-tmux.sh): typing a
/// registration in Vietnamese, resizing, searching without diacritics, moving, Telex, two clerks
/// saving the same record, Ctrl-C — a committee round (scripts/e2e-committee.sh): three
/// appraisers, a leader, a decision for ten models; the stored records checked with `dvk show --json`
/// — and the first-run setup (scripts/e2e-setup.sh): a provincial and a commune committee set up
/// by keys, their award lists printed as DOCX with the letterhead, place and signer typed — and
/// sync (scripts/e2e-sync.sh): S on the dashboard, a conflict taken by keys, a sync file written.
@Suite(.serialized) struct TerminalEndToEndTests {
    static let tmux = Tools.find("tmux")
    static let tmuxAvailable = tmux != nil
    /// The setup script reads the printed DOCX back with python-docx.
    static let pythonDocxAvailable = Tools.find("python3").map { python in
        (try? Subprocess.run(python, ["-c", "import docx"], environment: ["PATH": "/usr/bin:/bin"]))?.status == 0
    } ?? false

    /// The scripts' PATH: tmux's folder first, then the system's.
    static var path: String {
        let folder = tmux.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path } ?? "/usr/bin"
        return folder + ":/usr/bin:/bin"
    }

    /// Runs a script (dvk told its terminal is `term`); expects every check passed and at least `minimum` of them.
    func run(_ script: String, minimum: Int, term: String = "xterm-256color") throws {
        let result = try Subprocess.run("/bin/bash", [TestSupport.packageRoot + "/scripts/" + script, CLIHarness.binary],
                                        environment: ["PATH": Self.path, "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory(), "E2E_TERM": term])
        let text = result.out + result.err
        #expect(result.status == 0, "\(text)")
        let summary = result.out.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.hasSuffix("passed, 0 failed"), "\(summary)")
        #expect((Int(summary.split(separator: " ").first ?? "") ?? 0) >= minimum)
    }

    @Test(.enabled(if: tmuxAvailable, Comment(rawValue: Tools.missing("tmux")))) func theTmuxScriptPassesEveryCheck() throws {
        try run("e2e-tmux.sh", minimum: 31)  // 32 where the kernel lets the script click (TIOCSTI)
    }

    /// The same registration and moves with the terminfo of the screen/tmux family.
    @Test(.enabled(if: tmuxAvailable, Comment(rawValue: Tools.missing("tmux")))) func theTmuxScriptPassesWithScreenTerminfo() throws {
        try run("e2e-tmux.sh", minimum: 31, term: "screen-256color")
    }

    @Test(.enabled(if: tmuxAvailable, Comment(rawValue: Tools.missing("tmux")))) func aCommitteeRoundTypedInTmuxIsStoredAsTyped() throws {
        try run("e2e-committee.sh", minimum: 18)
    }

    @Test(.enabled(if: tmuxAvailable && pythonDocxAvailable,
                   Comment(rawValue: tmuxAvailable ? "python3 with python-docx not found (apt-get install python3-docx; .ci/run installs it)" : Tools.missing("tmux"))))
    func theFirstRunSetupTypedInTmuxPrintsTheLetterheadTyped() throws {
        try run("e2e-setup.sh", minimum: 34)
    }

    @Test(.enabled(if: tmuxAvailable && SyncOffices.git != nil, Comment(rawValue: tmuxAvailable ? Tools.missing("git") : Tools.missing("tmux"))))
    func syncInTmuxBringsRecordsInAndResolvesAConflictByKeys() throws {
        try run("e2e-sync.sh", minimum: 19)
    }
}

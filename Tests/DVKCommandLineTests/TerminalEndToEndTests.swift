import DVKTestSupport
import Foundation
import Testing

/// The interactive dvk driven through tmux with real keys (scripts/e2e-tmux.sh): typing a
/// registration in Vietnamese, resizing, searching without diacritics, moving, Telex, two clerks
/// saving the same record, Ctrl-C — then the stored records checked with `dvk show --json`.
@Suite(.serialized) struct TerminalEndToEndTests {
    static let tmuxAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")

    @Test(.enabled(if: tmuxAvailable, "tmux is installed by .ci/run")) func theTmuxScriptPassesEveryCheck() throws {
        let result = try Subprocess.run("/bin/bash", [TestSupport.packageRoot + "/scripts/e2e-tmux.sh", CLIHarness.binary],
                                        environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory()])
        let text = result.out + result.err
        #expect(result.status == 0, "\(text)")
        let summary = result.out.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.hasSuffix("passed, 0 failed"), "\(summary)")
        #expect((Int(summary.split(separator: " ").first ?? "") ?? 0) >= 20)
    }
}

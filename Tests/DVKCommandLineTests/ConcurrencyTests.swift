import DVKTestSupport
import Foundation
import Testing

extension Harnesses {
    /// Four processes under two OS users edit one shared record and their own and race batch moves
    /// on one group-shared directory: no update is lost, and every refusal is exit 3 (4 for a
    /// move), never a permission error.
    @Suite struct ConcurrencyTests {
        /// Short mode of `scripts/concurrency-harness.sh`: 4 processes × 30 edits.
        @Test(.enabled(if: geteuid() == 0, "needs root, to create the OS users dvk-h1, dvk-h2 and the group dvk-h (CI runs as root)"),
              .enabled(if: HarnessScript.python != nil, HarnessScript.pythonMissing))
        func fourProcessesUnderTwoUsersLoseNoUpdate() throws {
            let run = try HarnessScript.run("concurrency.py", ["--processes", "4", "--edits", "30"])
            let figures = "\(run.figures)\n\(run.log.suffix(3000))"
            #expect(run.count("successes") == 4 * 30, "\(figures)")
            #expect(run.count("moves") > 0, "\(figures)")
            for failure in ["lost_updates", "revision_mismatches", "journal_mismatches", "other_errors", "check_exit"] {
                #expect(run.count(failure) == 0, "\(failure): \(figures)")
            }
            #expect(run.status == 0, "\(figures)")
        }
    }
}

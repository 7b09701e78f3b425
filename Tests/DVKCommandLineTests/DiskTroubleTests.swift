import DVKTestSupport
import Foundation
import Testing

extension Harnesses {
    /// Saves on a full file system and on a directory the user may not write: a clear message
    /// (exit 1, the file and the reason), and every file exactly as before
    /// (`scripts/harness/disk_trouble.py`).
    @Suite(.serialized) struct DiskTroubleTests {
        func expectCleanRefusals(_ run: HarnessScript.Run, sourceLocation: SourceLocation = #_sourceLocation) {
            let figures = "\(run.figures)\n\(run.log.suffix(3000))"
            #expect(run.count("attempts") == 6, "\(figures)", sourceLocation: sourceLocation)
            #expect(run.count("clear_messages") == run.count("attempts"), "\(figures)", sourceLocation: sourceLocation)
            #expect(run.count("wrong_exit") == 0, "every refused save exits 1: \(figures)", sourceLocation: sourceLocation)
            #expect(run.count("files_changed") == 0, "nothing saved is damaged: \(figures)", sourceLocation: sourceLocation)
            #expect(run.count("check_after") == 0, "\(figures)", sourceLocation: sourceLocation)
            #expect(run.count("save_after") == 0, "\(figures)", sourceLocation: sourceLocation)
        }

        /// A 2 MB tmpfs filled to the last byte. Mounting needs root with CAP_SYS_ADMIN (or user
        /// namespaces for `unshare -Urm`); the script exits 77 and says what is missing otherwise.
        @Test(.enabled(if: HarnessScript.python != nil, HarnessScript.pythonMissing))
        func savesOnAFullFileSystemFailClearlyAndDamageNothing() throws {
            let run = try HarnessScript.run("disk_trouble.py", ["full"])
            if run.status == 77 {
                print("skipped: \(run.log.trimmingCharacters(in: .whitespacesAndNewlines))")
                return
            }
            // A clear message names the file and says the disk is full ("No space left on device", "ổ đĩa đã đầy").
            expectCleanRefusals(run)
        }

        /// A directory owned by root that the OS user dvk-h1 (registered in users.json) may read but
        /// not write.
        @Test(.enabled(if: geteuid() == 0, "needs root, to create the OS user dvk-h1 and run dvk as that user (CI runs as root)"),
              .enabled(if: HarnessScript.python != nil, HarnessScript.pythonMissing))
        func savesOnADirectoryTheUserMayNotWriteFailClearlyAndChangeNothing() throws {
            let run = try HarnessScript.run("disk_trouble.py", ["readonly"])
            if run.status == 77 {
                print("skipped: \(run.log.trimmingCharacters(in: .whitespacesAndNewlines))")
                return
            }
            expectCleanRefusals(run)
        }
    }
}

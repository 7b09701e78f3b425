import DVKTestSupport
import Foundation
import Testing

/// Runs a harness script of `scripts/harness` with python3 and reads the figures it prints as
/// its last line of standard output (a JSON object). The long modes are run from the shell:
/// `scripts/crash-harness.sh`, `scripts/concurrency-harness.sh` (see the README).
enum HarnessScript {
    static let python = Tools.find("python3")
    static let pythonMissing = Comment(rawValue: Tools.missing("python3"))

    struct Run {
        var figures: [String: Any]
        var log: String
        var status: Int32

        func count(_ key: String) -> Int { figures[key] as? Int ?? -1 }

        /// The script's one-line summary of its figures, printed so that CI logs show them.
        var summary: String {
            log.split(separator: "\n").filter { $0.contains("harness:") || $0.contains("disk trouble") }.joined(separator: "\n")
        }
    }

    static func run(_ script: String, _ arguments: [String]) throws -> Run {
        let python = try #require(python, pythonMissing)
        let env = ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "HOME": NSTemporaryDirectory()]
        let path = TestSupport.packageRoot + "/scripts/harness/" + script
        let result = try Subprocess.run(python, [path, "--dvk", CLIHarness.binary, "--defaults", TestSupport.packageRoot + "/data"] + arguments,
                                        environment: env)
        let last = result.out.split(separator: "\n").last.map(String.init) ?? ""
        let figures = (try? JSONSerialization.jsonObject(with: Data(last.utf8))) as? [String: Any] ?? [:]
        let run = Run(figures: figures, log: result.err, status: result.status)
        print(run.summary)
        return run
    }
}

/// The harnesses (crash, concurrency, disk trouble): each loads the two cores for up to a minute,
/// so they run one after the other (other tests still run beside them).
@Suite(.serialized) struct Harnesses {}

extension Harnesses {
    /// A process SIGKILLed at any instant of any write command leaves every file whole, keeps every
    /// save it acknowledged, leaves no one-way link and — once the next command has opened the
    /// directory — no temporary or intent file, and `dvk check` clean.
    @Suite struct CrashSafetyTests {
        /// Short mode of `scripts/crash-harness.sh`: 60 kills instead of 1,000.
        @Test(.enabled(if: HarnessScript.python != nil, HarnessScript.pythonMissing))
        func killingRandomWriteCommandsLosesAndBreaksNothing() throws {
            let run = try HarnessScript.run("crash.py", ["--kills", "60", "--open-every", "8"])
            let figures = "\(run.figures)\n\(run.log.suffix(3000))"
            #expect(run.count("kills") >= 60, "\(figures)")
            #expect(run.count("acknowledged") > 0, "\(figures)")
            for failure in ["torn_files", "torn_journal_lines", "lost_saves", "lost_edit_tokens", "dangling_links", "leftover_temporaries",
                            "journal_gaps", "check_failures", "check_problems", "fresh_init_failures"] {
                #expect(run.count(failure) == 0, "\(failure): \(figures)")
            }
            #expect(run.status == 0, "\(figures)")
        }
    }
}

import DVKTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension Harnesses {
    /// `dvk import` writes every row in one commit (`docs/data-format.md` §3.7): SIGKILLed at any
    /// instant — while it reads and checks the rows, while it stages the files in `.tmp/`, or once
    /// the commit is decided and the files are being renamed into place — the next command sees
    /// no imported model or all of them, never a part; `dvk check` is clean; and running the same
    /// import again either imports every row or reports every row as a duplicate.
    ///
    /// Short mode: six kills of a 500-row import (each staged file is fsynced, so a row costs a
    /// few milliseconds of disk). Long mode: `DVK_IMPORT_ROWS=3000 DVK_IMPORT_KILLS=50 swift test
    /// --skip-build --filter ImportKillTests` — a bigger register and N more kills at random instants.
    @Suite struct ImportKillTests {
        static let rows = Int(ProcessInfo.processInfo.environment["DVK_IMPORT_ROWS"] ?? "").flatMap { $0 >= 10 ? $0 : nil } ?? 500

        /// When to kill: after a delay (a fraction of a whole import's time), or as soon as a folder
        /// of the data directory holds at least so many files.
        enum Moment: CustomStringConvertible {
            case after(fraction: Double)
            case files(folder: String, atLeast: Int)

            var description: String {
                switch self {
                case .after(let fraction): "after \(Int(fraction * 100)) % of an import's time"
                case .files(let folder, let count): "once \(folder)/ holds \(count) file(s)"
                }
            }
        }

        /// A register of `rows` distinct models with list values spelt as registers spell them.
        static func register(rows: Int) -> String {
            let units = ["Xã Kim Bình", "Xa Yen Lap", "xã trung hà", "Xã Bình Phú", "Xã Nhân Lý"]
            let subjects = ["Tập thể", "TT", "tap the"], kinds = ["Mô hình", "Điển hình", "Việc làm"]
            let origins = ["Xây dựng mới", "Mới", "Duy trì"], fields = ["Kinh tế", "VH-XH", "QP-AN", "NTM", "Van hoa - xa hoi"]
            var text = "\u{FEFF}Năm;Đơn vị;Tên mô hình;Đối tượng;Loại;Hình thức;Lĩnh vực;Kinh phí – Xã hội hóa;Ngày bắt đầu;Cấp công nhận\n"
            for n in 0..<rows {
                let year = 2015 + n % 10
                text += "\(year);\(units[n % units.count]);Mô hình dân vận khéo số \(n + 1);\(subjects[n % 3]);\(kinds[n % 3]);"
                text += "\(origins[n % 3]);\(fields[n % 5]);\(n * 1000 % 70_000_000);\(n % 28 + 1)/\(n % 12 + 1)/\(year);\(n % 4 == 0 ? "Cơ sở" : "")\n"
            }
            return text
        }

        func count(_ dvk: CLIHarness) throws -> Int {
            let list = try dvk.json(["list", "--json"]) as? [Any]
            return try #require(list).count
        }

        static func files(in folder: String) -> Int {
            (try? FileManager.default.contentsOfDirectory(atPath: folder).count) ?? 0
        }

        /// Whether `pid` still runs (not ended, not a zombie), without reaping it: `wait()` does.
        static func running(_ pid: pid_t) -> Bool {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
            guard let close = stat.lastIndex(of: ")") else { return false }
            return !stat[close...].hasPrefix(") Z") && !stat[close...].hasPrefix(") X")
        }

        @Test(.timeLimit(.minutes(5)))
        func aKilledImportLeavesNothingOrEverything() throws {
            let folder = try TestSupport.scratchFolder("dvk-import-kill")
            let file = folder + "/so-theo-doi.csv"
            try Data(ImportKillTests.register(rows: ImportKillTests.rows).utf8).write(to: URL(fileURLWithPath: file))
            // One whole import: it must succeed, and its time places the delayed kills.
            let reference = try CLIHarness()
            let started = Date()
            try reference.ok(["import", file])
            let whole = Date().timeIntervalSince(started)
            #expect(try count(reference) == ImportKillTests.rows)
            var moments: [Moment] = [.after(fraction: 0.3), .files(folder: ".tmp", atLeast: 1), .files(folder: ".tmp", atLeast: ImportKillTests.rows / 2),
                                     .files(folder: ".tmp", atLeast: ImportKillTests.rows),
                                     .files(folder: "models", atLeast: 1), .files(folder: "models", atLeast: ImportKillTests.rows / 2)]
            let extra = Int(ProcessInfo.processInfo.environment["DVK_IMPORT_KILLS"] ?? "") ?? 0
            moments += (0..<extra).map { _ in .after(fraction: Double.random(in: 0...1.1)) }
            var outcomes: [String: Int] = [:]
            for moment in moments {
                let outcome = try killOnce(file: file, at: moment, whole: whole)
                outcomes["\(moment): \(outcome)", default: 0] += 1
            }
            print("import kill: \(ImportKillTests.rows) rows, whole import \(String(format: "%.2f", whole)) s, \(moments.count) kills: \(outcomes.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }.joined(separator: "; "))")
        }

        /// Starts the import, kills it at `moment`, and checks the directory; what the next command found.
        func killOnce(file: String, at moment: Moment, whole: TimeInterval) throws -> String {
            let dvk = try CLIHarness()
            let child = try Subprocess.start(CLIHarness.binary, ["--data", dvk.dataPath, "import", file], environment: dvk.environment)
            switch moment {
            case .after(let fraction):
                usleep(useconds_t(max(0, whole * fraction) * 1_000_000))
            case .files(let name, let wanted):
                let path = dvk.dataPath + "/" + name
                let deadline = Date().addingTimeInterval(whole * 4 + 5)
                // Watch the folder until it holds enough files, or the import has ended.
                while ImportKillTests.files(in: path) < wanted && ImportKillTests.running(child.pid) && Date() < deadline {
                    usleep(500)
                }
            }
            child.killGroup()
            let result = child.wait()
            let finished = result.status == 0
            // The next command opens the directory (and completes or takes back the commit).
            let models = try count(dvk)
            let check = try dvk.run(["check"])
            #expect(check.code == 0, "\(moment): dvk check → \(check.code): \(check.out) \(check.err)")
            #expect(models == 0 || models == ImportKillTests.rows, "\(moment): \(models) of \(ImportKillTests.rows) models imported")
            if finished { #expect(models == ImportKillTests.rows, "\(moment): the import exited 0 but \(models) models are there") }
            #expect(ImportKillTests.files(in: dvk.dataPath + "/.tmp") == 0, "\(moment): files left in .tmp/")
            #expect(ImportKillTests.files(in: dvk.dataPath + "/models") == models, "\(moment): model files and the list differ")
            // The same import again: everything, or every row a duplicate.
            let again = try dvk.run(["import", file, "--json"])
            let report = try JSONSerialization.jsonObject(with: Data(again.out.utf8)) as? [String: Any]
            if models == 0 {
                #expect(again.code == 0 && report?["written"] as? Int == ImportKillTests.rows, "\(moment): import again → \(again.code): \(again.err)")
            } else {
                let problems = report?["problems"] as? [[String: Any]] ?? []
                #expect(again.code == 2 && problems.count == ImportKillTests.rows && report?["written"] as? Int == 0,
                        "\(moment): import again → \(again.code), \(problems.count) problems")
            }
            #expect(try count(dvk) == ImportKillTests.rows, "\(moment): after the second import")
            return finished ? "finished" : models == 0 ? "nothing" : "everything"
        }
    }
}

import DVKCore
import DVKStorage
import DVKTestSupport
import Foundation
import Testing

/// A process killed with SIGKILL in the middle of saving leaves every file whole: the old
/// version or the new one, never a torn file.
@Suite(.serialized) struct CrashSafetyTests {
    /// Starts `script` in a process group of its own, lets it run `milliseconds`, then SIGKILLs
    /// the whole group (the shell and the dvk it is running).
    func runAndKill(_ script: String, environment: [String: String], after milliseconds: UInt32) throws {
        let child = try Subprocess.start("/bin/bash", ["-c", script], environment: environment)
        usleep(milliseconds * 1000)
        child.killGroup()
        _ = child.wait()
    }

    @Test func killingALoopOfSavesLeavesEveryFileValid() throws {
        let cli = try CLIHarness()
        let id = try cli.ok(["add", "--year", "2025", "--name", "Camera bảo vệ cộng đồng", "--unit", "Xã Kim Bình", "--subject", "tập thể",
                             "--kind", "mô hình", "--field", "Quốc phòng – an ninh"]).trimmingCharacters(in: .whitespacesAndNewlines)
        var env = cli.environment
        env["DVK_DATA"] = cli.dataPath
        let loop = """
        i=0; while true; do i=$((i+1)); "\(CLIHarness.binary)" edit \(id) --set "name=Camera bảo vệ cộng đồng lần $i" --set "situation=$(printf 'Nội dung dài %.0s' $(seq 1 200))" >/dev/null 2>&1; done
        """
        for round in 0..<8 {
            try runAndKill(loop, environment: env, after: 150 + UInt32(round) * 37)
            let store = RecordStore(directory: DataDirectory(path: cli.dataPath))
            let report = store.loadAll(ModelRecord.self)
            #expect(report.problems.isEmpty, "round \(round): \(report.problems.map { $0.message(.en) })")
            #expect(report.records.count == 1)
            let journal = try store.journal.read()
            #expect(journal.entries.last?.toRevision ?? 0 <= report.records.first?.revision ?? 0)
        }
        let record = try #require(RecordStore(directory: DataDirectory(path: cli.dataPath)).loadAll(ModelRecord.self).records.first)
        #expect(record.revision > 2, "the loop saved several times before being killed")
        #expect(try cli.run(["check"]).code == 0)
    }

    @Test func killingAnInitWithTheDemoDataLeavesEveryWrittenFileValid() throws {
        let folder = try TestSupport.scratchFolder("dvk-kill")
        var env = ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "DVK_DEFAULTS": TestSupport.packageRoot + "/data", "HOME": folder]
        for (round, delay) in [40, 80, 120, 200].enumerated() {
            let data = "\(folder)/data\(round)"
            env["DVK_DATA"] = data
            try runAndKill("exec \"\(CLIHarness.binary)\" init --demo", environment: env, after: UInt32(delay))
            let store = RecordStore(directory: DataDirectory(path: data))
            for kind in [ModelRecord.self] as [ModelRecord.Type] {
                #expect(store.loadAll(kind).problems.isEmpty, "round \(round)")
            }
            #expect(store.loadAll(InspectionRound.self).problems.isEmpty)
            #expect(store.loadAll(AwardDecision.self).problems.isEmpty)
        }
    }
}

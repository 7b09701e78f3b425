import DVKTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A sync SIGKILLed at any instant (`docs/data-format.md` §12.3) leaves the data directory and
/// the repository consistent, and the next `dvk sync` completes it with nothing lost: each round
/// the district changes one field of a commune's model and syncs, the commune changes another
/// field of the same model, its sync is killed at a random instant and run again; both changes
/// must be in both offices, `dvk check` clean and nothing left uncommitted.
///
/// Short mode: 15 kills. Long mode: `scripts/sync-kill-harness.sh` (`DVK_SYNC_KILLS=100`).
@Suite(.enabled(if: SyncOffices.git != nil, SyncOffices.gitMissing))
struct SyncKillTests {
    static let kills = Int(ProcessInfo.processInfo.environment["DVK_SYNC_KILLS"] ?? "").flatMap { $0 >= 1 ? $0 : nil } ?? 15

    @Test(.timeLimit(.minutes(20)))
    func aSyncKilledAtRandomInstantsRecoversWithNothingLost() throws {
        let offices = try SyncOffices(["XA01", "HUYEN"])
        let id = try offices.register("XA01", name: "Mô hình chịu đựng")
        let other = try offices.register("XA01", name: "Mô hình thứ hai")
        try offices.sync("XA01")
        try offices.sync("HUYEN")
        let commune = offices["XA01"]
        // One whole sync with a merge: its time places the kills.
        try offices["HUYEN"].ok(["edit", id, "--set", "objectives=huyện 0"], as: "thuky")
        try offices.sync("HUYEN")
        try commune.ok(["edit", id, "--set", "address=xã 0"], as: "thuky")
        let started = Date()
        try offices.sync("XA01")
        let whole = Date().timeIntervalSince(started)
        var finished = 0
        for round in 1...SyncKillTests.kills {
            try offices["HUYEN"].ok(["edit", id, "--set", "objectives=huyện \(round)"], as: "thuky")
            try offices.sync("HUYEN")
            try commune.ok(["edit", id, "--set", "address=xã \(round)"], as: "thuky")
            try commune.ok(["edit", other, "--set", "address=thôn \(round)"], as: "thuky")
            let child = try Subprocess.start(CLIHarness.binary, ["--data", commune.dataPath, "sync"], environment: commune.environment)
            usleep(useconds_t(Double.random(in: 0...(whole * 1.2)) * 1_000_000))
            child.killGroup()
            if child.wait().status == 0 { finished += 1 }
            let again = try commune.run(["sync"])
            #expect(again.code == 0, "round \(round): the sync after the kill → \(again.code): \(again.err)")
            let record = try offices.model("XA01", id)
            #expect(record["address"] as? String == "xã \(round)", "round \(round)")
            #expect(record["objectives"] as? String == "huyện \(round)", "round \(round)")
            #expect(record["conflicts"] == nil, "round \(round)")
            #expect(try offices.model("XA01", other)["address"] as? String == "thôn \(round)", "round \(round)")
            let check = try commune.run(["check"])
            #expect(check.code == 0, "round \(round): \(check.out)")
            #expect(try offices.git("XA01", ["status", "--porcelain"]).isEmpty, "round \(round): changes left uncommitted")
        }
        try offices.sync("HUYEN")
        let district = try offices.model("HUYEN", id)
        #expect(district["address"] as? String == "xã \(SyncKillTests.kills)")
        #expect(district["objectives"] as? String == "huyện \(SyncKillTests.kills)")
        #expect(try offices["HUYEN"].run(["check"]).code == 0)
        print("sync kill: \(SyncKillTests.kills) kills, whole sync \(String(format: "%.2f", whole)) s, \(finished) finished before the kill")
    }

    @Test func aSyncWhileAClerkSavesLosesNothing() throws {
        let offices = try SyncOffices(["XA01", "HUYEN"])
        let id = try offices.register("XA01", name: "Mô hình bận rộn")
        try offices.sync("XA01")
        try offices.sync("HUYEN")
        try offices["HUYEN"].ok(["edit", id, "--set", "objectives=huyện"], as: "thuky")
        try offices.sync("HUYEN")
        let commune = offices["XA01"]
        let child = try Subprocess.start(CLIHarness.binary, ["--data", commune.dataPath, "sync"], environment: commune.environment)
        for n in 1...6 { try commune.ok(["edit", id, "--set", "address=lần \(n)"], as: "thuky") }
        #expect(child.wait().status == 0)
        try offices.sync("XA01")
        try offices.sync("HUYEN")
        for code in ["XA01", "HUYEN"] {
            let record = try offices.model(code, id)
            #expect(record["address"] as? String == "lần 6", "\(code)")
            #expect(record["objectives"] as? String == "huyện", "\(code)")
            #expect(try offices[code].run(["check"]).code == 0, "\(code)")
        }
    }
}

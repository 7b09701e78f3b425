import DVKCore
import DVKStorage
import DVKTestSupport
import Foundation
import Testing

/// The committee's settings changed like records: journaled, revision-checked, undoable; a unit
/// renamed keeps its records.
@Suite("Settings changed through the store")
struct SettingsCommandTests {
    func setUp() throws -> CLIHarness {
        try CLIHarness(setup: ["--level", "commune", "--province", "Tuyên Quang", "--committee", "Xã Kim Bình"])
    }

    @Test("a letterhead's signer changed is journaled with its old and new value, printed, and undone")
    func changeAndUndo() throws {
        let dvk = try setUp()
        try dvk.ok(["settings", "set", "issuer.bcd-xa.signer.name=Ma Thị Hằng", "committee.name=Xã Kim Bình mới"])
        let shown = try dvk.ok(["settings", "show"])
        #expect(shown.contains("Ma Thị Hằng") && shown.contains("Xã Kim Bình mới"))
        let history = try dvk.ok(["settings", "history"])
        #expect(history.contains("issuer.bcd-xa.signer.name: «» → «Ma Thị Hằng»"))
        #expect(history.contains("committee.name: «Xã Kim Bình» → «Xã Kim Bình mới»"))
        let journal = try String(contentsOfFile: dvk.dataPath + "/journal.jsonl", encoding: .utf8)
        #expect(journal.contains("\"kind\":\"settings\"") && journal.contains("\"id\":\"headers\""))
        // The two files were saved one after the other (profile, then letterheads): undone in turn.
        try dvk.ok(["settings", "undo"])
        var now = try dvk.ok(["settings", "show"])
        #expect(!now.contains("Ma Thị Hằng") && now.contains("Xã Kim Bình mới"))
        try dvk.ok(["settings", "undo"])
        now = try dvk.ok(["settings", "show"])
        #expect(!now.contains("Ma Thị Hằng") && !now.contains("Xã Kim Bình mới"))
        #expect(try dvk.run(["settings", "undo"]).code == 2, "nothing left to undo")
        #expect(try dvk.ok(["settings", "history"]).contains("hoàn tác"))
        #expect(try dvk.run(["check"]).code == 0)
    }

    @Test("a user's roles and the way of scoring are settings too; the way of scoring stays while score sheets exist")
    func usersAndScoring() throws {
        let demo = try CLIHarness(demo: true)
        let users = try demo.ok(["settings", "show"])
        #expect(users.contains("rubric.mode") && users.contains("user."))
        let refused = try demo.run(["settings", "set", "rubric.mode=passFail"])
        #expect(refused.code == 2 && refused.err.contains("rubric.mode: đã có phiếu chấm"), "\(refused.err)")
        #expect(try demo.ok(["settings", "show"]).contains("points"))

        let dvk = try setUp()
        let admin = try #require(try dvk.ok(["users", "list"]).split(separator: "\n").dropFirst(2).first?.split(separator: " ").first.map(String.init))
        let lastAdmin = try dvk.run(["settings", "set", "user.\(admin).roles=viewer"])
        #expect(lastAdmin.code == 2 && lastAdmin.err.contains("phải còn ít nhất một người quản trị"), "\(lastAdmin.err)")
        try dvk.ok(["settings", "set", "rubric.mode=đạt/không đạt", "user.\(admin).name=Người Quản Trị"])
        let history = try dvk.ok(["settings", "history"])
        #expect(history.contains("rubric.mode: «points» → «passFail»") && history.contains("Người Quản Trị"))
        try dvk.ok(["settings", "undo"])
        try dvk.ok(["settings", "undo"])
        #expect(try dvk.ok(["settings", "show"]).contains("points"))
        #expect(try dvk.run(["check"]).code == 0)
    }

    @Test("a change over a revision someone else changed meanwhile is refused, and wrong values are named")
    func conflictsAndMistakes() throws {
        let dvk = try setUp()
        let store = SettingsStore(directory: DataDirectory(path: dvk.dataPath))
        let configuration = try DataDirectory(path: dvk.dataPath).loadConfiguration()
        try dvk.ok(["units", "add", "Thôn Nà Mèo"])
        #expect(throws: StorageError.self) {
            try store.save(UnitsFile(units: []), as: "units", expected: configuration.revision(of: "units"), note: "stale", by: "x",
                           at: TestSupport.time)
        }
        #expect(try dvk.ok(["units", "list"]).contains("Thôn Nà Mèo"))
        let wrong = try dvk.run(["settings", "set", "committee.province=Hà Giang"])
        #expect(wrong.code == 2 && wrong.err.contains("committee.province") && wrong.err.contains("không phải tỉnh"))
        let unknown = try dvk.run(["settings", "set", "issuer.nope.name=X"])
        #expect(unknown.code == 2 && unknown.err.contains("không có mục cài đặt"))
    }

    @Test("a unit renamed keeps its id, its models and their count in the statistics")
    func unitRenamed() throws {
        let dvk = try setUp()
        try dvk.ok(["units", "add", "Thôn Nà Mèo"])
        for name in ["Đường hoa", "Bếp ăn"] {
            try dvk.ok(["add", "--year", "2026", "--name", name, "--unit", "Thôn Nà Mèo", "--subject", "tập thể", "--kind", "mô hình",
                        "--field", "Kinh tế"])
        }
        try dvk.ok(["units", "rename", "thon-na-meo", "Thôn Nà Mèo Mới"])
        let list = try #require(try dvk.json(["list", "--json", "--unit", "Thôn Nà Mèo Mới"]) as? [[String: Any]])
        #expect(list.count == 2 && list.allSatisfy { $0["unit"] as? String == "thon-na-meo" })
        #expect(try dvk.ok(["list", "--year", "2026"]).contains("Thôn Nà Mèo Mới"))
        let stats = try dvk.ok(["report", "stats", "--table", "registered-recognised", "--from", "2026", "--to", "2026", "--csv"])
        #expect(stats.contains("Kinh tế,2,"))
        #expect(try dvk.ok(["settings", "history"]).contains("«Thôn Nà Mèo» → «Thôn Nà Mèo Mới»"))
        #expect(try dvk.run(["check"]).code == 0)
    }
}

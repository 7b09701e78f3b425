import DVKCore
import DVKStorage
import DVKTerminal
import DVKTestSupport
import Foundation
import Testing
@testable import DVKApp

/// The sync screen (`S` on the dashboard) and the marks of records in conflict: in process, on
/// records whose conflicts a merge would have left (written here through the store; the git
/// exchange itself is tested in `SyncCommandTests` and `scripts/e2e-sync.sh`).
@Suite struct SyncScreenTests {
    func conflicted(_ id: String) -> ModelRecord {
        var r = AppHarness.model(id, "Tên của huyện")
        r.conflicts = [FieldConflict(field: "name", mine: .string("Tên của huyện"), theirs: .string("Tên của xã"), office: "XA01",
                                     by: "thuky", at: TestSupport.time)]
        return r
    }

    @Test func sOnTheDashboardOpensSyncAndCTheSettings() throws {
        let h = try AppHarness(models: [AppHarness.model("2025-0001", "Đường hoa")], startOnDashboard: true)
        #expect(h.app.stack.last?.keyHelp.contains { $0.key == "S" && $0.help == SyncScreenText.openSync } == true)
        h.press(.character("S"))
        #expect(h.app.stackTitles.last == "Đồng bộ với các văn phòng")
        #expect(h.text.contains("chưa thiết lập đồng bộ"))
        h.press(.character("s"))
        #expect(h.text.contains("dvk sync setup --office") && !h.text.contains("notSetUp("), "a sync refused says what to do, in words: \(h.text)")
        h.press(.escape, .character("C"))
        #expect(h.app.stackTitles.last?.contains("Cài đặt") == true || h.text.contains("Tiêu đề văn bản"))
    }

    @Test func aRecordInConflictIsMarkedAndTakingTheirsResolvesItByKeyboard() throws {
        let h = try AppHarness(models: [conflicted("2025-0001"), AppHarness.model("2025-0002", "Khác")], startOnDashboard: true)
        try FileManager.default.createDirectory(atPath: h.directory.path + "/.git", withIntermediateDirectories: true)
        h.press(.escape)
        #expect(h.screen.lines().contains { $0.contains("!2025-0001") }, "\(h.text)")
        #expect(!h.screen.lines().contains { $0.contains("!2025-0002") })
        h.press(.character("d"), .character("S"))
        #expect(h.text.contains("Xung đột (1)") && h.text.contains("Tên của xã") && h.text.contains("XA01"), "\(h.text)")
        h.press(.character("t"))
        let record = try RecordStore(directory: h.directory).load(ModelRecord.self, id: "2025-0001")
        #expect(record.name == "Tên của xã")
        #expect(record.conflicts == nil)
        #expect(h.text.contains("Không có xung đột"))
        h.press(.escape, .escape)
        #expect(!h.screen.lines().contains { $0.contains("!2025-0001") }, "\(h.text)")
    }

    @Test func aModelsFormOpensItsOwnConflictsWithF6() throws {
        let h = try AppHarness(models: [conflicted("2025-0001"), conflicted("2025-0002")])
        h.press(.enter, .function(6))
        #expect(h.app.stackTitles.last == "Xung đột của 2025-0001")
        #expect(h.text.contains("Xung đột (1)") && h.text.contains("Tên của xã"), "\(h.text)")
        h.press(.character("t"))
        #expect(try RecordStore(directory: h.directory).load(ModelRecord.self, id: "2025-0001").name == "Tên của xã")
        #expect(try RecordStore(directory: h.directory).load(ModelRecord.self, id: "2025-0002").conflicts?.count == 1)
    }

    @Test func takingMineKeepsTheValueAndDropsTheConflict() throws {
        let h = try AppHarness(models: [conflicted("2025-0001")], startOnDashboard: true)
        h.press(.character("S"), .character("m"))
        let record = try RecordStore(directory: h.directory).load(ModelRecord.self, id: "2025-0001")
        #expect(record.name == "Tên của huyện" && record.conflicts == nil && record.revision == 2)
    }
}

import DVKApp
import DVKCore
import DVKStorage
import DVKTerminal
import DVKTestSupport
import Foundation
import Testing

/// A save conflict solved without retyping (issue 12, item 22): two clerks at two terminals on
/// one data directory edit the same model; the second to save merges field by field and saves on
/// top of the first one's revision.
@Suite struct ConflictMergeTests {
    func capture(_ h: AppHarness, _ title: String) {
        if ProcessInfo.processInfo.environment["DVK_CAPTURE"] != nil { print("=== \(title)\n\(h.text)") }
    }

    @Test("the second clerk sees the fields the first changed beside their own, picks per field, and both changes are stored")
    func theSecondClerkMerges() throws {
        let first = try AppHarness(models: [AppHarness.model("2025-0001", "Thắp sáng đường quê")], rows: 30, columns: 120,
                                   extraUsers: [.init(login: "thuky2", name: "Lê Thị Hai", roles: ["secretariat"])])
        let second = try AppHarness(sharing: first.directory, login: "thuky2", rows: 30, columns: 120)
        first.press(.enter)
        second.press(.enter)

        // The first clerk changes the name and the address, and saves (revision 2).
        first.press(.end)
        first.type(" thôn Kim Quang")
        first.press(.pageDown)
        first.type("Thôn Kim Quang, xã Bình Sa")
        first.press(.control("s"))
        #expect(first.text.contains("Đã lưu 2025-0001 (phiên bản 2)"), "\(first.text)")

        // The second changes the name too, and the person in charge.
        second.press(.end)
        second.type(" xã Bình Sa")
        second.press(.pageDown, .pageDown)
        second.press(.control("u"))
        second.type("Hoàng Văn Bê")
        second.press(.control("s"))
        #expect(second.text.contains("Người khác đã lưu trước"), "\(second.text)")
        #expect(second.text.contains("[g]"), "a merge is offered: \(second.text)")
        second.press(.character("g"))
        capture(second, "merge")
        #expect(second.text.contains("Gộp thay đổi"), "\(second.text)")
        let nameRow = try #require(second.screen.lines().first { $0.contains("Tên mô hình") }, "\(second.text)")
        #expect(nameRow.contains("● Thắp sáng đường quê xã Bình Sa") && nameRow.contains("○ Thắp sáng đường quê thôn Kim Quang"),
                "both changed the name: mine chosen by default, theirs beside it: \(nameRow)")
        let addressRow = try #require(second.screen.lines().first { $0.contains("Địa chỉ") })
        #expect(addressRow.contains("● Thôn Kim Quang, xã Bình Sa"), "only they changed the address: theirs by default: \(addressRow)")
        #expect(!second.screen.lines().contains { $0.contains("Người phụ trách – họ tên") && $0.contains("│") },
                "a field only I changed is not asked about")
        #expect(second.text.contains("Chỉ bạn sửa, giữ bản của bạn: Người phụ trách – họ tên"), "but named: \(second.text)")
        second.press(.character("t"))                 // theirs for the name
        second.press(.down, .character("m"), .character("t"))
        second.press(.enter)
        #expect(second.text.contains("Đã lưu 2025-0001 (phiên bản 3)"), "\(second.text)")

        let stored = try RecordStore(directory: first.directory).load(ModelRecord.self, id: "2025-0001")
        #expect(stored.revision == 3)
        #expect(stored.name == "Thắp sáng đường quê thôn Kim Quang")
        #expect(stored.address == "Thôn Kim Quang, xã Bình Sa")
        #expect(stored.personInCharge.name == "Hoàng Văn Bê")
        #expect(stored.personInCharge.phone == "0912345678")
        // After the merge, Ctrl-S saves again as any edit does.
        second.press(.end)
        second.type(" (sửa tiếp)")
        second.press(.control("s"))
        #expect(second.text.contains("phiên bản 4"), "\(second.text)")
    }

    @Test("keep editing, then Ctrl-S offers the merge again instead of refusing forever")
    func keepEditingThenSaveAgain() throws {
        let h = try AppHarness(models: [AppHarness.model("2025-0001", "Camera")])
        h.press(.enter, .end)
        h.type(" của tôi")
        let store = RecordStore(directory: h.directory)
        var theirs = try store.load(ModelRecord.self, id: "2025-0001")
        theirs.objectives = "Mục tiêu của lãnh đạo"
        try store.commit([.model(theirs, expectedRevision: 1, action: "edit")], by: "lanhdao", at: TestSupport.time)
        h.press(.control("s"), .character("k"))
        h.press(.control("s"))
        #expect(h.text.contains("Người khác đã lưu trước"))
        h.press(.character("g"))
        #expect(h.text.contains("Mục tiêu của lãnh đạo"), "\(h.text)")
        h.press(.enter)
        let stored = try store.load(ModelRecord.self, id: "2025-0001")
        #expect(stored.name == "Camera của tôi" && stored.objectives == "Mục tiêu của lãnh đạo" && stored.revision == 3)
    }
}

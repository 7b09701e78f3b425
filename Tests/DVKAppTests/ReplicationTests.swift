import DVKApp
import DVKCore
import DVKStorage
import DVKTerminal
import DVKTestSupport
import Foundation
import Testing

/// Replicating a model from the list (nhân rộng, key `n`): linked child records saved with the parent.
@Suite struct ReplicationTests {
    /// The list sorted by name: "Camera…" (2025-0002) first, then "Thắp sáng…" (2025-0001).
    func harness(login: String = "thuky", roles: [String] = ["secretariat", "leader"]) throws -> AppHarness {
        var parent = AppHarness.model("2025-0001", "Thắp sáng đường quê", unit: "xa-binh-sa", field: "culture_society", state: "recognised")
        parent.recognition = Recognition(level: "district", decisionNumber: "25-QĐ/BCĐ", outstanding: true)
        return try AppHarness(models: [parent, AppHarness.model("2025-0002", "Camera bảo vệ cộng đồng")], login: login, roles: roles)
    }

    @Test func placesTypedInVietnameseBecomeLinkedDraftsSavedWithTheParent() throws {
        let h = try harness()
        let store = RecordStore(directory: h.directory)
        let journalBefore = try store.journal.read().entries.count
        h.press(.down, .character("n"))
        #expect(h.text.contains("Nhân rộng 2025-0001 tại (các nơi cách nhau bằng ;)"), "\(h.text)")
        h.type("thôn Bản Nghiên, xã Tri Phú; ")
        h.press(.control("t"))                        // Telex for the second place
        h.type("Xax Hoaf Phus")
        h.press(.enter)
        #expect(h.text.contains("Đã tạo 2 mô hình nhân rộng từ 2025-0001: 2025-0003, 2025-0004"), "\(h.text)")
        #expect(h.text.contains("2025-0004 Thắp sáng đường quê – "), "the list shows the new models")

        let parent = try store.load(ModelRecord.self, id: "2025-0001")
        #expect(parent.replication.places == ["thôn Bản Nghiên, xã Tri Phú", "Xã Hòa Phú"])
        #expect(parent.replication.childIds == ["2025-0003", "2025-0004"])
        #expect(parent.history.last?.transition == "replicate")
        #expect(parent.history.last?.note == "thôn Bản Nghiên, xã Tri Phú → 2025-0003; Xã Hòa Phú → 2025-0004")
        for (id, place) in [("2025-0003", "thôn Bản Nghiên, xã Tri Phú"), ("2025-0004", "Xã Hòa Phú")] {
            let child = try store.load(ModelRecord.self, id: id)
            #expect(child.parentId == "2025-0001")
            #expect(child.origin == "replicated")
            #expect(child.state == "draft")
            #expect(child.address == place)
            #expect(child.unit == "xa-binh-sa" && child.field == "culture_society" && child.subject == "collective")
            #expect(child.recognition == nil && child.history.isEmpty)
        }
        let journal = try store.journal.read().entries
        #expect(journal.count == journalBefore + 3, "one commit: the parent and two children")
        #expect(journal.suffix(3).map(\.id) == ["2025-0001", "2025-0003", "2025-0004"])
    }

    @Test func theFormAndTheHistoryShowTheLink() throws {
        let h = try harness()
        h.press(.down, .character("n"))
        h.type("Xã Hòa Phú")
        h.press(.enter)
        h.press(.enter)                               // the parent stays selected
        #expect(h.text.contains("2025-0001 — Thắp sáng đường quê"))
        #expect(h.text.contains("đã nhân rộng: 2025-0003"), "\(h.text)")
        h.press(.control("l"))
        #expect(h.text.contains("nhân rộng"))
        #expect(h.text.contains("Xã Hòa Phú → 2025-0003"))
        h.press(.escape, .escape, .character("/"))
        h.type("hoa phu")
        h.press(.enter, .home, .enter)
        #expect(h.text.contains("nhân rộng từ 2025-0001"), "\(h.text)")
    }

    @Test func aRepeatedOrEmptyPlaceIsRefusedAndNothingIsWritten() throws {
        let h = try harness()
        h.press(.down, .character("n"))
        h.type("Xã Hòa Phú;; Xã Tri Phú")
        h.press(.enter)
        #expect(h.text.contains("nơi thứ 2 để trống"), "\(h.text)")
        h.press(.character("n"))
        h.type("Xã Hòa Phú; xa hoa phu")
        h.press(.enter)
        #expect(h.text.contains("«xa hoa phu» được gõ hai lần"), "\(h.text)")
        #expect(RecordStore(directory: h.directory).ids(of: .model) == ["2025-0001", "2025-0002"])
    }

    @Test func aViewerGetsTheReadOnlyMessage() throws {
        let h = try harness(login: "khach", roles: ["viewer"])
        h.press(.character("n"))
        #expect(h.text.contains("chỉ có quyền xem"))
        #expect(!h.text.contains("Nhân rộng 2025-0002 tại"))
    }
}

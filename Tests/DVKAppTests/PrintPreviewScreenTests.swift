import DVKApp
import DVKCore
import DVKStorage
import DVKTerminal
import DVKTestSupport
import Foundation
import Testing

/// Printing from the interface: choose a decision, read the list as it will print, export it.
@Suite struct PrintPreviewScreenTests {
    func harness() throws -> AppHarness {
        var awarded = AppHarness.model("2025-0001", "Thắp sáng đường quê", unit: "xa-binh-sa", field: "culture_society", state: "awarded")
        awarded.decisionIds = ["QD-2025-001"]
        let h = try AppHarness(models: [awarded])
        var decision = AwardDecision(id: "QD-2025-001", number: "112/QĐ-UBND", year: 2025, created: Stamp(at: TestSupport.time, by: "thuky"))
        decision.date = Day(year: 2025, month: 10, day: 14)
        decision.issuer = "ubnd-huyen"
        decision.form = "giay_khen"
        decision.level = "district"
        decision.track = "government"
        decision.status = AwardDecision.statusAwarded
        decision.signer = Signer(mode: "TM.", title: "CHỦ TỊCH", name: "Hà Đức Tập")
        decision.recipients = [AwardRecipient(modelId: "2025-0001", name: "Chi bộ thôn Kim Quang", subject: "collective", unit: "Xã Bình Sa")]
        try RecordStore(directory: h.directory).commit([.decision(decision, expectedRevision: 0, action: "create")], by: "thuky", at: TestSupport.time)
        return h
    }

    @Test func theListPreviewsAsItPrintsAndExportsToTheChosenFolder() throws {
        let h = try harness()
        h.press(.character("p"))
        #expect(h.text.contains("Danh sách khen thưởng kèm quyết định 112/QĐ-UBND"))
        h.press(.enter)
        #expect(h.text.contains("DANH SÁCH"))
        #expect(h.text.contains("I. TẬP THỂ"))
        #expect(h.text.contains("Chi bộ thôn Kim"))
        #expect(h.text.contains("Tổng: 1 tập thể, 0 cá nhân"))
        let folder = try TestSupport.scratchFolder("dvk-print")
        h.press(.character("e"))
        h.answerExport(formats: "docx,csv", folder: folder)
        #expect(h.text.contains("Đã ghi"), "\(h.text)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files == ["danh-sach-khen-thuong-112-QD-UBND.csv", "danh-sach-khen-thuong-112-QD-UBND.docx"])
        h.press(.escape)
        #expect(h.text.contains("Danh sách mô hình"))
    }
}

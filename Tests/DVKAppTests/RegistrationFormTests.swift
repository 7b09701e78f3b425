import DVKApp
import DVKCore
import DVKStorage
import DVKTerminal
import DVKTestSupport
import Foundation
import Testing

/// The registration complete in the form (issue 12, item 21): the indicators table, the results
/// report and the attachments typed with the keyboard, saved, read back, and shown in the
/// committee's dossier.
@Suite struct RegistrationFormTests {
    /// With DVK_CAPTURE set, prints the screen (the text captures in notes and reviews).
    func capture(_ h: AppHarness, _ title: String) {
        if ProcessInfo.processInfo.environment["DVK_CAPTURE"] != nil { print("=== \(title)\n\(h.text)") }
    }

    @Test("indicators added, edited and deleted by keys, a results report and attachments typed, saved and read back from the store")
    func theWholeRegistrationByKeys() throws {
        var model = AppHarness.model("2025-0001", "Thắp sáng đường quê")
        model.indicators = []
        let h = try AppHarness(models: [model], rows: 40, columns: 120)
        let folder = h.directory.path + "/minh-chung"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: folder + "/anh-1.jpg", contents: Data([0xFF, 0xD8]))
        h.press(.enter)
        for _ in 0..<5 { h.press(.pageDown) }        // the indicators table: one blank row to type into
        #expect(h.text.contains("── Chỉ tiêu"), "\(h.text)")
        #expect(h.text.contains("Tên chỉ tiêu") && h.text.contains("Đạt được"), "the table's column heads")
        h.type("Bóng đèn lắp mới")
        h.press(.tab)
        h.type("bóng")
        h.press(.tab)
        h.type("1200")
        h.press(.tab)
        #expect(h.text.contains("1.200"), "a number is shown grouped on leaving: \(h.text)")
        h.type("1.150,5")
        h.press(.control("n"))                        // a second row
        h.type("Hộ tham gia")
        h.press(.tab)
        h.type("hộ")
        h.press(.tab)
        h.type("abc")
        h.press(.tab)
        #expect(h.text.contains("không phải là số"), "a target that is not a number is named on leaving: \(h.text)")
        h.press(.backTab)
        for _ in 0..<3 { h.press(.backspace) }
        h.type("300")
        h.press(.control("n"))                        // a third row, then deleted
        h.type("Xóa dòng này")
        h.press(.control("x"))
        #expect(!h.text.contains("Xóa dòng này"))
        h.press(.pageDown)                            // results report and attachments
        h.type("15/11/2025")
        h.press(.tab)
        h.type("Đã lắp 1.150 bóng")
        h.press(.enter)
        h.type("Người dân góp 120 ngày công")
        h.press(.tab)
        h.type("minh-chung/anh-1.jpg")
        h.press(.enter)
        h.type("minh-chung/bien-ban.pdf")
        h.press(.up)
        h.press(.control("o"))                        // no viewer here, or one started detached: said in words either way
        #expect(h.text.contains("xdg-open") || h.text.contains("Đã mở «minh-chung/anh-1.jpg»"), "\(h.text)")
        h.press(.down)
        h.press(.control("o"))
        #expect(h.text.contains("Không thấy tệp «minh-chung/bien-ban.pdf»"), "\(h.text)")
        h.press(.control("s"))
        #expect(h.text.contains("Đã lưu 2025-0001"), "\(h.text)")
        capture(h, "form: indicators, results report, attachments")

        let stored = try RecordStore(directory: h.directory).load(ModelRecord.self, id: "2025-0001")
        #expect(stored.indicators == [Indicator(name: "Bóng đèn lắp mới", unit: "bóng", target: 1200, actual: 1150.5),
                                      Indicator(name: "Hộ tham gia", unit: "hộ", target: 300)])
        #expect(stored.resultsReport == ResultsReport(submitted: Day(year: 2025, month: 11, day: 15),
                                                      summary: "Đã lắp 1.150 bóng\nNgười dân góp 120 ngày công"))
        #expect(stored.attachments == ["minh-chung/anh-1.jpg", "minh-chung/bien-ban.pdf"])

        // Opened again, the form shows what was saved the way it was typed.
        h.press(.escape, .enter)
        for _ in 0..<5 { h.press(.pageDown) }
        #expect(h.text.contains("1.150,5") && h.text.contains("Hộ tham gia"), "\(h.text)")
    }

    @Test("the dossier beside the appraisal queue shows the indicators, the report's day and the attachments")
    func theDossierShowsTheRegistration() throws {
        var model = AppHarness.model("2025-0001", "Thắp sáng đường quê", state: "appraisal")
        model.indicators = [Indicator(name: "Bóng đèn", unit: "bóng", target: 1200, actual: 1150.5)]
        model.resultsReport = ResultsReport(submitted: Day(year: 2025, month: 11, day: 15), summary: "Đã lắp 1.150 bóng")
        model.attachments = ["minh-chung/anh-1.jpg"]
        let h = try AppHarness(models: [model], rows: 40, columns: 150)
        h.press(.character("T"))
        capture(h, "dossier")
        #expect(h.text.contains("Bóng đèn: 1.200 bóng"), "\(h.text)")
        #expect(h.text.contains("Bóng đèn: 1.150,5/1.200 bóng"), "\(h.text)")
        #expect(h.text.contains("nộp ngày 15/11/2025"), "\(h.text)")
        #expect(h.text.contains("▸ Tệp minh chứng") && h.text.contains("minh-chung/anh-1.jpg"), "\(h.text)")
    }
}

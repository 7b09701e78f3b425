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
        #expect(h.text.contains("Biểu tổng hợp: Mô hình, nội dung việc làm theo lĩnh vực") && !h.text.contains("by-field"),
                "the annexes by their Vietnamese names: \(h.text)")
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
        // Again: the folder is offered, and the files there are not overwritten unless the user says yes.
        let csv = folder + "/danh-sach-khen-thuong-112-QD-UBND.csv"
        try Data("giữ nguyên".utf8).write(to: URL(fileURLWithPath: csv))
        h.press(.character("e"))
        for _ in 0..<20 { h.press(.backspace) }
        h.type("csv")
        h.press(.enter)
        #expect(h.text.contains(folder), "the last folder is offered")
        h.press(.enter)
        #expect(h.text.contains("Ghi đè tệp đã có?"))
        h.press(.enter)                                   // the default: No
        #expect(try String(contentsOfFile: csv, encoding: .utf8) == "giữ nguyên")
        h.press(.character("e"))
        for _ in 0..<20 { h.press(.backspace) }
        h.type("csv")
        h.press(.enter, .enter, .character("c"))
        #expect(try String(contentsOfFile: csv, encoding: .utf8) != "giữ nguyên")
        h.press(.escape)
        #expect(h.text.contains("Danh sách mô hình"))
    }

    @Test func withoutAPrintSystemPrintingSaysWhatToInstall() throws {
        let h = try harness()
        h.app.environment = ["PATH": try TestSupport.scratchFolder("dvk-empty-path")]
        h.press(.character("p"), .enter, .character("P"))
        #expect(h.text.contains("Máy này chưa có hệ thống in (apt-get install cups)"), "\(h.text)")
    }

    static let libreOffice = Tools.find("soffice") != nil

    @Test(.enabled(if: libreOffice, Comment(rawValue: Tools.missing("soffice (LibreOffice)", package: "libreoffice-writer-nogui"))))
    func aPrinterIsChosenAndThePDFSentToIt() throws {
        let h = try harness()
        // A stand-in spooler: lpstat knows one printer, lp writes down what it was asked to print.
        let bin = try TestSupport.scratchFolder("dvk-fake-lp")
        let log = bin + "/lp.log"
        try "#!/bin/sh\ncase \"$1\" in -e) echo PDF;; -r) echo scheduler is running;; esac\n".write(toFile: bin + "/lpstat", atomically: true, encoding: .utf8)
        try "#!/bin/sh\necho \"$@\" >> '\(log)'\nfor last; do :; done\nhead -c 5 \"$last\" >> '\(log)'\n".write(toFile: bin + "/lp", atomically: true, encoding: .utf8)
        for tool in ["lp", "lpstat"] { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin + "/" + tool) }
        h.app.environment = ["PATH": bin + ":/usr/bin:/bin", "HOME": NSTemporaryDirectory()]
        h.press(.character("p"), .enter, .character("P"))
        #expect(h.text.contains("Chọn máy in"))
        h.press(.enter)
        #expect(h.text.contains("Đã gửi tới máy in PDF"), "\(h.text)")
        let sent = try String(contentsOfFile: log, encoding: .utf8)
        #expect(sent.contains("-d PDF -n 1 -o media=A4"), "\(sent)")
        #expect(sent.contains("%PDF-"), "the file sent is a PDF: \(sent)")
    }
}

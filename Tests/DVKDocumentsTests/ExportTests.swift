import DVKCore
import DVKTestSupport
import Foundation
import Testing
@testable import DVKDocuments

/// Writing documents to a folder: every format staged and renamed into place, nothing left
/// behind, the DOCX kept when no PDF can be made; LibreOffice turns the DOCX and XLSX into PDFs
/// that hold the names, with the page count a 200-row list should have.
@Suite struct ExportTests {
    typealias F = DocumentFixtures

    func folderContents(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    @Test func everyFormatIsWrittenUnderItsNameAndNothingElseIsLeft() throws {
        let folder = try TestSupport.scratchFolder("dvk-export") + "/out/nested"
        let document = ExportDocument.awardList(try F.awardList())
        let outcome = try DocumentExporter(folder: folder, converter: nil)
            .export(document, formats: [.docx, .xlsx, .html, .txt, .csv])
        let names = ["docx", "xlsx", "html", "txt", "csv"].map { "danh-sach-khen-thuong-112-QD-UBND.\($0)" }
        #expect(outcome.files == names.map { folder + "/" + $0 })
        #expect(folderContents(folder) == names.sorted())
        for file in outcome.files {
            let size = (try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            #expect(size > 0, "\(file)")
        }
        let csvBytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + names[4]))
        #expect(Array(csvBytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let csv = String(decoding: csvBytes.dropFirst(3), as: UTF8.self)
        #expect(csv.hasPrefix("Phần,STT,"))
        #expect(csv.contains("CÁ NHÂN,3,Lương Thanh Trung,"))
        let text = try String(contentsOfFile: folder + "/" + names[3], encoding: .utf8)
        #expect(text.contains("DANH SÁCH") && text.contains("Tổng: 2 tập thể, 3 cá nhân"))
        #expect(outcome.pdfProblem == nil && outcome.pdf == nil)
    }

    @Test func withoutLibreOfficeThePDFIsReportedMissingAndTheDocxIsKept() throws {
        let folder = try TestSupport.scratchFolder("dvk-export")
        let outcome = try DocumentExporter(folder: folder, converter: nil).export(ExportDocument.awardList(try F.awardList()), formats: [.pdf, .csv])
        guard case .converterMissing? = outcome.pdfProblem else {
            Issue.record("expected converterMissing, got \(String(describing: outcome.pdfProblem))")
            return
        }
        #expect(outcome.pdf == nil)
        #expect(outcome.docx == folder + "/danh-sach-khen-thuong-112-QD-UBND.docx")
        #expect(folderContents(folder) == ["danh-sach-khen-thuong-112-QD-UBND.csv", "danh-sach-khen-thuong-112-QD-UBND.docx"])
    }

    @Test func aFolderThatCannotBeCreatedIsAnErrorAndNothingIsWritten() throws {
        let blocker = try TestSupport.scratchFolder("dvk-export") + "/file"
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        #expect(throws: DocumentError.self) {
            try DocumentExporter(folder: blocker + "/out", converter: nil).export(ExportDocument.awardList(try F.awardList()), formats: [.docx])
        }
    }

    @Test func certificatesAreWrittenOnlyAsCSVAndXLSX() throws {
        let (decision, models) = F.decision()
        let merge = try CertificateMerge(decision: decision, models: models, configuration: F.configuration())
        #expect(merge.rows.count == 1 + 5)
        #expect(merge.rows[0] == DocumentText.certificateColumns)
        let hoa = merge.rows[3]
        #expect(Array(hoa[0...4]) == ["3", "Nguyễn Thị Hoa", "Cá nhân", "Chi hội trưởng Phụ nữ", "Xã Hùng Mỹ"])
        #expect(Array(hoa[7...16]) == ["112/QĐ-UBND", "14/10/2025", "14", "10", "2025", "Chiêm Hóa, ngày 14 tháng 10 năm 2025",
                                       "ỦY BAN NHÂN DÂN HUYỆN CHIÊM HÓA", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hà Đức Tập"])
        let folder = try TestSupport.scratchFolder("dvk-export")
        let outcome = try DocumentExporter(folder: folder, converter: nil)
            .export(.certificates(merge, decisionNumber: decision.number), formats: [.csv, .xlsx, .docx])
        #expect(outcome.files.map { $0.split(separator: "/").last.map(String.init) ?? "" }
            == ["du-lieu-in-khen-thuong-112-QD-UBND.csv", "du-lieu-in-khen-thuong-112-QD-UBND.xlsx"])
        let xlsx = try PythonReader.xlsx(outcome.files[1])
        let cells = Reading.cells(xlsx)
        #expect(cells.first { $0["ref"] as? String == "B1" }?["value"] as? String == "Họ và tên / Tên tập thể")
        #expect(cells.first { $0["ref"] as? String == "B4" }?["value"] as? String == "Nguyễn Thị Hoa")
        #expect(cells.first { $0["ref"] as? String == "A4" }?["type"] as? String == "n")
        #expect((xlsx["merged"] as? [String])?.isEmpty == true)
    }

    // MARK: LibreOffice

    /// A program on PATH, or a test failure saying what to install.
    static func tool(_ name: String, package: String) throws -> String {
        if let found = Tools.find(name) { return found }
        throw PythonReader.Failure(description: Tools.missing(name, package: package))
    }

    @Test func libreOfficeConvertsA200RowListWithTheNamesOnTheExpectedNumberOfPages() throws {
        let pdftotext = try ExportTests.tool("pdftotext", package: "poppler-utils")
        _ = try ExportTests.tool("soffice", package: "libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation2")
        let converter = try #require(PDFConverter.locate(environment: ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": NSTemporaryDirectory()]))
        let list = try AwardListBuilder(configuration: F.configuration()).build(decisions: [F.longDecision(count: 200)], models: [])
        let folder = try TestSupport.scratchFolder("dvk-export")
        let outcome = try DocumentExporter(folder: folder, converter: converter).export(.awardList(list), formats: [.pdf, .xlsx])
        let pdf = try #require(outcome.pdf)
        #expect(outcome.pdfProblem == nil)
        #expect(folderContents(folder) == ["danh-sach-khen-thuong-112-QD-UBND.pdf", "danh-sach-khen-thuong-112-QD-UBND.xlsx"])
        let text = try Subprocess.run(pdftotext, ["-layout", pdf, "-"], environment: ["LANG": "C.UTF-8"])
        #expect(text.status == 0)
        for n in [1, 57, 200] { #expect(text.out.contains("Nguyễn Văn Người \(n)"), "name \(n)") }
        #expect(text.out.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(text.out.contains("Tổng: 0 tập thể, 200 cá nhân"))
        // One-line rows about 18 pt high: about 14 fit under the letterhead, 25 on later pages
        // (A4 landscape, 170 mm between the margins, the header row repeated): 9 pages, give or take one.
        let pages = text.out.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.count
        #expect((8...10).contains(pages), "\(pages) pages")
        // Every page after the first that holds rows repeats the header row and carries its
        // number; the signature block stays whole with the totals line.
        let pageTexts = text.out.components(separatedBy: "\u{0C}")
        #expect(!pageTexts[0].hasPrefix(" 1"))
        for (index, page) in pageTexts.enumerated().dropFirst() where page.contains("Nguyễn Văn Người") {
            #expect(page.contains("Họ và tên"), "page \(index + 1) repeats the header")
            #expect(page.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("\(index + 1)"), "page \(index + 1) is numbered")
        }
        let signed = try #require(pageTexts.first { $0.contains("Hà Đức Tập") })
        #expect(signed.contains("TM. ỦY BAN NHÂN DÂN") && signed.contains("Tổng: 0 tập thể, 200 cá nhân"))
        let xlsxPDF = try converter.convert([folder + "/danh-sach-khen-thuong-112-QD-UBND.xlsx"], outputFolder: folder + "/x")
        let sheet = try Subprocess.run(pdftotext, [try #require(xlsxPDF.first), "-"], environment: ["LANG": "C.UTF-8"])
        #expect(sheet.out.contains("Nguyễn Văn Người 200") && sheet.out.contains("Hà Đức Tập"))
    }
}

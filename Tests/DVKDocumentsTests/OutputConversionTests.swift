import DVKCore
import DVKDocuments
import DVKTestSupport
import Foundation
import Testing

/// LibreOffice turns hand-made DOCX and XLSX packages into PDFs; broken inputs give an error,
/// never a success that produced nothing (soffice's exit status lies).
@Suite struct OutputConversionTests {
    func converter() throws -> PDFConverter {
        _ = try OutputFixtures.tool("soffice", package: "libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation2")
        return try #require(PDFConverter.locate(environment: OutputFixtures.environment), "LibreOffice is on PATH but locate returned nil")
    }

    @Test func aDocxAndAnXlsxWithOneBaseNameBecomeTwoPDFsInOneCall() throws {
        let converter = try converter()
        let folder = try TestSupport.scratchFolder("dvk-pdf")
        let docx = folder + "/danh-sach.docx", xlsx = folder + "/danh-sach.xlsx"
        try OutputFixtures.docx(at: docx)
        try OutputFixtures.xlsx(at: xlsx)
        let out = folder + "/out"
        let started = Date()
        let pdfs = try converter.convert([docx, xlsx], outputFolder: out)
        let seconds = Date().timeIntervalSince(started)
        #expect(pdfs == [out + "/danh-sach.pdf", out + "/danh-sach-xlsx.pdf"])
        for pdf in pdfs { #expect(OutputFixtures.isPDF(pdf), "\(pdf) is not a PDF") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["danh-sach-xlsx.pdf", "danh-sach.pdf"],
                "only the finished PDFs, no temporary files")
        let docText = try OutputFixtures.pdfText(pdfs[0]), sheetText = try OutputFixtures.pdfText(pdfs[1])
        #expect(OutputFixtures.containsNFC(docText, OutputFixtures.docxText), "DOCX PDF text: \(docText)")
        #expect(OutputFixtures.containsNFC(sheetText, OutputFixtures.xlsxText), "XLSX PDF text: \(sheetText)")
        #expect(sheetText.contains("42"))
        print("OutputConversionTests: DOCX + XLSX to PDF in \(String(format: "%.2f", seconds)) s")
    }

    @Test func convertingAgainReplacesThePDFAndRelativePathsWork() throws {
        let converter = try converter()
        let folder = try TestSupport.scratchFolder("dvk-pdf")
        let docx = folder + "/quyet-dinh.docx"
        try OutputFixtures.docx(at: docx, text: "Lần một")
        let first = try converter.convert([docx], outputFolder: folder)
        try OutputFixtures.docx(at: docx + ".new", text: "Lần hai Nguyễn Thị Ửng")
        try FileManager.default.removeItem(atPath: docx)
        try FileManager.default.moveItem(atPath: docx + ".new", toPath: docx)
        let started = Date()
        let second = try converter.convert([docx], outputFolder: folder)
        print("OutputConversionTests: one DOCX to PDF in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        #expect(first == second && second == [folder + "/quyet-dinh.pdf"])
        let text = try OutputFixtures.pdfText(second[0])
        #expect(OutputFixtures.containsNFC(text, "Lần hai Nguyễn Thị Ửng"), "PDF text: \(text)")
        #expect(!text.contains("Lần một"))
    }

    @Test func aDocxThatIsNotAZipIsAnErrorNotAPDF() throws {
        let converter = try converter()
        let folder = try TestSupport.scratchFolder("dvk-pdf")
        let fake = folder + "/gia.docx"
        try Data("Đây không phải là tệp DOCX".utf8).write(to: URL(fileURLWithPath: fake))
        let error = try #require(throws: DocumentOutputError.self) { try converter.convert([fake], outputFolder: folder + "/out") }
        #expect(error.message.en.contains("gia.docx") && error.message.vi.contains("gia.docx"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out/gia.pdf"))
    }

    @Test func aPackageLibreOfficeCannotLoadIsAnErrorQuotingItAndNothingIsWritten() throws {
        let converter = try converter()
        let folder = try TestSupport.scratchFolder("dvk-pdf")
        let good = folder + "/tot.docx", broken = folder + "/hong.docx"
        try OutputFixtures.docx(at: good)
        try OutputFixtures.docx(at: broken, loadable: false)
        let error = try #require(throws: DocumentOutputError.self) { try converter.convert([good, broken], outputFolder: folder + "/out") }
        #expect(error.message.en.contains("source file could not be loaded"), "\(error.message.en)")
        print("OutputConversionTests: \(error.message.vi)\nOutputConversionTests: \(error.message.en)")
        #expect(error.message.vi.contains("hong.docx") && error.message.vi.contains("LibreOffice"))
        let written = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/out")) ?? []
        #expect(written.isEmpty, "nothing published when one input fails: \(written)")
    }

    @Test func missingAndEmptyInputsAreErrors() throws {
        let converter = try converter()
        let folder = try TestSupport.scratchFolder("dvk-pdf")
        #expect(throws: DocumentOutputError.self) { try converter.convert([folder + "/khong-co.docx"], outputFolder: folder) }
        try Data().write(to: URL(fileURLWithPath: folder + "/rong.xlsx"))
        #expect(throws: DocumentOutputError.self) { try converter.convert([folder + "/rong.xlsx"], outputFolder: folder) }
        #expect(try converter.convert([], outputFolder: folder).isEmpty)
    }
}

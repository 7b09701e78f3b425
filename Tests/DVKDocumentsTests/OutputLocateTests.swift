import DVKCore
import DVKDocuments
import DVKTestSupport
import Foundation
import Testing

/// Finding LibreOffice and the spooler from an environment, and the doctor's report.
@Suite struct OutputLocateTests {
    @Test func withoutSofficeOnPathThereIsNoConverter() throws {
        let empty = try TestSupport.scratchFolder("dvk-path")
        #expect(PDFConverter.locate(environment: ["PATH": empty]) == nil)
        #expect(PDFConverter.locate(environment: ["PATH": empty, "DVK_SOFFICE": empty + "/soffice"]) == nil)
        #expect(PrintSpooler.locate(environment: ["PATH": empty]) == nil)
        #expect(DocumentOutputError.libreOfficeMissing.message.en.contains("apt-get install"))
        #expect(DocumentOutputError.libreOfficeMissing.message.vi.contains("libreoffice-writer-nogui"))
        #expect(DocumentOutputError.spoolerMissing.message.vi.contains("printer-driver-cups-pdf"))
    }

    @Test func dvkSofficeNamesTheProgram() throws {
        let soffice = try OutputFixtures.tool("soffice", package: "libreoffice-writer-nogui libreoffice-calc-nogui")
        let empty = try TestSupport.scratchFolder("dvk-path")
        #expect(PDFConverter.locate(environment: ["PATH": empty, "DVK_SOFFICE": soffice]) != nil)
    }

    @Test func theDoctorFindsLibreOfficeFontsAndPoppler() throws {
        _ = try OutputFixtures.tool("soffice", package: "libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation2")
        let report = OutputDoctor.report(environment: OutputFixtures.environment)
        for line in report {
            #expect(!line.what.vi.isEmpty && !line.what.en.isEmpty && !line.detail.isEmpty)
            print("OutputDoctor: [\(line.found ? "x" : " ")] \(line.what.en): \(line.detail)")
        }
        let office = try #require(report.first { $0.what.en.contains("LibreOffice") })
        #expect(office.found && office.detail.contains("LibreOffice"), "\(office.detail)")
        let font = try #require(report.first { $0.what.en.contains("Times New Roman") })
        #expect(font.found, "fonts-liberation2 is installed in CI: \(font.detail)")
        let poppler = try #require(report.first { $0.what.en.contains("pdftotext") })
        #expect(poppler.found, "\(poppler.detail)")
        #expect(report.contains { $0.what.en.contains("lp") })
        #expect(report.contains { $0.what.en.contains("cupsd") })
    }

    @Test func theDoctorWithAnEmptyPathFindsNothingAndSaysWhatToInstall() throws {
        let empty = try TestSupport.scratchFolder("dvk-path")
        let report = OutputDoctor.report(environment: ["PATH": empty])
        #expect(report.allSatisfy { !$0.found })
        #expect(report.contains { $0.detail.contains("libreoffice-writer-nogui") })
        #expect(report.contains { $0.detail.contains("printer-driver-cups-pdf") })
    }
}

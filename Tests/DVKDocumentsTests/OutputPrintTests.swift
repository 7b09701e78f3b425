import DVKCore
import DVKDocuments
import DVKTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Printing through CUPS to the cups-pdf virtual printer: the test starts `cupsd -f` itself when
/// no scheduler runs (and stops it by PID), adds the printer "PDF" when missing, and waits for
/// the job's PDF in cups-pdf's output folder.
@Suite(.serialized) struct OutputPrintTests {
    static let cupsPackages = "cups printer-driver-cups-pdf"

    /// Runs `body` with a CUPS scheduler that has the "PDF" printer.
    func withPDFPrinter(_ body: (PrintSpooler) throws -> Void) throws {
        let env = OutputFixtures.environment
        let cupsd = try OutputFixtures.tool("cupsd", package: Self.cupsPackages)
        let lpadmin = try OutputFixtures.tool("lpadmin", package: Self.cupsPackages)
        let lpstat = try OutputFixtures.tool("lpstat", package: Self.cupsPackages)
        _ = try OutputFixtures.tool("lp", package: Self.cupsPackages)
        try #require(FileManager.default.fileExists(atPath: "/usr/lib/cups/backend/cups-pdf"),
                     "the cups-pdf backend is missing; CI installs it: apt-get install -y --no-install-recommends printer-driver-cups-pdf")
        let spooler = try #require(PrintSpooler.locate(environment: env))
        var started: Subprocess.Child?
        if !(try schedulerRunning(lpstat)) {
            try #require(geteuid() == 0, "starting cupsd needs root (CI runs the tests as root)")
            started = try Subprocess.start(cupsd, ["-f"], environment: env)
        }
        defer {
            if let started {
                kill(started.pid, SIGTERM)
                let result = started.wait()
                print("OutputPrintTests: cupsd \(started.pid) stopped (status \(result.status))")
            }
        }
        let deadline = Date().addingTimeInterval(15)
        while !(try schedulerRunning(lpstat)) && Date() < deadline { usleep(100_000) }
        try #require(try schedulerRunning(lpstat), "cupsd did not start within 15 s")
        if !spooler.printers().contains("PDF") {
            let added = try Subprocess.run(lpadmin, ["-p", "PDF", "-v", "cups-pdf:/", "-E", "-m", "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd",
                                                     "-o", "PageSize=A4"], environment: env)
            try #require(added.status == 0, "lpadmin: \(added.err)")
        }
        try #require(spooler.printers().contains("PDF"), "the PDF printer is not listed: \(spooler.printers())")
        try body(spooler)
    }

    func schedulerRunning(_ lpstat: String) throws -> Bool {
        var env = OutputFixtures.environment
        env["LC_ALL"] = "C"
        return try Subprocess.run(lpstat, ["-r"], environment: env).out.contains("scheduler is running")
    }

    /// The folders cups-pdf writes to: `Out` of /etc/cups/cups-pdf.conf with ${HOME} and ${USER}
    /// of this user, and `AnonDirName` for jobs of unknown users.
    func cupsPDFFolders() -> [String] {
        let conf = (try? String(contentsOfFile: "/etc/cups/cups-pdf.conf", encoding: .utf8)) ?? ""
        func setting(_ key: String) -> String? {
            conf.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .first { $0.hasPrefix(key + " ") }.map { String($0.dropFirst(key.count)).trimmingCharacters(in: .whitespaces) }
        }
        var home = NSHomeDirectory(), user = "root"
        if let entry = getpwuid(geteuid()) {
            home = String(cString: entry.pointee.pw_dir)
            user = String(cString: entry.pointee.pw_name)
        }
        let out = (setting("Out") ?? "/var/spool/cups-pdf/${USER}").replacingOccurrences(of: "${HOME}", with: home)
            .replacingOccurrences(of: "${USER}", with: user)
        return [out, setting("AnonDirName") ?? "/var/spool/cups-pdf/ANONYMOUS"]
    }

    func pdfsIn(_ folders: [String]) -> Set<String> {
        Set(folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".pdf") }.map { folder + "/" + $0 }
        })
    }

    /// A one-page PDF of the hand-made DOCX.
    func samplePDF() throws -> String {
        _ = try OutputFixtures.tool("soffice", package: "libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation2")
        let converter = try #require(PDFConverter.locate(environment: OutputFixtures.environment))
        let folder = try TestSupport.scratchFolder("dvk-print")
        try OutputFixtures.docx(at: folder + "/in-thu.docx")
        return try #require(try converter.convert([folder + "/in-thu.docx"], outputFolder: folder).first)
    }

    @Test func aJobToTheCupsPDFPrinterLandsAsAPDFInItsOutputFolder() throws {
        let pdf = try samplePDF()
        try withPDFPrinter { spooler in
            let folders = cupsPDFFolders()
            let before = pdfsIn(folders)
            let started = Date()
            try spooler.send(pdf, printer: "PDF", title: "Danh sách in thử")
            let sent = Date().timeIntervalSince(started)
            let pdfinfo = try OutputFixtures.tool("pdfinfo", package: "poppler-utils")
            var new: Set<String> = [], info = ""
            let deadline = Date().addingTimeInterval(20)
            while info.isEmpty && Date() < deadline {
                usleep(200_000)
                new = pdfsIn(folders).subtracting(before)
                // cups-pdf writes the file in place: it is finished once pdfinfo can read it.
                for file in new {
                    let result = try Subprocess.run(pdfinfo, [file], environment: OutputFixtures.environment)
                    if result.status == 0 && result.out.contains("Pages:") { info = result.out }
                }
            }
            let landed = Date().timeIntervalSince(started)
            try #require(!info.isEmpty, "no finished PDF in \(folders) within 20 s (new files: \(new))")
            print("OutputPrintTests: lp took \(String(format: "%.2f", sent)) s, the PDF was complete after \(String(format: "%.2f", landed)) s: \(new)")
            let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.map { $0.dropFirst(6).trimmingCharacters(in: .whitespaces) }
            #expect(info.contains("(A4)") && pages == "1", "pdfinfo: \(info)")
            for file in new { try? FileManager.default.removeItem(atPath: file) }
        }
    }

    @Test func anUnknownPrinterIsAnErrorListingThePrinters() throws {
        let pdf = try samplePDF()
        try withPDFPrinter { spooler in
            let error = try #require(throws: DocumentOutputError.self) {
                try spooler.send(pdf, printer: "khong-co-may-in", title: "x")
            }
            #expect(error.message.en.contains("khong-co-may-in") && error.message.en.contains("PDF"), "\(error.message.en)")
            #expect(error.message.vi.contains("Các máy in hiện có: ") && error.message.vi.contains("PDF"), "\(error.message.vi)")
            print("OutputPrintTests: \(error.message.vi)\nOutputPrintTests: \(error.message.en)")
            let notPDF = try TestSupport.scratchFolder("dvk-not-a-pdf") + "/khong-phai-pdf.docx"
            try Data("PK".utf8).write(to: URL(fileURLWithPath: notPDF))
            #expect(throws: DocumentOutputError.self) { try spooler.send(notPDF, printer: "PDF", title: "x") }
        }
    }
}

import DVKTestSupport
import Foundation
import Testing

/// `dvk print` end to end with the built binary: an award list written as DOCX, XLSX and text
/// into a folder (paths on stdout), text to the terminal, the annex, the certificates' data,
/// and the failures that must not look like success.
@Suite struct PrintCommandTests {
    let cli: CLIHarness

    init() throws {
        cli = try CLIHarness()
        try cli.ok(["users", "add", "thuky", "--name", "Trần Thị Thư", "--role", "secretariat"])
        try cli.ok(["decision", "add", "--number", "112/QĐ-UBND", "--date", "14/10/2025", "--form", "Giấy khen", "--level", "huyện",
                    "--track", "Chính quyền", "--signer", "Hà Đức Tập"], as: "thuky")
        try recipient(["--name", "Chi bộ thôn Bản Ba, xã Bình Sa", "--subject", "tập thể", "--unit", "Xã Bình Sa"])
        try recipient(["--name", "Nguyễn Thị Hoa", "--subject", "cá nhân", "--position", "Chi hội trưởng Phụ nữ", "--unit", "Xã Hùng Mỹ"])
        try recipient(["--name", "Hà Văn Đức", "--subject", "cá nhân", "--position", "Bí thư chi bộ", "--unit", "Xã Yên Lập"])
    }

    /// `dvk decision recipient …` with `--data` after the subcommand.
    func recipient(_ arguments: [String]) throws {
        var environment = cli.environment
        environment["DVK_USER"] = "thuky"
        let result = try Subprocess.run(CLIHarness.binary, ["decision", "recipient", "112/QĐ-UBND"] + arguments + ["--data", cli.dataPath],
                                        environment: environment)
        #expect(result.status == 0, "\(result.err)")
    }

    @Test func awardsAreWrittenAsDocxXlsxAndTextWithTheirPathsOnePerLine() throws {
        let out = try TestSupport.scratchFolder("dvk-print")
        let stdout = try cli.ok(["print", "awards", "--decision", "112/QĐ-UBND", "--format", "docx,xlsx,txt", "--out", out])
        let paths = stdout.split(separator: "\n").map(String.init)
        let base = out + "/danh-sach-khen-thuong-112-QD-UBND"
        #expect(paths == [base + ".docx", base + ".xlsx", base + ".txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted()
            == ["danh-sach-khen-thuong-112-QD-UBND.docx", "danh-sach-khen-thuong-112-QD-UBND.txt", "danh-sach-khen-thuong-112-QD-UBND.xlsx"])
        let docx = try PrintReaders.docxTexts(paths[0])
        for expected in ["DANH SÁCH", "I. TẬP THỂ", "II. CÁ NHÂN", "Tổng: 1 tập thể, 2 cá nhân", "Nguyễn Thị Hoa", "Hà Văn Đức",
                         "Chi bộ thôn Bản Ba, xã Bình Sa", "Chi hội trưởng Phụ nữ, Xã Hùng Mỹ", "TM. ỦY BAN NHÂN DÂN", "Hà Đức Tập",
                         "(Kèm theo Quyết định số 112/QĐ-UBND ngày 14/10/2025 của Ủy ban nhân dân huyện Chiêm Hóa)"] {
            let scalars = Array(expected.unicodeScalars)
            #expect(docx.contains { Array($0.unicodeScalars) == scalars }, "«\(expected)»")
        }
        let sheet = try PrintReaders.xlsxValues(paths[1])
        #expect(sheet.contains("Nguyễn Thị Hoa") && sheet.contains("Tổng: 1 tập thể, 2 cá nhân"))
        let text = try String(contentsOfFile: paths[2], encoding: .utf8)
        #expect(text.contains("DANH SÁCH") && text.contains("Nguyễn Thị Hoa"))
    }

    @Test func textWithoutAFolderGoesToTheTerminal() throws {
        let result = try cli.run(["print", "awards", "--year", "2025", "--level", "Huyện", "--track", "chinh quyen", "--format", "txt"],
                                 env: ["COLUMNS": "100"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("DANH SÁCH") && result.out.contains("Tổng: 1 tập thể, 2 cá nhân"))
        #expect(result.out.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }

    @Test func withoutLibreOfficeAPDFRequestFailsSayingWhatToInstallAndKeepsTheDocx() throws {
        let out = try TestSupport.scratchFolder("dvk-print")
        let result = try cli.run(["print", "awards", "--decision", "112/QĐ-UBND", "--format", "pdf", "--out", out],
                                 env: ["PATH": "/nonexistent", "DVK_LANG": "en"])
        #expect(result.code == 1)
        #expect(result.err.contains("libreoffice-writer-nogui") && result.err.contains("fonts-liberation2"))
        let docx = out + "/danh-sach-khen-thuong-112-QD-UBND.docx"
        #expect(result.err.contains(docx))
        #expect(result.out == docx + "\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["danh-sach-khen-thuong-112-QD-UBND.docx"])
    }

    @Test func mistakesAreRefusedBeforeAnythingIsWritten() throws {
        let out = try TestSupport.scratchFolder("dvk-print")
        let unknown = try cli.run(["print", "awards", "--decision", "112/QĐ-UBND", "--format", "docx,odt", "--out", out])
        #expect(unknown.code == 2 && unknown.err.contains("odt"))
        let none = try cli.run(["print", "awards", "--year", "2019", "--out", out])
        #expect(none.code == 1 && none.err.contains("2019"))
        let neither = try cli.run(["print", "awards", "--out", out])
        #expect(neither.code == 2)
        let certificatesAsDocx = try cli.run(["print", "certificates", "--decision", "112/QĐ-UBND", "--format", "docx", "--out", out])
        #expect(certificatesAsDocx.code == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
    }

    @Test func theAnnexAndTheCertificatesAreWritten() throws {
        let out = try TestSupport.scratchFolder("dvk-print")
        let annex = try cli.ok(["print", "annex", "--table", "awards-by-level", "--period", "2024-2025", "--issuer", "bcd-huyen",
                                "--format", "xlsx,csv", "--out", out])
        #expect(annex == "\(out)/bieu-tong-hop-awards-by-level-2024-2025.xlsx\n\(out)/bieu-tong-hop-awards-by-level-2024-2025.csv\n")
        let csv = try String(contentsOfFile: "\(out)/bieu-tong-hop-awards-by-level-2024-2025.csv", encoding: .utf8)
        #expect(csv.contains("2025,3,1,2"))
        let values = try PrintReaders.xlsxValues("\(out)/bieu-tong-hop-awards-by-level-2024-2025.xlsx")
        #expect(values.contains("ĐẢNG CỘNG SẢN VIỆT NAM") && values.contains("Tổng cộng"))
        let certificates = try cli.ok(["print", "certificates", "--decision", "112/QĐ-UBND", "--out", out])
        #expect(certificates.split(separator: "\n").map { String($0.split(separator: "/").last ?? "") }
            == ["du-lieu-in-khen-thuong-112-QD-UBND.csv", "du-lieu-in-khen-thuong-112-QD-UBND.xlsx"])
    }

    @Test func theDecisionCitesTheBasesOfItsDateFromTheDataDirectorysOwnFile() throws {
        let text = try cli.ok(["print", "decision", "--decision", "112/QĐ-UBND", "--format", "txt"])
        for expected in ["QUYẾT ĐỊNH", "Số: 112/QĐ-UBND", "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                         "Căn cứ Nghị định số 152/2025/NĐ-CP", "QUYẾT ĐỊNH:", "Điều 1. Tặng Giấy khen cho 1 tập thể và 2 cá nhân", "Nơi nhận:"] {
            #expect(text.contains(expected), "\(expected)")
        }
        #expect(!text.contains("98/2023"), "14/10/2025 is after Nghị định 98/2023 was replaced")
        // The committee's own file decides: a basis added by hand is cited.
        let path = cli.dataPath + "/config/legal-bases.json"
        var file = try String(contentsOfFile: path, encoding: .utf8)
        file = file.replacingOccurrences(of: "\"bases\": [", with: "\"bases\": [{\"id\": \"ke-hoach\", \"citation\": \"Kế hoạch số 09-KH/BCĐ ngày 10/3/2025\", \"from\": \"2025-03-10\"},")
        try file.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try cli.ok(["print", "decision", "--decision", "112/QĐ-UBND", "--format", "txt"]).contains("Căn cứ Kế hoạch số 09-KH/BCĐ ngày 10/3/2025;"))
        // A broken file is named with its place, and nothing is printed.
        try "{\"schemaVersion\": 1, \"bases\": [{\"id\": 1}]}".write(toFile: path, atomically: true, encoding: .utf8)
        let broken = try cli.run(["print", "decision", "--decision", "112/QĐ-UBND", "--format", "txt"])
        #expect(broken.code != 0 && broken.err.contains("legal-bases.json"), "\(broken.err)")
        #expect(!broken.out.contains("QUYẾT ĐỊNH"))
    }

    @Test func theDoctorSaysWhatIsThereWithoutADataDirectory() throws {
        let result = try Subprocess.run(CLIHarness.binary, ["print", "doctor", "--lang", "en"],
                                        environment: ["PATH": "/nonexistent", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("[missing] LibreOffice"))
        #expect(result.out.contains("apt-get install"))
    }
}

/// python-docx and openpyxl readings for the end-to-end checks (the modules must be installed:
/// pip install python-docx openpyxl).
enum PrintReaders {
    struct Failure: Error, CustomStringConvertible { let description: String }

    static func run(_ script: String, _ path: String) throws -> [String] {
        guard let python = Tools.find("python3") else { throw Failure(description: Tools.missing("python3")) }
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONIOENCODING"] = "utf-8"
        let result = try Subprocess.run(python, ["-c", script, path], environment: environment)
        guard result.status == 0 else {
            throw Failure(description: "python reader failed (pip install python-docx openpyxl?): \(result.err)")
        }
        return try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String] ?? []
    }

    /// Every paragraph of the DOCX, in the body and in table cells.
    static func docxTexts(_ path: String) throws -> [String] {
        try run("""
        import sys, json, docx
        from docx.text.paragraph import Paragraph
        d = docx.Document(sys.argv[1])
        # Every paragraph in document order, those of nested tables (a list's closing row) too.
        w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        texts = [Paragraph(p, d).text for p in d.element.body.iter(w + "p")]
        print(json.dumps(texts, ensure_ascii=False))
        """, path)
    }

    /// Every string value of the XLSX's active sheet.
    static func xlsxValues(_ path: String) throws -> [String] {
        try run("""
        import sys, json, openpyxl
        ws = openpyxl.load_workbook(sys.argv[1]).active
        print(json.dumps([str(c.value) for row in ws.iter_rows() for c in row if c.value is not None], ensure_ascii=False))
        """, path)
    }
}

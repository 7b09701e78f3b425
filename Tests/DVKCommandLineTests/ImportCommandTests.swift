import DVKTestSupport
import Foundation
import Testing

/// `dvk import`, `export` and `template` as a clerk runs them, on the built binary.
@Suite("Import and export on the command line")
struct ImportCommandTests {
    static let header = "Năm;Đơn vị;Tên mô hình;Đối tượng;Loại;Hình thức;Lĩnh vực;Kinh phí – Xã hội hóa;Ngày bắt đầu;Ghi chú\n"

    func write(_ text: String, _ name: String, in folder: String) throws -> String {
        let path = folder + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("a semicolon CSV with a BOM imports; the report names the ignored column; list shows the models")
    func importsCSV() throws {
        let dvk = try CLIHarness()
        let folder = try TestSupport.scratchFolder("dvk-import")
        let file = try write("\u{FEFF}" + ImportCommandTests.header
            + "2024;Xã Kim Bình;Đường hoa;TT;Mô hình;Mới;NTM;70.000.000;15/03/2024;ghi chú\n"
            + "2024;Xã Yên Lập;Bếp ăn 0 đồng;Tập thể;Mô hình;Xây dựng mới;Văn hoá - Xã hội;;;\n", "so.csv", in: folder)
        let out = try dvk.ok(["import", file])
        #expect(out.contains("«Ghi chú»"))
        #expect(out.contains("Đã ghi 2 bản ghi mới"))
        let list = try dvk.json(["list", "--json"]) as? [[String: Any]]
        #expect(list?.count == 2)
        #expect(list?.first?["state"] as? String == "registered")
    }

    @Test("a bad file exits 2 with the report as JSON and writes nothing; --dry-run writes nothing either")
    func badFileWritesNothing() throws {
        let dvk = try CLIHarness()
        let folder = try TestSupport.scratchFolder("dvk-import")
        let bad = try write(ImportCommandTests.header + "2024;Xã Kim Bình;A;TT;Mô hình;Mới;Kinh te xa hoi;;;\n"
            + "20x4;Xã Kim Bình;B;TT;Mô hình;Mới;NTM;;31/02/2024;\n", "bad.csv", in: folder)
        let result = try dvk.run(["import", bad, "--json"])
        #expect(result.code == 2)
        let report = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
        let problems = report?["problems"] as? [[String: Any]] ?? []
        #expect(problems.count == 3)
        #expect(problems.first?["row"] as? Int == 2 && problems.first?["suggestion"] as? String == "Văn hóa – xã hội")
        #expect(report?["written"] as? Int == 0)
        let good = try write(ImportCommandTests.header + "2024;Xã Kim Bình;A;TT;Mô hình;Mới;NTM;;;\n", "good.csv", in: folder)
        #expect(try dvk.ok(["import", good, "--dry-run"]).contains("--dry-run"))
        #expect((try dvk.json(["list", "--json"]) as? [Any])?.isEmpty == true)
    }

    @Test("export to CSV and XLSX imports back into a new directory as the same records")
    func roundTrips() throws {
        let source = try CLIHarness(demo: true)
        let folder = try TestSupport.scratchFolder("dvk-export")
        for format in ["csv", "xlsx"] {
            let path = folder + "/ds.\(format)"
            try source.ok(["export", "--year", "2024", "--format", format, "--out", path])
            #expect(try source.run(["export", "--year", "2024", "--format", format, "--out", path]).code == 2)
            let target = try CLIHarness()
            try target.ok(["import", path])
            let again = folder + "/lai.\(format)"
            try target.ok(["export", "--format", format, "--out", again])
            let first = folder + "/a.csv", second = folder + "/b.csv"
            try source.ok(["export", "--year", "2024", "--format", "csv", "--out", first, "--force"])
            try target.ok(["export", "--format", "csv", "--out", second, "--force"])
            let a = try String(contentsOfFile: first, encoding: .utf8), b = try String(contentsOfFile: second, encoding: .utf8)
            #expect(a == b, "\(format): the re-exported list differs")
            #expect(a.split(separator: "\n").count > 10)
        }
    }

    @Test("the template (XLSX and CSV) imports as it is: its two example rows")
    func templateImports() throws {
        let dvk = try CLIHarness()
        let folder = try TestSupport.scratchFolder("dvk-template")
        for format in ["xlsx", "csv"] {
            let path = folder + "/mau.\(format)"
            try dvk.ok(["template", "import", "--format", format, "--out", path])
            let result = try dvk.run(["import", path, "--dry-run", "--json"])
            #expect(result.code == 0, "\(result.out) \(result.err)")
        }
    }
}

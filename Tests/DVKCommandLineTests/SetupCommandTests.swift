import DVKTestSupport
import Foundation
import Testing

/// A committee of today's two tiers sets itself up without a terminal, and nothing prints
/// another committee's letterhead before it has.
@Suite("Setting up a committee from the command line")
struct SetupCommandTests {
    /// A decision with one recipient, and its award list as DOCX; the list's paragraphs.
    func printedAwardList(_ dvk: CLIHarness, form: String = "Giấy khen", level: String, unit: String) throws -> [String] {
        try dvk.ok(["decision", "add", "--number", "07/QĐ-BCĐ", "--date", "05/01/2026", "--form", form, "--level", level,
                    "--track", "Đảng", "--signer", "Ma Thị Hằng"])
        let recipient = try Subprocess.run(CLIHarness.binary, ["decision", "recipient", "07/QĐ-BCĐ", "--name", "Chi bộ thôn Nà Mèo",
                                                               "--subject", "tập thể", "--unit", unit, "--data", dvk.dataPath],
                                           environment: dvk.environment)
        #expect(recipient.status == 0, "\(recipient.err)")
        let out = try TestSupport.scratchFolder("dvk-setup-print")
        let paths = try dvk.ok(["print", "awards", "--decision", "07/QĐ-BCĐ", "--format", "docx", "--out", out])
        return try PrintReaders.docxTexts(paths.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test("a commune committee: its profile, its units, and an award list under its own letterhead, place and signer")
    func communeCommittee() throws {
        let folder = try TestSupport.scratchFolder("dvk-setup")
        try Data("Thôn Nà Mèo\nThôn Bản Ba\n\nThôn Nà Mèo\nTrường Tiểu học Kim Bình\n".utf8).write(to: URL(fileURLWithPath: folder + "/don-vi.txt"))
        let dvk = try CLIHarness(setup: ["--level", "commune", "--province", "tuyen quang", "--committee", "Xã Kim Bình",
                                         "--units", folder + "/don-vi.txt"])
        let check = try dvk.run(["check"])
        #expect(check.code == 0 && !check.err.contains("Chưa khai báo"))
        let committee = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dvk.dataPath + "/config/committee.json")))
            as? [String: Any]
        #expect(committee?["setUp"] as? Bool == true && committee?["level"] as? String == "commune")
        #expect(committee?["province"] as? String == "Tuyên Quang" && committee?["name"] as? String == "Xã Kim Bình")
        let units = try dvk.ok(["units", "list"])
        #expect(units.contains("Thôn Nà Mèo") && units.contains("Trường Tiểu học Kim Bình") && !units.contains("Chiêm Hóa"))
        let texts = try printedAwardList(dvk, level: "xã", unit: "Thôn Nà Mèo")
        let all = texts.joined(separator: "\n")
        #expect(all.contains("ĐẢNG BỘ TỈNH TUYÊN QUANG"))
        #expect(all.contains("ĐẢNG ỦY XÃ KIM BÌNH"))
        #expect(all.contains("Kim Bình, ngày 05 tháng 01 năm 2026"))
        #expect(all.contains("Ma Thị Hằng"))
        #expect(!all.contains("CHIÊM HÓA") && !all.contains("Chiêm Hóa"))
    }

    @Test("a provincial committee of a centrally-run city is headed by its Thành ủy and its People's Committee")
    func provincialCommittee() throws {
        let dvk = try CLIHarness(setup: ["--level", "province", "--province", "Thành phố Hà Nội"])
        let headers = try String(contentsOfFile: dvk.dataPath + "/config/headers.json", encoding: .utf8)
        #expect(headers.contains("THÀNH ỦY HÀ NỘI") && headers.contains("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"))
        try dvk.ok(["units", "add", "Sở Giáo dục và Đào tạo"])
        let texts = try printedAwardList(dvk, form: "Bằng khen", level: "tỉnh", unit: "Sở Giáo dục và Đào tạo")
        #expect(texts.contains { $0.contains("THÀNH ỦY HÀ NỘI") })
        #expect(texts.contains { $0.hasPrefix("Hà Nội, ngày 05 tháng 01 năm 2026") })
    }

    @Test("a bare init keeps working: two-tier defaults, no committee, check warns, and no list prints another committee's letterhead")
    func bareInit() throws {
        let dvk = try CLIHarness(setup: [])
        let check = try dvk.run(["check"])
        #expect(check.code == 0)
        #expect(check.err.contains("Chưa khai báo Ban Chỉ đạo"))
        #expect(try dvk.ok(["units", "list"]).split(separator: "\n").count == 2, "the header and its rule, no unit")
        try dvk.ok(["units", "add", "Xã Kim Bình"])
        try dvk.ok(["decision", "add", "--number", "1/QĐ", "--date", "05/01/2026", "--form", "Giấy khen", "--level", "xã",
                    "--track", "Chính quyền"])
        let out = try TestSupport.scratchFolder("dvk-setup-print")
        let printed = try dvk.run(["print", "awards", "--decision", "1/QĐ", "--format", "docx", "--out", out])
        #expect(printed.code != 0)
        #expect(printed.err.contains("chưa khai báo Ban Chỉ đạo"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
    }

    @Test("wrong setups are refused with the reason, and nothing is created")
    func wrongSetups() throws {
        let folder = try TestSupport.scratchFolder("dvk-setup-wrong")
        let environment = ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": folder, "DVK_DEFAULTS": TestSupport.packageRoot + "/data"]
        let cases: [([String], String)] = [
            (["--level", "commune", "--province", "Hà Giang", "--committee", "Xã Yên Minh"], "không phải tỉnh, thành phố hiện nay"),
            (["--level", "commune", "--province", "Tuyên Quang"], "cần tên xã, phường hoặc đặc khu"),
            (["--level", "commune", "--province", "Tuyên Quang", "--committee", "Kim Bình"], "phải bắt đầu bằng Xã, Phường hoặc Đặc khu"),
            (["--province", "Tuyên Quang"], "cần đi cùng --level"),
            (["--level", "province", "--province", "Tuyên Quang", "--demo"], "chỉ dùng một trong"),
        ]
        for (arguments, message) in cases {
            let data = folder + "/data-\(UUID().uuidString)"
            let result = try Subprocess.run(CLIHarness.binary, ["--data", data, "init"] + arguments, environment: environment)
            #expect(result.status == 2, "\(arguments): \(result.err)")
            #expect(result.err.contains(message), "\(arguments): \(result.err)")
            #expect(!FileManager.default.fileExists(atPath: data))
        }
    }
}

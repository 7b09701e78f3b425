import DVKTestSupport
import Foundation
import Testing

/// `dvk print report` end to end on the demo data: the draft with its figures compared with the
/// year before, the committee's text merged in from `reports/<period>/`, the missing sections
/// named on stderr, a year without data, the file names, and the periods refused.
@Suite struct PrintReportCommandTests {
    let cli: CLIHarness

    init() throws {
        cli = try CLIHarness(demo: true)
    }

    @Test func theDraftGoesToTheTerminalWithItsFiguresAndTheMissingSectionsOnStderr() throws {
        let folder = cli.dataPath + "/reports/2024"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "Huyện ủy ban hành Kế hoạch thực hiện phong trào năm 2024.\n".write(toFile: folder + "/leadership.txt", atomically: true, encoding: .utf8)
        let result = try cli.run(["print", "report", "--period", "2024", "--format", "txt"], env: ["COLUMNS": "120"])
        #expect(result.code == 0, "\(result.err)")
        for expected in ["BÁO CÁO", "Kết quả thực hiện phong trào thi đua “Dân vận khéo” năm 2024", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số -BC/BCĐ",
                         "Huyện ủy ban hành Kế hoạch thực hiện phong trào năm 2024.", "So với năm 2023", "Phụ lục 3", "Nơi nhận:"] {
            #expect(result.out.contains(expected), "«\(expected)»")
        }
        #expect(result.err.contains("reports/2024/situation.txt") && !result.err.contains("leadership.txt"), "\(result.err)")
    }

    @Test func aHalfYearIsWrittenToItsFileAndAnEmptyYearSaysSo() throws {
        let out = try TestSupport.scratchFolder("dvk-report")
        let files = try cli.ok(["print", "report", "--period", "2024-H1", "--format", "docx,html", "--out", out])
        #expect(files == out + "/bao-cao-2024-H1.docx\n" + out + "/bao-cao-2024-H1.html\n")
        let html = try String(contentsOfFile: out + "/bao-cao-2024-H1.html", encoding: .utf8)
        #expect(html.contains("6 tháng đầu năm 2024") && html.contains("section class=\"landscape\""))
        let empty = try cli.run(["print", "report", "--period", "2031", "--format", "txt"])
        #expect(empty.code == 0)
        #expect(empty.out.contains("Trong năm 2031, dữ liệu của Ban Chỉ đạo chưa có mô hình"))
        #expect(!empty.out.contains("Phụ lục 1"))
    }

    @Test func periodsAndKindsThatDoNotFitAreRefused() throws {
        for arguments in [["--period", "2025-H3"], ["--period", "2020-2022", "--kind", "year-end"], ["--period", "2025", "--kind", "quarter"],
                          ["--period", "2025", "--issuer", "nobody"]] {
            let result = try cli.run(["print", "report", "--format", "txt"] + arguments, env: ["DVK_LANG": "en"])
            #expect(result.code == 2, "\(arguments): \(result.err)")
            #expect(!result.err.isEmpty && result.out.isEmpty)
        }
    }
}

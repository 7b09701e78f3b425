import DVKTestSupport
import Foundation
import Testing

/// Loading past years: the statistics of imported models equal those of the same models walked
/// through dvk, and decisions and inspection rounds import with their links to models.
@Suite("Importing a committee's past years")
struct ImportHistoryTests {
    @Test("statistics over imported past years equal those of the same models walked through dvk")
    func statisticsAgree() throws {
        let walked = try CLIHarness(demo: true)
        let folder = try TestSupport.scratchFolder("dvk-history")
        let sheet = folder + "/so-theo-doi.xlsx"
        try walked.ok(["export", "--format", "xlsx", "--out", sheet])
        let imported = try CLIHarness()
        try imported.ok(["import", sheet])
        for table in ["by-field", "registered-recognised"] {
            for (from, to) in [(2023, 2025), (2024, 2024), (2023, 2023)] {
                let arguments = ["report", "stats", "--table", table, "--from", String(from), "--to", String(to), "--csv"]
                let expected = try walked.ok(arguments), got = try imported.ok(arguments)
                #expect(got == expected, "\(table) \(from)–\(to)")
                #expect(expected.contains(where: { $0.isNumber && $0 != "0" }))
            }
        }
        #expect(try imported.run(["check"]).code == 0)
    }

    @Test("a workbook with a model sheet, a decision sheet and an inspection sheet imports each by its kind, linked both ways")
    func decisionsAndInspections() throws {
        let dvk = try CLIHarness()
        let folder = try TestSupport.scratchFolder("dvk-history")
        let models = folder + "/models.csv", decisions = folder + "/qd.csv", inspections = folder + "/kt.csv"
        try Data(("Mã,Năm,Đơn vị,Tên mô hình,Đối tượng,Loại,Hình thức,Lĩnh vực,Trạng thái,Cấp công nhận\n"
            + "2021-0007,2021,Xã Kim Bình,Đường hoa,Tập thể,Mô hình,Mới,Kinh tế,Được công nhận,Cơ sở\n").utf8)
            .write(to: URL(fileURLWithPath: models))
        try dvk.ok(["import", models])
        try Data(("Số quyết định,Ngày quyết định,Năm,Hình thức khen thưởng,Cấp khen thưởng,Khối,Người được khen,Đối tượng,Mã mô hình\n"
            + "12/QĐ-UBND,20/12/2021,2021,Giấy khen,Cơ sở,Chính quyền,Chi hội Phụ nữ thôn Bản Ba,Tập thể,2021-0007\n"
            + "12/QĐ-UBND,20/12/2021,2021,Giấy khen,Cơ sở,Chính quyền,Bà Hoàng Thị Mai,Cá nhân,\n").utf8)
            .write(to: URL(fileURLWithPath: decisions))
        let decisionOut = try dvk.ok(["import", decisions])
        #expect(decisionOut.contains("quyết định khen thưởng"))
        try Data(("Năm,Cấp kiểm tra,Đoàn kiểm tra,Đơn vị được kiểm tra,Mã mô hình,Kết quả kiểm tra\n"
            + "2021,Cơ sở,Đoàn kiểm tra Ban Chỉ đạo xã,Xã Kim Bình,2021-0007,Làm tốt\n").utf8)
            .write(to: URL(fileURLWithPath: inspections))
        try dvk.ok(["import", inspections, "--kind", "inspections"])
        let model = try #require(try dvk.json(["show", "2021-0007", "--json"]) as? [String: Any])
        #expect((model["decisionIds"] as? [String])?.count == 1)
        #expect((model["inspectionIds"] as? [String])?.count == 1)
        let list = try #require(try dvk.json(["decisions", "--json"]) as? [[String: Any]])
        #expect(list.count == 1 && (list.first?["recipients"] as? [Any])?.count == 2)
        #expect(try dvk.run(["check"]).code == 0)
        let again = try dvk.run(["import", decisions])
        #expect(again.code == 2 && again.err.contains("đã có trong dữ liệu"))
    }
}

import DVKCore
@testable import DVKImport
import DVKStorage
import Testing

@Suite("A register full of mistakes")
struct BadRowsReportTests {
    static let header = ["Mã", "Năm", "Đơn vị", "Tên mô hình", "Đối tượng", "Loại", "Hình thức", "Lĩnh vực", "Cấp",
                         "Ngày bắt đầu", "Ngày dự kiến hoàn thành", "Kinh phí – Xã hội hóa", "Ngày công", "Đất hiến (m²)",
                         "Năm sinh", "Giới tính", "Trạng thái", "Cấp công nhận", "Năm công nhận", "Tiêu biểu", "Nhân rộng", "Nơi nhân rộng"]

    /// A good row, changed at `changes` (column header → value).
    static func row(_ name: String, _ changes: [String: String] = [:]) -> [String] {
        let good: [String: String] = ["Năm": "2024", "Đơn vị": "Xã Kim Bình", "Tên mô hình": name, "Đối tượng": "Tập thể",
                                      "Loại": "Mô hình", "Hình thức": "Mới", "Lĩnh vực": "Kinh tế"]
        return header.map { changes[$0] ?? good[$0] ?? "" }
    }

    @Test("every kind of bad row is reported by row and column, exactly, and nothing is written")
    func everyMistakeReported() throws {
        let fixture = try ImportFixture()
        try fixture.run([BadRowsReportTests.header, BadRowsReportTests.row("Đã có")])
        #expect(fixture.models().count == 1)
        let rows: [[String]] = [
            BadRowsReportTests.header,
            BadRowsReportTests.row("R2", ["Lĩnh vực": "Kinh te xa hoi"]),
            BadRowsReportTests.row("R3", ["Đơn vị": "Xã Kim Binh Moi"]),
            BadRowsReportTests.row("R4", ["Năm": "20x4"]),
            BadRowsReportTests.row("R5", ["Năm": ""]),
            BadRowsReportTests.row(""),
            BadRowsReportTests.row("R7", ["Loại": ""]),
            BadRowsReportTests.row("R8", ["Hình thức": "Tự phát"]),
            BadRowsReportTests.row("R9", ["Ngày bắt đầu": "31/02/2024"]),
            BadRowsReportTests.row("R10", ["Kinh phí – Xã hội hóa": "-5"]),
            BadRowsReportTests.row("R11", ["Kinh phí – Xã hội hóa": "bảy triệu"]),
            BadRowsReportTests.row("R12", ["Ngày công": "abc"]),
            BadRowsReportTests.row("R13", ["Đất hiến (m²)": "-3"]),
            BadRowsReportTests.row("R14", ["Ngày bắt đầu": "01/06/2024", "Ngày dự kiến hoàn thành": "01/01/2024"]),
            BadRowsReportTests.row("R15", ["Trạng thái": "Đang chờ"]),
            BadRowsReportTests.row("R16", ["Trạng thái": "Được công nhận"]),
            BadRowsReportTests.row("R17", ["Trạng thái": "Không công nhận", "Cấp công nhận": "Huyện"]),
            BadRowsReportTests.row("R18", ["Nhân rộng": "Có"]),
            BadRowsReportTests.row("R19", ["Tiêu biểu": "có lẽ"]),
            BadRowsReportTests.row("R20"),
            BadRowsReportTests.row("r20"),
            BadRowsReportTests.row("Đã có"),
            BadRowsReportTests.row("R23", ["Mã": "../x"]),
            BadRowsReportTests.row("R24", ["Năm sinh": "19x0"]),
            BadRowsReportTests.row("R25", ["Giới tính": "Không rõ"]),
            BadRowsReportTests.row("R26", ["Năm công nhận": "năm ngoái"]),
            BadRowsReportTests.row("R27", ["Cấp": "Xóm"]),
            BadRowsReportTests.row("R28", ["Đối tượng": "Tap thee"]),
            BadRowsReportTests.row("R29"),
        ]
        let report = try fixture.run(rows)
        let expected = [
            "dòng 2, cột Lĩnh vực: «Kinh te xa hoi» không có trong danh mục — gần nhất: «Văn hóa – xã hội»",
            "dòng 3, cột Đơn vị: «Xã Kim Binh Moi» không có trong danh mục — gần nhất: «Xã Kim Bình»",
            "dòng 4, cột Năm: «20x4» không phải là năm (ví dụ: 2021)",
            "dòng 5, cột Năm: cần có năm",
            "dòng 6, cột Tên mô hình: «Tên mô hình» (name): không được để trống",
            "dòng 7, cột Loại: bắt buộc, đang để trống",
            "dòng 8, cột Hình thức: «Tự phát» không có trong danh mục",
            "dòng 9, cột Ngày bắt đầu: «31/02/2024» không phải ngày hợp lệ (dd/mm/yyyy)",
            "dòng 10, cột Kinh phí – Xã hội hóa: số tiền «-5» phải là số nguyên đồng từ 0 đến 1.000.000.000.000.000 (ví dụ: 70.000.000)",
            "dòng 11, cột Kinh phí – Xã hội hóa: số tiền «bảy triệu» phải là số nguyên đồng từ 0 đến 1.000.000.000.000.000 (ví dụ: 70.000.000)",
            "dòng 12, cột Ngày công: «abc» không phải số nguyên không âm",
            "dòng 13, cột Đất hiến (m²): «-3» không phải là số không âm",
            "dòng 14, cột Ngày dự kiến hoàn thành: «Dự kiến hoàn thành» (expectedCompletion): 01/01/2024 < 01/06/2024",
            "dòng 15, cột Trạng thái: «Đang chờ» không phải trạng thái của quy trình",
            "dòng 16, cột Cấp công nhận: mô hình ở trạng thái «Được công nhận» cần cấp công nhận",
            "dòng 17, cột Cấp công nhận: có thông tin công nhận nhưng trạng thái «Không công nhận» chưa được công nhận",
            "dòng 18, cột Nơi nhân rộng: mô hình được nhân rộng: ghi nơi nhân rộng (cách nhau bởi dấu ;)",
            "dòng 19, cột Tiêu biểu: «có lẽ» phải là Có hoặc Không",
            "dòng 21, cột Tên mô hình: trùng với dòng 20 (cùng đơn vị, tên và năm)",
            "dòng 22, cột Tên mô hình: đã có trong dữ liệu (mô hình 2024-0001); dùng --update để cập nhật",
            "dòng 23, cột Mã: mã chỉ gồm chữ không dấu, số, - _ . (tối đa 64 ký tự)",
            "dòng 24, cột Năm sinh: «19x0» không phải là năm (ví dụ: 2021)",
            "dòng 25, cột Giới tính: «Không rõ» không có trong danh mục",
            "dòng 26, cột Năm công nhận: «năm ngoái» không phải là năm (ví dụ: 2021)",
            "dòng 27, cột Cấp: «Xóm» không có trong danh mục — gần nhất: «Cơ sở»",
            "dòng 28, cột Đối tượng: «Tap thee» không có trong danh mục — gần nhất: «Tập thể»",
        ]
        let got = report.problems.map { $0.text(.vi) }
        #expect(got.count == expected.count, "\(got.joined(separator: "\n"))")
        for (line, want) in zip(got, expected) {
            #expect(line == want)
        }
        #expect(report.rows == 28 && report.written == 0)
        #expect(fixture.models().count == 1, "a report with problems writes nothing")
    }
}

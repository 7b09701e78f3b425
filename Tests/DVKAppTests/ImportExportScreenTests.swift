import Foundation
import DVKApp
import DVKCore
import DVKImport
import DVKStorage
import DVKTerminal
import DVKTestSupport
import Testing

/// `I` (import a file) and `e` (export the list) on the model list, driven by keys.
@Suite struct ImportExportScreenTests {
    static let header = "Năm;Đơn vị;Tên mô hình;Đối tượng;Loại;Hình thức;Lĩnh vực\n"

    func write(_ text: String, _ name: String) throws -> String {
        let path = try TestSupport.scratchFolder("dvk-app-import") + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func stored(_ h: AppHarness) -> [ModelRecord] { RecordStore(directory: h.directory).loadAll(ModelRecord.self).records }

    @Test func aCleanCSVImportsAfterTheConfirmWhoseDefaultIsNo() throws {
        let h = try AppHarness()
        let path = try write(Self.header + "2024;Xã Kim Bình;Đường hoa;TT;Mô hình;Mới;NTM\n"
            + "2024;Xã Yên Lập;Bếp ăn 0 đồng;Tập thể;Mô hình;Xây dựng mới;Văn hoá - Xã hội\n", "so.csv")
        h.press(.character("I"))
        #expect(h.text.contains("Nhập từ tệp"))
        h.type(path)
        h.press(.enter)
        #expect(h.text.contains("Ghi 2 bản ghi?"))
        #expect(h.text.contains("2/2 dòng"))
        h.press(.enter)                                   // the default: No
        #expect(stored(h).isEmpty)
        #expect(h.text.contains("sẽ ghi 2 bản ghi mới"))
        h.press(.enter, .character("c"))                 // asked again; yes
        #expect(h.text.contains("Đã ghi 2 bản ghi mới"))
        #expect(h.text.contains("2/2 mô hình"))
        #expect(h.text.contains("Bếp ăn 0 đồng"))
        #expect(Set(stored(h).map(\.name)) == ["Đường hoa", "Bếp ăn 0 đồng"])
    }

    @Test func aBadFileShowsTheProblemsByRowAndColumnAndWritesNothing() throws {
        let h = try AppHarness()
        let path = try write(Self.header + "2024;Xã Kim Bình;A;TT;Mô hình;Mới;NTM\n20x4;Xã Kim Bình;B;TT;Mô hình;Mới;NTM\n", "bad.csv")
        h.press(.character("I"))
        h.type(path)
        h.press(.enter)
        #expect(h.text.contains("dòng 3, cột Năm"))
        #expect(h.text.contains("chưa ghi gì"))
        #expect(!h.text.contains("Ghi 2 bản ghi?"))
        h.press(.enter, .character("c"))
        #expect(stored(h).isEmpty)
        h.press(.escape)
        #expect(h.text.contains("Danh sách mô hình"))
        h.press(.character("I"), .control("u"))
        h.type(path + ".none")
        h.press(.enter)
        #expect(h.text.contains("Không đọc được tệp"))
        #expect(h.text.contains("bad.csv.none"))
        #expect(stored(h).isEmpty)
    }

    @Test func exportWritesTheFilteredListThatReadsBack() throws {
        let h = try AppHarness(models: [
            AppHarness.model("2025-0001", "Thắp sáng đường quê"),
            AppHarness.model("2025-0002", "Camera bảo vệ cộng đồng"),
            AppHarness.model("2025-0003", "Đường hoa nông thôn mới"),
        ])
        let folder = try TestSupport.scratchFolder("dvk-app-export")
        h.press(.character("/"))
        h.type("duong")
        h.press(.enter)
        for format in ["csv", "xlsx"] {
            h.press(.character("e"))
            #expect(h.text.contains("danh-sach-mo-hinh.xlsx"))
            h.press(.control("u"))
            h.type(folder + "/ds." + format)
            h.press(.enter)
            #expect(h.text.contains("Đã xuất 2 mô hình"))
            let back = try ImportFile.read(path: folder + "/ds." + format, encoding: .auto)
            #expect(back.tables.first?.rows.count == 3)
        }
    }

    @Test func anExistingFileIsKeptUnlessTheUserSaysYes() throws {
        let h = try AppHarness(models: [AppHarness.model("2025-0001", "Thắp sáng đường quê")])
        let path = try write("giữ nguyên", "ds.csv")
        h.press(.character("e"), .control("u"))
        h.type(path)
        h.press(.enter)
        #expect(h.text.contains("Ghi đè tệp đã có?"))
        h.press(.enter)                                   // the default: No
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "giữ nguyên")
        #expect(h.text.contains("Không ghi đè"))
        h.press(.character("e"), .control("u"))
        h.type(path)
        h.press(.enter, .character("c"))
        #expect(try ImportFile.read(path: path, encoding: .auto).tables.first?.rows.count == 2)
    }
}

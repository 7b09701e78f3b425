import Foundation
@testable import DVKApp
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

    @Test("a path pasted over the offered folder, dropped with quotes or starting at ~ is the path meant")
    func typedPaths() {
        let home = ["HOME": "/home/an"]
        #expect(FilePaths.clean("/srv/so//home/an/so.xlsx", environment: home) == "/home/an/so.xlsx")
        #expect(FilePaths.clean("/srv/so/~/so.xlsx", environment: home) == "/home/an/so.xlsx")
        #expect(FilePaths.clean("/srv/so/'/tmp/a b.csv'", environment: home) == "/tmp/a b.csv")
        #expect(FilePaths.clean(" /srv/so/so.xlsx ", environment: home) == "/srv/so/so.xlsx")
        #expect(FilePaths.clean("so.csv", environment: home) == "so.csv")
    }

    @Test("a folder typed at the prompt lists its registers and subfolders; the one chosen is read")
    func aFolderOffersItsFiles() throws {
        let h = try AppHarness()
        let path = try write(Self.header + "2024;Xã Kim Bình;Đường hoa;TT;Mô hình;Mới;NTM\n", "chon.csv")
        let folder = String(path.dropLast("/chon.csv".count))
        try Data().write(to: URL(fileURLWithPath: folder + "/ghi-chu.txt"))
        try FileManager.default.createDirectory(atPath: folder + "/cu", withIntermediateDirectories: true)
        h.press(.character("I"))
        h.type(folder)
        h.press(.enter)
        #expect(h.text.contains("Chọn tệp trong"))
        #expect(h.text.contains("chon.csv") && h.text.contains("cu/") && !h.text.contains("ghi-chu.txt"))
        let entries = FilePaths.importable(in: folder).map(\.name)
        #expect(entries == ["..", "cu", "chon.csv"])
        h.type("chon")
        h.press(.enter)
        #expect(h.text.contains("Ghi 1 bản ghi?"))
    }

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

    @Test func aViewerMayExportButNotImport() throws {
        let h = try AppHarness(models: [AppHarness.model("2025-0001", "Camera")], login: "khach", roles: ["viewer"])
        h.press(.character("I"))
        #expect(h.text.contains("chỉ có quyền xem"))
        #expect(!h.text.contains("Nhập từ tệp (.xlsx, .csv)"))
        let path = try TestSupport.scratchFolder("dvk-app-export") + "/ds.csv"
        h.press(.character("e"), .control("u"))
        h.type(path)
        h.press(.enter)
        #expect(h.text.contains("Đã xuất 1 mô hình"))
    }

    @Test func theProgressBarIsDrawnWhileTheRowsAreChecked() throws {
        let h = try AppHarness()
        let rows = (1...600).map { "2024;Xã Kim Bình;Mô hình số \($0);TT;Mô hình;Mới;NTM\n" }.joined()
        let path = try write(Self.header + rows, "big.csv")
        let screen = FrameRecorder(rows: 30, columns: 110)
        h.app.run(screen: screen, keys: ScriptedKeys([.character("I")] + ScriptedKeys.typing(path) + [.enter]))
        let bars = screen.frames.filter { $0.contains("Đang kiểm tra «big.csv»") }
        #expect(bars.contains { $0.contains("256/600 dòng") })
        #expect(screen.frames.last?.contains("Ghi 600 bản ghi?") == true)
    }
}

/// An in-memory screen that keeps the text of every frame presented, to see what showed while
/// slow work ran between two keys.
final class FrameRecorder: Screen {
    let memory: MemoryScreen
    private(set) var frames: [String] = []
    init(rows: Int, columns: Int) { memory = MemoryScreen(rows: rows, columns: columns) }
    var size: (rows: Int, columns: Int) { memory.size }
    func clear() { memory.clear() }
    func put(_ text: String, row: Int, column: Int, style: Style) { memory.put(text, row: row, column: column, style: style) }
    func setCursor(row: Int, column: Int) { memory.setCursor(row: row, column: column) }
    func hideCursor() { memory.hideCursor() }
    func present() { frames.append(memory.text) }
}

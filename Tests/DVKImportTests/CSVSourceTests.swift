@testable import DVKImport
import Testing

@Suite("CSV files")
struct CSVSourceTests {
    static func read(_ text: String, encoding: TextEncodingChoice = .auto) throws -> SourceTable {
        try CSVSource.read(bytes: Array(text.utf8), file: "mo-hinh.csv", encoding: encoding).table
    }

    static func texts(_ table: SourceTable) -> [[String]] {
        table.rows.map { $0.map(\.text) }
    }

    /// The error a read throws, in Vietnamese, or "" when it throws none or another kind.
    static func errorText(_ bytes: [UInt8]) -> String {
        do {
            _ = try CSVSource.read(bytes: bytes, file: "x.csv", encoding: .auto)
            return ""
        } catch {
            return (error as? SourceError)?.text(.vi) ?? ""
        }
    }

    @Test("comma, semicolon and tab files split into the same cells")
    func delimiters() throws {
        let expected = [["Tên", "Điểm"], ["Mô hình A", "8,5"]]
        #expect(Self.texts(try Self.read("Tên,Điểm\nMô hình A,\"8,5\"\n")) == expected)
        #expect(Self.texts(try Self.read("Tên;Điểm\nMô hình A;8,5\n")) == expected)
        #expect(Self.texts(try Self.read("Tên\tĐiểm\nMô hình A\t8,5")) == expected)
        #expect(Self.texts(try Self.read("Tên\nA\n")) == [["Tên"], ["A"]])
    }

    @Test("the table is named after the file, cells are text or empty, and the encoding is reported")
    func cellsAndName() throws {
        let (table, encoding) = try CSVSource.read(bytes: Array("Tên,Ghi chú\nA,\n".utf8), file: "dir/mo-hinh.csv", encoding: .auto)
        #expect(table.name == "mo-hinh")
        #expect(table.rows[1] == [.text("A"), .empty])
        #expect(encoding == .utf8)
    }

    @Test("a UTF-8 byte-order mark is not part of the first header; CRLF ends rows")
    func bomAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Tên,Đơn vị\r\nA,B\r\n".utf8)
        let table = try CSVSource.read(bytes: bytes, file: "x.csv", encoding: .auto).table
        #expect(Self.texts(table) == [["Tên", "Đơn vị"], ["A", "B"]])
        #expect(table.rowNumbers == [1, 2])
    }

    @Test("quoted cells keep separators, quotes and line breaks; row numbers stay right after them")
    func quotedCells() throws {
        let text = "Tên,Ghi chú\n\"Mô hình \"\"Dân vận khéo\"\", xã A\",\"dòng 1\r\ndòng 2\"\n\n,,\nB,C\n"
        let table = try Self.read(text)
        #expect(Self.texts(table) == [["Tên", "Ghi chú"], ["Mô hình \"Dân vận khéo\", xã A", "dòng 1\r\ndòng 2"], ["B", "C"]])
        #expect(table.rowNumbers == [1, 2, 5])
    }

    @Test("TCVN3 and VNI-Windows files are decoded before they are split")
    func legacyFiles() throws {
        let tcvn3 = LegacyEncodingTests.bytes("M\u{AB} h\u{D7}nh;\u{A7}\u{AC}n v\u{DE}\nD\u{A9}n v\u{CB}n kh\u{D0}o;Tuy\u{AA}n Quang\n")
        let vni = LegacyEncodingTests.bytes("Mo\u{E2} h\u{EC}nh;\u{D1}\u{F4}n v\u{F2}\nDa\u{E2}n va\u{E4}n khe\u{F9}o;Tuye\u{E2}n Quang\n")
        let expected = [["Mô hình", "Đơn vị"], ["Dân vận khéo", "Tuyên Quang"]]
        let fromTCVN3 = try CSVSource.read(bytes: tcvn3, file: "a.csv", encoding: .auto)
        #expect(Self.texts(fromTCVN3.table) == expected && fromTCVN3.encoding == .tcvn3)
        let fromVNI = try CSVSource.read(bytes: vni, file: "b.csv", encoding: .auto)
        #expect(Self.texts(fromVNI.table) == expected && fromVNI.encoding == .vni)
    }

    @Test("hostile files give a SourceError naming the row, quickly")
    func hostileFiles() {
        #expect(Self.errorText(Array("\"".utf8)).contains("hàng 1, cột 1"))
        #expect(Self.errorText(Array("a,b\nc,\"d\ne,f\n".utf8)).contains("hàng 2, cột 2"))
        #expect(Self.errorText(Array(String(repeating: ";", count: 1_000_000).utf8)).contains("hàng 1: có hơn 512 cột"))
        #expect(Self.errorText(Array(("a,b\n" + String(repeating: "x", count: 1_000_000)).utf8)).contains("hàng 2, cột 1"))
        let blob = (0..<2048).map { UInt8(truncatingIfNeeded: ($0 &* 7919) >> 3) }
        #expect(Self.errorText(blob).contains("--encoding"))
    }

    @Test("NUL bytes and stray quotes inside a cell are read, not fatal")
    func oddButReadable() throws {
        let table = try Self.read("a\u{0}b,c\"d\n")
        #expect(Self.texts(table) == [["a\u{0}b", "c\"d"]])
    }
}

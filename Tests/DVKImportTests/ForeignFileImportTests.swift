import DVKCore
@testable import DVKImport
import DVKStorage
import DVKTestSupport
import Foundation
import Testing

/// Registers made by other programs — openpyxl, LibreOffice, old office software in TCVN3 or
/// VNI — imported through the same reader and importer the command line uses.
@Suite("Registers written by other programs")
struct ForeignFileImportTests {
    func importFile(_ path: String, _ fixture: ImportFixture, encoding: TextEncodingChoice = .auto) throws -> ImportReport {
        let file = try ImportFile.read(path: path, encoding: encoding)
        let importer = try fixture.importer(file: file.name)
        let plan = importer.plan(file.tables, options: ImportOptions())
        return plan.isClean ? try importer.write(plan) : plan.report
    }

    @Test("an openpyxl workbook with a title above the header, date and number cells, and a decision sheet",
          .enabled(if: SpreadsheetTools.hasOpenpyxl, SpreadsheetTools.openpyxlMissing))
    func openpyxlWorkbook() throws {
        let folder = try TestSupport.scratchFolder("dvk-foreign")
        let path = folder + "/so-theo-doi.xlsx"
        try SpreadsheetTools.runPython("""
        import sys, datetime, openpyxl
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Mô hình 2021"
        ws.append(["DANH SÁCH MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2021"])
        ws.append([])
        ws.append(["STT", "Mã", "Năm", "Đơn vị", "Tên mô hình", "Đối tượng", "Loại", "Hình thức", "Lĩnh vực",
                   "Ngày bắt đầu", "Kinh phí – Ngân sách nhà nước", "Trạng thái", "Cấp công nhận"])
        ws.append([1, "2021-0001", 2021, "Xã Kim Bình", "Tổ hòa giải giỏi", "Tập thể", "Mô hình", "Mới", "Quốc phòng – an ninh",
                   datetime.date(2021, 3, 15), 15000000, "Được công nhận", "Cơ sở"])
        ws.append([2, "", 2021, "Xã Yên Lập", "Gia đình văn hoá", "CN", "Điển hình", "Duy trì", "Văn hoá - xã hội",
                   datetime.datetime(2021, 4, 1, 8, 30), 2500000.0, "Đã đăng ký", None])
        qd = wb.create_sheet("Khen thưởng")
        qd.append(["Số quyết định", "Ngày quyết định", "Năm", "Hình thức khen thưởng", "Cấp khen thưởng", "Người được khen",
                   "Đối tượng", "Mã mô hình"])
        qd.append(["45/QĐ-UBND", datetime.date(2021, 12, 20), 2021, "Giấy khen", "Cơ sở", "Tổ hòa giải thôn Nà Mèo", "Tập thể", "2021-0001"])
        wb.save(sys.argv[1])
        """, [path])
        let fixture = try ImportFixture()
        let report = try importFile(path, fixture)
        #expect(report.problems.isEmpty, "\(report.problems.map { $0.text(.vi) })")
        #expect(report.sheets.map(\.kind) == [.models, .decisions])
        #expect(report.sheets.first?.ignoredColumns == ["STT"])
        let models = fixture.models()
        #expect(models.map(\.id) == ["2021-0001", "2021-0002"])
        #expect(models[0].startDate == Day(year: 2021, month: 3, day: 15) && models[0].resources.budget.first?.amount == 15_000_000)
        #expect(models[0].state == "recognised" && models[0].decisionIds.count == 1)
        #expect(models[1].startDate == Day(year: 2021, month: 4, day: 1) && models[1].field == "culture_society")
        #expect(models[1].history.first?.note.contains("dòng 5") == true)
    }

    @Test("a register LibreOffice saved as XLSX from a semicolon CSV",
          .enabled(if: SpreadsheetTools.hasSoffice, SpreadsheetTools.sofficeMissing))
    func libreOfficeWorkbook() throws {
        let folder = try TestSupport.scratchFolder("dvk-foreign")
        let csv = folder + "/so.csv"
        try Data(("Năm,Đơn vị,Tên mô hình,Đối tượng,Loại,Hình thức,Lĩnh vực,Ngày công\n"
            + "2022,Xã Trung Hà,Đường bê tông,Tập thể,Mô hình,Mới,Xây dựng nông thôn mới,1200\n"
            + "2022,Xã Trung Hà,Sổ tay dân vận,Cá nhân,Việc làm,Mới,Xây dựng Đảng,\n").utf8).write(to: URL(fileURLWithPath: csv))
        let xlsx = try SpreadsheetTools.convert(csv, to: "xlsx", filter: "CSV:44,34,76", into: folder)
        let fixture = try ImportFixture()
        let report = try importFile(xlsx, fixture)
        #expect(report.problems.isEmpty, "\(report.problems.map { $0.text(.vi) })")
        let models = fixture.models()
        #expect(models.count == 2)
        #expect(models.first?.resources.workdays == 1200 && models.last?.field == "political_system")
    }

    @Test("CSVs in TCVN3 and VNI-Windows are recognised and converted to Unicode")
    func legacyEncodings() throws {
        let folder = try TestSupport.scratchFolder("dvk-foreign")
        let text = "Năm;Đơn vị;Tên mô hình;Đối tượng;Loại;Hình thức;Lĩnh vực\n"
            + "2020;Xã Kim Bình;Dân vận khéo trong xây dựng đường giao thông nông thôn;Tập thể;Mô hình;Mới;Kinh tế\n"
            + "2020;Xã Kim Bình;Vận động nhân dân hiến đất làm đường;Tập thể;Mô hình;Mới;Văn hóa – xã hội\n"
        for (name, bytes) in [("tcvn3.csv", LegacyEncodingTests.tcvn3(text)), ("vni.csv", LegacyEncodingTests.vni(text))] {
            let path = folder + "/" + name
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let fixture = try ImportFixture()
            let report = try importFile(path, fixture)
            #expect(report.problems.isEmpty, "\(name): \(report.problems.map { $0.text(.vi) })")
            let note = try ImportFile.read(path: path, encoding: .auto).conversionNote?.vi ?? ""
            #expect(note.contains(name.hasPrefix("tcvn3") ? "TCVN3" : "VNI"), "\(name): the report says it was converted: \(note)")
            let names = fixture.models().map(\.name)
            // TCVN3 has no upper-case toned letters: "Dân" stays, but a toned capital would come in lower case.
            #expect(names.contains("Dân vận khéo trong xây dựng đường giao thông nông thôn"), "\(name): \(names)")
            #expect(fixture.models().allSatisfy { $0.unit == "xa-kim-binh" }, "\(name)")
        }
    }
}

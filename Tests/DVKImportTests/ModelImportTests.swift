import DVKCore
@testable import DVKImport
import DVKStorage
import DVKTestSupport
import Testing

@Suite("Importing models from a register")
struct ModelImportTests {
    @Test("rows become registered models with a history entry naming the file, the row, who and when")
    func importsRows() throws {
        let fixture = try ImportFixture()
        let report = try fixture.run([
            ImportFixture.header + ["Người phụ trách", "Kinh phí – Xã hội hóa", "Ngày bắt đầu"],
            ["2024", "Xã Kim Bình", "Đường hoa nông thôn mới", "Tập thể", "Mô hình", "Xây dựng mới", "Xây dựng nông thôn mới", "Nguyễn Văn A", "70.000.000", "15/03/2024"],
            ["2024", "xa kim binh", "Tổ tự quản an ninh", "TT", "Mô hình", "Mới", "QP-AN", "", "70,000,000", "2024-04-01"],
        ])
        #expect(report.problems.isEmpty, "\(report.problems.map { $0.text(.vi) })")
        #expect(report.written == 2)
        let models = fixture.models()
        #expect(models.map(\.id) == ["2024-0001", "2024-0002"])
        let first = models[0]
        #expect(first.state == "registered")
        #expect(first.unit == "xa-kim-binh" && first.field == "new_rural" && first.origin == "new")
        #expect(first.resources.budget == [BudgetLine(source: "socialized", amount: 70_000_000)])
        #expect(first.startDate == Day(year: 2024, month: 3, day: 15))
        #expect(first.history.count == 1)
        #expect(first.history[0].transition == "import" && first.history[0].by == "thuky")
        #expect(first.history[0].note.contains("so-dang-ky.xlsx") && first.history[0].note.contains("dòng 2"))
        #expect(models[1].field == "defense_security" && models[1].resources.budget.first?.amount == 70_000_000)
        #expect(models[1].startDate == Day(year: 2024, month: 4, day: 1))
        let journal = try String(contentsOfFile: fixture.directory.journalPath, encoding: .utf8)
        #expect(journal.contains("\"action\":\"import\""))
    }

    @Test("spellings: tone placement, case, separators and aliases all find the same list value")
    func spellingVariants() throws {
        let fixture = try ImportFixture()
        let variants = ["Văn hóa – xã hội", "Văn hoá - Xã hội", "văn hóa-xã hội", "Văn hóa, xã hội", "VAN HOA XA HOI", "VH-XH"]
        let rows = variants.enumerated().map { index, field in
            ["2023", "Xã Yên Lập", "Mô hình \(index)", "Cá nhân", "Điển hình", "Duy trì, nâng chất", field]
        }
        let report = try fixture.run([ImportFixture.header] + rows)
        #expect(report.problems.isEmpty, "\(report.problems.map { $0.text(.vi) })")
        #expect(fixture.models().allSatisfy { $0.field == "culture_society" && $0.subject == "individual" && $0.kind == "exemplar" })
        let more = try fixture.run([ImportFixture.header,
                                    ["2023", "Xã Yên Lập", "Kinh tế hộ", "CN", "Việc làm", "Mới", "Phát triển kinh tế"],
                                    ["2023", "Xã Yên Lập", "Việc khác", "CN", "Nội dung việc làm", "Mới", "Khác"]])
        #expect(more.problems.isEmpty, "\(more.problems.map { $0.text(.vi) })")
        #expect(fixture.models().suffix(2).map(\.field) == ["economy", "other"])
    }

    @Test("the spellings the source reports use, and every label and alias shipped, name exactly one list entry")
    func shippedSpellings() throws {
        let lists = try ImportFixture().configuration.lists
        let reports = ["phát triển kinh tế": "economy", "văn hóa-xã hội": "culture_society", "quốc phòng an ninh": "defense_security",
                       "xây dựng đảng": "political_system", "xây dựng nông thôn mới": "new_rural", "Khác": "other", "văn hoá": "culture_society"]
        for (typed, id) in reports { #expect(lists.lookup(typed, in: .fields)?.id == id, "\(typed)") }
        for list in ListName.allCases {
            for entry in lists.entries(list) {
                for spelling in [entry.label.vi, entry.label.en] + entry.aliases {
                    #expect(lists.lookup(spelling, in: list)?.id == entry.id, "\(list.rawValue): «\(spelling)»")
                }
            }
        }
    }

    @Test("an unknown value is reported with the nearest known one, and nothing is written")
    func unknownValueReported() throws {
        let fixture = try ImportFixture()
        let report = try fixture.run([ImportFixture.header, ["2024", "Xã Kim Bình", "A", "Tập thể", "Mô hình", "Mới", "Kinh te xa hoi"]])
        #expect(report.problems.count == 1)
        #expect(report.problems.first?.text(.vi) == "dòng 2, cột Lĩnh vực: «Kinh te xa hoi» không có trong danh mục — gần nhất: «Văn hóa – xã hội»")
        #expect(fixture.models().isEmpty)
    }

    @Test("--add-new-values adds an unknown unit and field to the lists and names them in the report")
    func addsNewValues() throws {
        let fixture = try ImportFixture()
        let report = try fixture.run([ImportFixture.header, ["2024", "Xã Minh Quang", "A", "Tập thể", "Mô hình", "Mới", "Chuyển đổi số"]],
                                     options: ImportOptions(addNewValues: true))
        #expect(report.problems.isEmpty)
        #expect(report.added["units"] == ["Xã Minh Quang"] && report.added["fields"] == ["Chuyển đổi số"])
        let configuration = try fixture.directory.loadConfiguration()
        #expect(configuration.lists.fields.contains { $0.id == "chuyen-doi-so" })
        #expect(fixture.units.contains { $0.id == "xa-minh-quang" && $0.type == "commune" })
        #expect(fixture.models().first?.unit == "xa-minh-quang")
    }

    @Test("the importer itself refuses a read-only user, and list values added by anyone but an administrator")
    func permissions() throws {
        let fixture = try ImportFixture()
        let table = SourceTable(name: "Sheet1", rows: [ImportFixture.header, ["2024", "Xã Mới Lập", "A", "Tập thể", "Mô hình", "Mới", "Kinh tế"]]
            .map { $0.map(SourceCell.text) })
        let reader = try fixture.importer(actor: TestSupport.actor("khach", roles: ["viewer"]))
        #expect(reader.plan([table], options: ImportOptions()).report.problems.first?.message.vi.contains("chỉ có quyền xem") == true)
        let clerk = try fixture.importer()
        let refused = clerk.plan([table], options: ImportOptions(addNewValues: true))
        #expect(refused.report.problems.first?.message.vi.contains("chỉ quản trị viên") == true)
        #expect(try clerk.write(refused).written == 0 && fixture.models().isEmpty)
        #expect(try fixture.configuration.lists.lookup("Xã Mới Lập", in: .units) == nil)
    }

    @Test("duplicates within the file and against the data are reported, never doubled; --update applies a corrected sheet")
    func duplicatesAndUpdate() throws {
        let fixture = try ImportFixture()
        let row = ["2024", "Xã Kim Bình", "Đường hoa", "Tập thể", "Mô hình", "Mới", "Kinh tế"]
        let twice = try fixture.run([ImportFixture.header, row, ["2024", "xã kim bình", "ĐƯỜNG HOA", "Tập thể", "Mô hình", "Mới", "Kinh tế"]])
        #expect(twice.problems.map { $0.text(.vi) } == ["dòng 3, cột Tên mô hình: trùng với dòng 2 (cùng đơn vị, tên và năm)"])
        try fixture.run([ImportFixture.header, row])
        let again = try fixture.run([ImportFixture.header, row])
        #expect(again.problems.first?.text(.vi).contains("đã có trong dữ liệu (mô hình 2024-0001)") == true)
        #expect(fixture.models().count == 1)
        var corrected = row
        corrected[6] = "Văn hóa – xã hội"
        let updated = try fixture.run([ImportFixture.header, corrected], options: ImportOptions(update: true))
        #expect(updated.problems.isEmpty && updated.updated == 1 && updated.created == 0)
        let model = try #require(fixture.models().first)
        #expect(model.field == "culture_society" && model.revision == 2 && model.history.count == 2)
        let unchanged = try fixture.run([ImportFixture.header, corrected], options: ImportOptions(update: true))
        #expect(unchanged.updated == 0 && fixture.models().first?.revision == 2)
    }

    @Test("past years' outcomes: states by label, recognition with level and year, outstanding, replication")
    func outcomes() throws {
        let fixture = try ImportFixture()
        let header = ImportFixture.header + ["Trạng thái", "Cấp công nhận", "Năm công nhận", "Tiêu biểu", "Nhân rộng", "Nơi nhân rộng"]
        let report = try fixture.run([
            header,
            ["2021", "Xã Kim Bình", "A", "Tập thể", "Mô hình", "Mới", "Kinh tế", "Được công nhận", "Huyện", "2021", "Có", "Có", "Xã Yên Lập; Xã Trung Hà"],
            ["2021", "Xã Kim Bình", "B", "Tập thể", "Mô hình", "Mới", "Kinh tế", "Không công nhận", "", "", "", "", ""],
            ["2021", "Xã Kim Bình", "C", "Tập thể", "Mô hình", "Mới", "Kinh tế", "Đã đăng ký", "", "", "", "", ""],
            ["2021", "Xã Kim Bình", "D", "Tập thể", "Mô hình", "Mới", "Kinh tế", "Recognised", "Cơ sở", "", "Không", "Không", ""],
        ])
        #expect(report.problems.isEmpty, "\(report.problems.map { $0.text(.vi) })")
        let models = fixture.models()
        #expect(models.map(\.state) == ["recognised", "not_recognised", "registered", "recognised"])
        #expect(models[0].recognition == Recognition(level: "district", outstanding: true, year: 2021))
        #expect(models[0].replication.places == ["Xã Yên Lập", "Xã Trung Hà"])
        #expect(models[3].recognition?.level == "commune" && models[3].recognition?.year == 2021)
        #expect(models.allSatisfy { $0.history.first?.from == "draft" && $0.history.first?.to == $0.state })
    }
}

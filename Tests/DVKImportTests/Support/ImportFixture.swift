import DVKCore
import DVKImport
import DVKStorage
import DVKTestSupport

/// A fresh data directory with the shipped configuration, and an importer into it.
struct ImportFixture {
    let directory: DataDirectory
    let store: RecordStore
    var configuration: Configuration

    init() throws {
        directory = try TestSupport.initialisedDirectory()
        store = RecordStore(directory: directory)
        configuration = try directory.loadConfiguration()
    }

    var units: [UnitEntry] {
        (try? ConfigurationFiles.decode(UnitsFile.self, directory.configFile("units.json")).units) ?? []
    }

    func importer(file: String = "so-dang-ky.xlsx", at seconds: Int64 = 1_750_000_000,
                  actor: Actor = TestSupport.actor("thuky", roles: ["secretariat"])) throws -> Importer {
        Importer(configuration: try directory.loadConfiguration(), store: store, actor: actor,
                 time: Timestamp(seconds: seconds), file: file)
    }

    /// Plans and, when clean and not a dry run, writes `rows` (the header first) as one sheet.
    @discardableResult
    func run(_ rows: [[String]], options: ImportOptions = ImportOptions(), sheet: String = "Sheet1") throws -> ImportReport {
        let table = SourceTable(name: sheet, rows: rows.map { $0.map { $0.isEmpty ? SourceCell.empty : .text($0) } })
        let importer = try importer(actor: TestSupport.actor(options.addNewValues ? "root" : "thuky",
                                                            roles: [options.addNewValues ? "admin" : "secretariat"]))
        let plan = importer.plan([table], options: options)
        guard plan.isClean, !options.dryRun else { return plan.report }
        return try importer.write(plan)
    }

    func models() -> [ModelRecord] {
        store.loadAll(ModelRecord.self).records.sorted { $0.id < $1.id }
    }

    static let header = ["Năm", "Đơn vị", "Tên mô hình", "Đối tượng", "Loại", "Hình thức", "Lĩnh vực"]
}

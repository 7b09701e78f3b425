import DVKCore
import DVKStorage
import DVKTestSupport
import Foundation
import Testing

/// The data directory: init, durable saves, revision checks, broken files, migration, journal.
@Suite struct RecordStoreTests {
    let directory: DataDirectory
    let store: RecordStore
    let time = TestSupport.time

    init() throws {
        directory = try TestSupport.initialisedDirectory()
        store = RecordStore(directory: directory)
    }

    func fileBytes(_ kind: RecordKind, _ id: String) throws -> [UInt8] {
        try #require(try DurableFile.read(directory.file(for: kind, id: id)))
    }

    func write(_ text: String, as id: String) throws {
        try DurableFile.write(Array(text.utf8), to: directory.file(for: .model, id: id))
    }

    // MARK: - Init

    @Test func initCopiesTheConfigurationAndMakesTheUserAdmin() throws {
        let configuration = try directory.loadConfiguration()
        #expect(configuration.users.users.map(\.login) == ["root"])
        #expect(configuration.users.users.first?.roles == ["admin"])
        #expect(configuration.workflow.initial == "draft")
        #expect(configuration.problems().isEmpty)
        #expect(throws: StorageError.alreadyInitialised(path: directory.path)) {
            try directory.create(from: TestSupport.defaults, admin: .init(login: "x", name: "x", roles: ["admin"]),
                                 allowEnvironmentUser: false, at: time)
        }
    }

    @Test func anUninitialisedFolderIsRefusedWithAHint() throws {
        let empty = DataDirectory(path: try TestSupport.scratchFolder())
        #expect(throws: StorageError.notInitialised(path: empty.path)) { try empty.loadConfiguration() }
        #expect(StorageError.notInitialised(path: empty.path).message(.vi).contains("dvk init"))
    }

    // MARK: - Round trip and NFC

    @Test func aRecordRoundTripsWithVietnameseText() throws {
        var model = TestSupport.completeModel()
        model.situation = "Đường thôn Kim Quang chưa có đèn; người dân đi lại khó khăn ban đêm"
        model.resources.budget = [BudgetLine(source: "socialized", amount: 70_000_000)]
        try store.commit([.model(model, expectedRevision: 0, action: "create")], by: "thuky", at: time)
        let loaded = try store.load(ModelRecord.self, id: model.id)
        #expect(loaded.revision == 1)
        #expect(loaded.situation == model.situation)
        #expect(loaded.resources.totalBudget == 70_000_000)
        #expect(loaded.updated == Stamp(at: time, by: "thuky"))
        var expected = model
        expected.revision = 1
        #expect(loaded == expected)
    }

    @Test func nfcAndNfdInputGiveTheSameStoredBytes() throws {
        var composed = TestSupport.completeModel(id: "2025-0001")
        composed.name = "Tổ quốc Nguyễn Nghiêm"
        var decomposed = TestSupport.completeModel(id: "2025-0001")
        decomposed.name = "To\u{302}\u{309} quo\u{302}\u{301}c Nguye\u{302}\u{303}n Nghie\u{302}m"
        try store.commit([.model(composed, expectedRevision: 0, action: "create")], by: "a", at: time)
        let first = try fileBytes(.model, "2025-0001")
        try store.commit([.model(decomposed, expectedRevision: 1, action: "edit")], by: "a", at: time)
        let second = try fileBytes(.model, "2025-0001")
        let strip = { (bytes: [UInt8]) in String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\"revision\" : 2", with: "\"revision\" : 1") }
        #expect(strip(first) == strip(second))
        #expect(String(decoding: second, as: UTF8.self).contains("Tổ quốc Nguyễn Nghiêm"))
        #expect(!second.containsSubsequence(Array("o\u{302}".utf8)))
    }

    // MARK: - Two writers

    @Test func theSecondWriterOfARevisionIsRefusedAndNothingIsLost() throws {
        try store.commit([.model(TestSupport.completeModel(), expectedRevision: 0, action: "create")], by: "thuky", at: time)
        var mine = try store.load(ModelRecord.self, id: "2025-0001")
        var theirs = try store.load(ModelRecord.self, id: "2025-0001")
        theirs.name = "Tên do người thứ nhất sửa"
        try store.commit([.model(theirs, expectedRevision: theirs.revision, action: "edit")], by: "lanhdao", at: time)
        mine.name = "Tên do người thứ hai sửa"
        #expect(throws: StorageError.self) {
            try store.commit([.model(mine, expectedRevision: mine.revision, action: "edit")], by: "thuky", at: time)
        }
        do {
            try store.commit([.model(mine, expectedRevision: mine.revision, action: "edit")], by: "thuky", at: time)
        } catch let error as StorageError {
            #expect(error.message(.vi).contains("lanhdao"))
            #expect(error.message(.en).contains("NOT written"))
        }
        #expect(try store.load(ModelRecord.self, id: "2025-0001").name == "Tên do người thứ nhất sửa")
    }

    @Test func aConflictInABatchWritesNoneOfIt() throws {
        try store.commit([.model(TestSupport.completeModel(id: "2025-0001"), expectedRevision: 0, action: "create"),
                          .model(TestSupport.completeModel(id: "2025-0002"), expectedRevision: 0, action: "create")], by: "a", at: time)
        var one = try store.load(ModelRecord.self, id: "2025-0001")
        var two = try store.load(ModelRecord.self, id: "2025-0002")
        one.name = "đổi"
        two.name = "đổi"
        #expect(throws: StorageError.self) {
            try store.commit([.model(one, expectedRevision: 1, action: "edit"), .model(two, expectedRevision: 7, action: "edit")], by: "a", at: time)
        }
        #expect(try store.load(ModelRecord.self, id: "2025-0001").revision == 1)
        #expect(try store.journal.read().entries.count == 2)
    }

    @Test func creatingAnExistingIDIsRefused() throws {
        try store.commit([.model(TestSupport.completeModel(), expectedRevision: 0, action: "create")], by: "a", at: time)
        #expect(throws: StorageError.self) {
            try store.commit([.model(TestSupport.completeModel(), expectedRevision: 0, action: "create")], by: "b", at: time)
        }
        #expect(store.nextID(kind: .model, prefix: "2025-", digits: 4) == "2025-0002")
        #expect(store.nextID(kind: .model, prefix: "2026-", digits: 4) == "2026-0001")
    }

    // MARK: - Broken files

    @Test func aMalformedFileIsReportedWithLineAndColumnWhileTheOthersLoad() throws {
        try store.commit([.model(TestSupport.completeModel(id: "2025-0001"), expectedRevision: 0, action: "create")], by: "a", at: time)
        try write("{\n  \"id\": \"2025-0002\",\n  \"name\": \"Thiếu dấu phẩy\"\n  \"year\": 2025\n}\n", as: "2025-0002")
        try write("{\n  \"schemaVersion\": 2,\n  \"id\": \"2025-0003\",\n  \"revision\": \"một\"\n}\n", as: "2025-0003")
        let report = store.loadAll(ModelRecord.self)
        #expect(report.records.map(\.id) == ["2025-0001"])
        let messages = report.problems.map { $0.message(.en) }.sorted()
        #expect(messages.count == 2)
        #expect(messages[0].hasPrefix(directory.file(for: .model, id: "2025-0002") + ":4:3: "), "\(messages[0])")
        #expect(messages[1].hasPrefix(directory.file(for: .model, id: "2025-0003") + ":4:15: revision: expected a number"), "\(messages[1])")
    }

    @Test func aTornFileIsReportedNotCrashedOn() throws {
        try write("{\n  \"schemaVersion\": 2,\n  \"id\": \"2025-0004\",\n  \"name\": \"Cắt ngang", as: "2025-0004")
        let report = store.loadAll(ModelRecord.self)
        #expect(report.records.isEmpty)
        let message = try #require(report.problems.first).message(.vi)
        #expect(message.contains("2025-0004.json:4:23: "), "the end of the torn text: \(message)")
        #expect(message.contains("thiếu"))
    }

    @Test func aMissingRequiredKeyPointsAtItsObject() throws {
        try write("{\n  \"schemaVersion\": 2,\n  \"id\": \"2025-0005\",\n  \"revision\": 1,\n  \"year\": 2025\n}\n", as: "2025-0005")
        let message = try #require(store.loadAll(ModelRecord.self).problems.first).message(.en)
        #expect(message.contains(":1:1: "), "\(message)")
        #expect(message.contains("«created»") || message.contains("«name»"), "\(message)")
    }

    // MARK: - Schema versions

    @Test func anOlderSchemaIsMigratedOnLoad() throws {
        let old = """
        {"schemaVersion": 1, "id": "2024-0001", "revision": 3, "year": 2024, "name": "Camera bảo vệ cộng đồng",
         "state": "registered", "personInCharge": "Lương Hải Tuyên",
         "history": [{"from": "draft", "to": "registered", "when": "2024-03-01T02:00:00Z", "who": "thuky"}],
         "created": {"at": "2024-03-01T02:00:00Z", "by": "thuky"}, "updated": {"at": "2024-03-01T02:00:00Z", "by": "thuky"}}
        """
        try write(old, as: "2024-0001")
        let report = store.loadAll(ModelRecord.self)
        #expect(report.migrated == ["2024-0001"])
        let record = try #require(report.records.first)
        #expect(record.schemaVersion == ModelRecord.currentSchemaVersion)
        #expect(record.personInCharge.name == "Lương Hải Tuyên")
        #expect(record.history.first?.by == "thuky")
        #expect(record.history.first?.at == Timestamp(parsing: "2024-03-01T02:00:00Z"))
        try store.commit([.model(record, expectedRevision: 3, action: "edit")], by: "a", at: time)
        #expect(String(decoding: try fileBytes(.model, "2024-0001"), as: UTF8.self).contains("\"schemaVersion\" : 2"))
    }

    @Test func aNewerSchemaIsRefusedWithAClearMessage() throws {
        var model = TestSupport.completeModel(id: "2030-0001")
        model.schemaVersion = 99
        var text = String(decoding: try RecordCoding.encode(model), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"schemaVersion\" : 2", with: "\"schemaVersion\" : 99")
        try write(text, as: "2030-0001")
        #expect(throws: StorageError.newerSchema(path: directory.file(for: .model, id: "2030-0001"), found: 99, supported: 2)) {
            try store.load(ModelRecord.self, id: "2030-0001")
        }
    }

    // MARK: - Journal

    @Test func everySaveAppendsAJournalLine() throws {
        try store.commit([.model(TestSupport.completeModel(), expectedRevision: 0, action: "create")], by: "thuky", at: time)
        var record = try store.load(ModelRecord.self, id: "2025-0001")
        record.name = "Đổi tên"
        try store.commit([.model(record, expectedRevision: 1, action: "edit", note: "name")], by: "lanhdao", at: time)
        let entries = try store.journal.read().entries
        #expect(entries.map(\.action) == ["create", "edit"])
        #expect(entries.map(\.by) == ["thuky", "lanhdao"])
        #expect(entries.last?.fromRevision == 1)
        #expect(entries.last?.toRevision == 2)
    }

    @Test func idsThatWouldEscapeTheFolderAreNotFound() {
        #expect(throws: StorageError.notFound(kind: .model, id: "../config/users")) {
            try store.load(ModelRecord.self, id: "../config/users")
        }
    }
}

extension Array where Element == UInt8 {
    func containsSubsequence(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return false }
        return (0...(count - needle.count)).contains { Array(self[$0..<$0 + needle.count]) == needle }
    }
}

@Suite struct BackupTests {
    @Test func aBackupCopiesEveryRecordConfigAndTheJournal() throws {
        let directory = DataDirectory(path: try TestSupport.scratchFolder() + "/data")
        try directory.create(from: TestSupport.defaults, admin: .init(login: "root", name: "root", roles: ["admin"]),
                             allowEnvironmentUser: false, at: TestSupport.time)
        let store = RecordStore(directory: directory)
        try store.commit([.model(TestSupport.completeModel(), expectedRevision: 0, action: "create")], by: "a", at: TestSupport.time)
        let (folder, files) = try Backup(directory: directory).create(at: TestSupport.time)
        #expect(files == DataDirectory.configFiles.count + 1 + 2)
        let copy = RecordStore(directory: DataDirectory(path: folder))
        #expect(copy.loadAll(ModelRecord.self).records.map(\.id) == ["2025-0001"])
        #expect(try copy.journal.read().entries.count == 1)
        let second = try Backup(directory: directory).create(at: TestSupport.time)
        #expect(second.folder != folder)
    }
}

import DVKCore
@testable import DVKStorage
import DVKTestSupport
import Foundation
import Testing

/// The binary list index against the record files: the fast open catches up with dvk's own saves
/// from the journal, the full check finds every change made outside dvk, and an index that is
/// damaged or written by someone else is refused and rebuilt.
@Suite struct ModelIndexOutsideChangeTests {
    let directory: DataDirectory
    let store: RecordStore
    let lists: ListCatalog
    var index: ModelIndex { ModelIndex(store: store, lists: lists) }
    var indexPath: String { directory.path + "/.index/models.idx" }

    init() throws {
        directory = DataDirectory(path: try TestSupport.scratchFolder() + "/data")
        try directory.create(from: TestSupport.defaults, admin: .init(login: "root", name: "root", roles: ["admin"]),
                             allowEnvironmentUser: false, at: TestSupport.time)
        store = RecordStore(directory: directory)
        lists = try directory.loadConfiguration().lists
        var records: [RecordChange] = []
        for number in 1...12 {
            var record = TestSupport.completeModel(id: String(format: "2025-%04d", number))
            record.name = "Mô hình số \(number) — Dân vận khéo"
            if number % 3 == 0 {
                record.appraisals = [ScoreSheet(appraiser: "thamdinh\(number)", at: TestSupport.time, scores: [])]
            }
            records.append(.model(record, expectedRevision: 0, action: "create"))
        }
        try store.commit(records, by: "a", at: TestSupport.time)
    }

    private func expected() -> [ModelSummary] {
        store.loadAll(ModelRecord.self).records.map { ModelSummary($0, lists: lists) }.sorted { $0.id < $1.id }
    }

    private func path(_ id: String) -> String { directory.file(for: .model, id: id) }

    // MARK: - The same answers

    @Test func theRebuiltIndexReadBackGivesTheSummariesOfTheRecords() {
        let built = index.revalidateAgainstEveryFile()
        #expect(built.decoded == 12 && built.isChecked)
        #expect(built.summaries == expected())
        let opened = index.open()
        #expect(opened.decoded == 0 && !opened.isChecked, "read from the index, no file looked at")
        #expect(opened.summaries == expected())
        #expect(index.revalidateAgainstEveryFile().decoded == 0)
    }

    @Test func filesWrittenByDvkArePrintableAndAHandEditedLayoutIsNot() throws {
        _ = index.revalidateAgainstEveryFile()
        let text = try String(contentsOfFile: path("2025-0002"), encoding: .utf8)
        try text.replacingOccurrences(of: "\n  ", with: "\n    ").write(toFile: path("2025-0002"), atomically: true, encoding: .utf8)
        let hashes = index.revalidateAgainstEveryFile().printableHashes()
        #expect(hashes["2025-0001"] == ContentHash.of(try #require(try DurableFile.read(path("2025-0001")))))
        #expect(hashes["2025-0002"] == nil, "the same record in another layout is decoded, not printed as it is")
        #expect(hashes.count == 11)
    }

    // MARK: - dvk's own saves, from the journal

    @Test func aSaveByDvkShowsAtTheNextOpenWithoutCheckingEveryFile() throws {
        _ = index.revalidateAgainstEveryFile()
        var record = try store.load(ModelRecord.self, id: "2025-0004")
        record.state = "registered"
        record.name = "Đã đổi tên"
        try store.commit([.model(record, expectedRevision: 1, action: "edit")], by: "b", at: TestSupport.time)
        var added = TestSupport.completeModel(id: "2025-0013")
        added.name = "Mới thêm"
        try store.commit([.model(added, expectedRevision: 0, action: "create")], by: "b", at: TestSupport.time)
        let opened = index.open()
        #expect(!opened.isChecked)
        #expect(opened.decoded == 2, "only the two saved models are read")
        #expect(opened.summaries == expected())
    }

    @Test func catchingUpReplacesInPlaceAndMergesNewAndGoneRowsInIdOrder() {
        func file(_ size: Int64) -> IndexedFile {
            IndexedFile(stamp: FileStamp(modified: 0, changed: 0, size: size, inode: 0), contentHash: 0, isCanonical: true)
        }
        func rows(_ summaries: [ModelSummary]) -> IndexRows {
            var rows = IndexRows()
            for summary in summaries { rows.append(summary, file(Int64(summary.revision))) }
            return rows
        }
        let before = expected()
        var edited = before[4]
        edited.displayName = "Đã đổi tên"
        edited.revision = 7
        var between = before[2]
        between.id = "2025-0003a"
        let first = { var made = before[0]; made.id = "2024-9999"; return made }()
        // An edit, two new rows (one between, one before all) and a row gone, in no order.
        var caughtUp = rows(before)
        caughtUp.replace([edited.id, before[8].id, between.id, first.id], with: rows([between, edited, first]))
        var wanted = before
        wanted[4] = edited
        wanted.remove(at: 8)
        wanted.insert(between, at: 3)
        wanted.insert(first, at: 0)
        #expect(caughtUp.summaries == wanted)
        #expect(caughtUp.files.map(\.stamp.size) == wanted.map { Int64($0.revision) }, "each row keeps its own file")
        var editedOnly = rows(before)
        editedOnly.replace([edited.id], with: rows([edited]))
        #expect(editedOnly.summaries.map(\.displayName) == before.map(\.displayName).enumerated().map { $0.offset == 4 ? "Đã đổi tên" : $0.element })
    }

    // MARK: - Changes made outside dvk

    @Test func aHandEditIsFoundByTheCheckNotByTheOpen() throws {
        _ = index.revalidateAgainstEveryFile()
        let text = try String(contentsOfFile: path("2025-0005"), encoding: .utf8)
        try text.replacingOccurrences(of: "Mô hình số 5 —", with: "Sửa tay số 5 —").write(toFile: path("2025-0005"), atomically: false, encoding: .utf8)
        #expect(index.open().summaries.first { $0.id == "2025-0005" }?.displayName.hasPrefix("Mô hình") == true,
                "the first screen comes from the index")
        let checked = index.revalidateAgainstEveryFile()
        #expect(checked.decoded == 1)
        #expect(checked.summaries == expected())
        #expect(index.open().summaries.first { $0.id == "2025-0005" }?.displayName.hasPrefix("Sửa tay") == true)
    }

    @Test func aDeletedAndAnAddedFileAreFound() throws {
        _ = index.revalidateAgainstEveryFile()
        unlink(path("2025-0007"))
        var stray = TestSupport.completeModel(id: "2025-0099")
        stray.name = "Chép vào từ nơi khác"
        try DurableFile.write(try RecordCoding.encode(stray), to: path("2025-0099"))
        let checked = index.revalidateAgainstEveryFile()
        #expect(checked.summaries.map(\.id).contains("2025-0099"))
        #expect(!checked.summaries.map(\.id).contains("2025-0007"))
        #expect(checked.summaries == expected())
    }

    @Test func aRestoredBackupWithItsOldTimesIsFound() throws {
        let backup = try TestSupport.scratchFolder() + "/2025-0008.json"
        _ = try FileManager.default.copyItem(atPath: path("2025-0008"), toPath: backup)
        let before = try #require(FileStamp(path: path("2025-0008")))
        var record = try store.load(ModelRecord.self, id: "2025-0008")
        record.name = "Bản sau khi sao lưu"
        try store.commit([.model(record, expectedRevision: 1, action: "edit")], by: "b", at: TestSupport.time)
        _ = index.revalidateAgainstEveryFile()
        // Restored as `cp -p` does: the old bytes and the old modification time.
        try DurableFile.write(try #require(try DurableFile.read(backup)), to: path("2025-0008"))
        try setModified(path("2025-0008"), to: before.modified)
        let checked = index.revalidateAgainstEveryFile()
        #expect(checked.summaries.first { $0.id == "2025-0008" }?.revision == 1)
        #expect(checked.summaries == expected())
    }

    @Test func aFileReplacedWithTheSameSizeAndTimeIsFound() throws {
        _ = index.revalidateAgainstEveryFile()
        let old = try #require(FileStamp(path: path("2025-0009")))
        let text = try String(contentsOfFile: path("2025-0009"), encoding: .utf8)
        let edited = text.replacingOccurrences(of: "Mô hình số 9 —", with: "Mô hình số 6 —")
        #expect(edited.utf8.count == text.utf8.count)
        // Written in place (same inode), the modification time set back: only the change time moves.
        let handle = try #require(FileHandle(forWritingAtPath: path("2025-0009")))
        handle.write(Data(edited.utf8))
        try handle.close()
        try setModified(path("2025-0009"), to: old.modified)
        let now = try #require(FileStamp(path: path("2025-0009")))
        #expect(now.size == old.size && now.modified == old.modified && now.inode == old.inode)
        #expect(index.revalidateAgainstEveryFile().summaries.first { $0.id == "2025-0009" }?.displayName.contains("số 6") == true)
    }

    private func readIndexFile() throws -> IndexFile {
        let bytes = try #require(try DurableFile.read(indexPath))
        return try #require(IndexFile(decoding: bytes))
    }

    private func setModified(_ path: String, to nanoseconds: Int64) throws {
        let time = timespec(tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))
        var times = [time, time]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
    }

    // MARK: - A damaged or hostile index

    @Test(arguments: ["truncated", "flipped", "empty", "text", "oldVersion"])
    func aDamagedIndexIsRefusedAndRebuilt(damage: String) throws {
        _ = index.revalidateAgainstEveryFile()
        var bytes = try #require(try DurableFile.read(indexPath))
        switch damage {
        case "truncated": bytes.removeLast(bytes.count / 3)
        case "flipped": bytes[bytes.count / 2] ^= 0x20
        case "empty": bytes = []
        case "text": bytes = Array("dvk-model-index\t2\n2025-0001\t1\t2\n".utf8)
        default: bytes[8] = 2
        }
        try DurableFile.write(bytes, to: indexPath)
        let opened = index.open()
        #expect(opened.isChecked, "a refused index means checking every file")
        #expect(opened.decoded == 12)
        #expect(opened.summaries == expected())
        _ = try readIndexFile()
    }

    /// An index whose checksum is right but whose content lies: every field is checked on reading.
    @Test(arguments: ["count", "textLength", "vocabulary", "order", "slash", "duplicate"])
    func aForgedIndexIsRefusedWithoutACrash(forgery: String) throws {
        let built = index.revalidateAgainstEveryFile()
        var file = try readIndexFile()
        var bytes = file.encoded()
        let header = IndexFile.magic.count + 4
        switch forgery {
        case "count": withUnsafeBytes(of: UInt64.max.littleEndian) { bytes.replaceSubrange(header..<header + 8, with: $0) }
        case "textLength":
            // The first vocabulary word's length, made huge.
            let at = header + 16 + 4
            withUnsafeBytes(of: UInt32(1 << 30).littleEndian) { bytes.replaceSubrange(at..<at + 4, with: $0) }
        case "vocabulary":
            let at = header + 16
            withUnsafeBytes(of: UInt32(0).littleEndian) { bytes.replaceSubrange(at..<at + 4, with: $0) }
        case "order":
            file.rows.summaries.swapAt(0, 1)
            bytes = file.encoded()
        case "slash":
            file.rows.summaries[0].id = "../2025-0001"
            bytes = file.encoded()
        default:
            file.rows.summaries[1].id = file.rows.summaries[0].id
            bytes = file.encoded()
        }
        if ["count", "textLength", "vocabulary"].contains(forgery) {
            bytes.removeLast(8)
            withUnsafeBytes(of: ContentHash.of(bytes).littleEndian) { bytes += $0 }
        }
        #expect(IndexFile(decoding: bytes) == nil)
        try DurableFile.write(bytes, to: indexPath)
        let opened = index.open()
        #expect(opened.isChecked)
        #expect(opened.summaries == built.summaries)
    }

    @Test func aForgedSummaryWithTheRightStampIsBelievedAtStartAndFoundByCheck() throws {
        _ = index.revalidateAgainstEveryFile()
        var file = try readIndexFile()
        file.rows.summaries[0].displayName = "Tên giả mạo"
        try DurableFile.write(file.encoded(), to: indexPath)
        #expect(index.open().summaries.first?.displayName == "Tên giả mạo", "a stamp that matches is believed at start")
        #expect(index.disagreements(with: Dictionary(uniqueKeysWithValues: expected().map { ($0.id, $0.hashValue) })) == ["2025-0001"])
        index.discard()
        #expect(index.open().summaries.first?.displayName.contains("giả mạo") == false)
    }

    // MARK: - Kills

    @Test func aKillWhileTheIndexIsWrittenLeavesTheOldIndexAndNoStrayFile() throws {
        _ = index.revalidateAgainstEveryFile()
        let whole = try #require(try DurableFile.read(indexPath))
        // What a kill before the rename leaves: a partial staged file, the index untouched.
        let staged = try DurableFile.stage(Array(whole.prefix(100)), in: directory.stagingFolder, for: "models.idx")
        #expect(try DurableFile.read(indexPath) == whole)
        #expect(index.open().summaries == expected())
        try store.commit([.model(TestSupport.completeModel(id: "2025-0050"), expectedRevision: 0, action: "create")],
                         by: "a", at: TestSupport.time)
        #expect(!DurableFile.exists(staged), "the next commit empties the staging folder")
        #expect(index.open().summaries == expected())
    }

    @Test func theLegacyTextIndexIsRemovedWhenTheNewOneIsWritten() throws {
        try DurableFile.makeFolder(directory.path + "/.index")
        try DurableFile.write(Array("dvk-model-index\t2\n".utf8), to: directory.path + "/.index/models.tsv")
        _ = index.revalidateAgainstEveryFile()
        #expect(!DurableFile.exists(directory.path + "/.index/models.tsv"))
    }
}

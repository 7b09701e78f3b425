import DVKCore
import DVKStorage
import DVKTestSupport
import Foundation
import Testing

/// The list index: derived from the record files, re-decoding only what changed, rebuilt when
/// missing or broken, never hiding a changed or broken file.
@Suite struct ModelIndexTests {
    let directory: DataDirectory
    let store: RecordStore
    let index: ModelIndex

    init() throws {
        directory = DataDirectory(path: try TestSupport.scratchFolder() + "/data")
        try directory.create(from: TestSupport.defaults, admin: .init(login: "root", name: "root", roles: ["admin"]),
                             allowEnvironmentUser: false, at: TestSupport.time)
        store = RecordStore(directory: directory)
        index = ModelIndex(store: store, lists: try directory.loadConfiguration().lists)
        var second = TestSupport.completeModel(id: "2025-0002")
        second.name = "Camera bảo vệ cộng đồng"
        try store.commit([.model(TestSupport.completeModel(id: "2025-0001"), expectedRevision: 0, action: "create"),
                          .model(second, expectedRevision: 0, action: "create")], by: "a", at: TestSupport.time)
        // A save makes a name one line; a tab can still come from a file edited by hand.
        let path = directory.folder(for: .model) + "/2025-0002.json"
        let json = try String(contentsOfFile: path, encoding: .utf8)
        try json.replacingOccurrences(of: "Camera bảo vệ cộng đồng", with: "Camera bảo vệ\\tcộng đồng").write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func theFirstLoadDecodesEverythingAndTheNextNothing() {
        let first = index.revalidateAgainstEveryFile()
        #expect(first.decoded == 2)
        #expect(first.summaries.map(\.id).sorted() == ["2025-0001", "2025-0002"])
        let second = index.revalidateAgainstEveryFile()
        #expect(second.decoded == 0)
        #expect(second.summaries.sorted { $0.id < $1.id } == first.summaries.sorted { $0.id < $1.id })
        let camera = second.summaries.first { $0.id == "2025-0002" }
        #expect(camera?.displayName == "Camera bảo vệ\tcộng đồng", "a tab in a name survives the index's escaping")
        let key = String(decoding: camera?.searchKey ?? [], as: UTF8.self)
        #expect(key.contains("camera bao ve"))
    }

    @Test func whatTheDashboardNeedsSurvivesTheIndex() throws {
        var record = try store.load(ModelRecord.self, id: "2025-0001")
        record.state = "appraisal"
        record.history = [HistoryEntry(from: "results_submitted", to: "appraisal", at: Timestamp(day: Day(year: 2025, month: 9, day: 3)!),
                                       by: "a", note: "", transition: "start_appraisal")]
        record.inspectionIds = ["KT-2025-001", "KT-2025-002"]
        record.appraisals = [ScoreSheet(appraiser: "thamdinh1", at: TestSupport.time, scores: []),
                             ScoreSheet(appraiser: "Nguyễn Thị Hoa", at: TestSupport.time, scores: [])]
        try store.commit([.model(record, expectedRevision: 1, action: "edit")], by: "a", at: TestSupport.time)
        _ = index.revalidateAgainstEveryFile()
        let again = index.revalidateAgainstEveryFile()
        #expect(again.decoded == 0, "read back from the index file, not decoded")
        let summary = try #require(again.summaries.first { $0.id == "2025-0001" })
        #expect(summary.stateSince == Day(year: 2025, month: 9, day: 3))
        #expect(summary.inspectionCount == 2)
        #expect(summary.appraisers == ["thamdinh1", "Nguyễn Thị Hoa"])
    }

    @Test func aChangedFileIsDecodedAgain() throws {
        _ = index.revalidateAgainstEveryFile()
        var record = try store.load(ModelRecord.self, id: "2025-0001")
        record.name = "Đổi tên sau khi lập chỉ mục"
        record.state = "registered"
        try store.commit([.model(record, expectedRevision: 1, action: "edit")], by: "b", at: TestSupport.time)
        let again = index.revalidateAgainstEveryFile()
        #expect(again.decoded == 1)
        let summary = again.summaries.first { $0.id == "2025-0001" }
        #expect(summary?.displayName == "Đổi tên sau khi lập chỉ mục")
        #expect(summary?.state == "registered")
        #expect(summary?.revision == 2)
    }

    @Test func aBrokenIndexIsRebuiltAndABrokenRecordIsReported() throws {
        _ = index.revalidateAgainstEveryFile()
        try DurableFile.write(Array("garbage\u{0}\n".utf8), to: directory.path + "/.index/models.idx")
        #expect(index.revalidateAgainstEveryFile().decoded == 2)
        try DurableFile.write(Array("{ \"id\": ".utf8), to: directory.file(for: .model, id: "2025-0003"))
        let result = index.revalidateAgainstEveryFile()
        #expect(result.summaries.count == 2)
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.message(.en).contains("2025-0003.json:1:") == true)
    }

    @Test func aDeletedFileLeavesTheList() throws {
        _ = index.revalidateAgainstEveryFile()
        unlink(directory.file(for: .model, id: "2025-0002"))
        #expect(index.revalidateAgainstEveryFile().summaries.map(\.id) == ["2025-0001"])
    }
}

import DVKCore
import DVKStorage
import DVKTestSupport
import Foundation
import Testing

/// Saving a replication: the parent and its children in one revision-checked commit.
@Suite struct ReplicationStoreTests {
    let store: RecordStore
    let time = TestSupport.time

    init() throws {
        let directory = DataDirectory(path: try TestSupport.scratchFolder() + "/data")
        try directory.create(from: TestSupport.defaults, admin: .init(login: "root", name: "Quản trị", roles: ["admin"]),
                             allowEnvironmentUser: false, at: TestSupport.time)
        store = RecordStore(directory: directory)
        try store.commit([.model(TestSupport.completeModel(id: "2025-0001", state: "registered"), expectedRevision: 0, action: "create"),
                          .model(TestSupport.completeModel(id: "2025-0002"), expectedRevision: 0, action: "create")], by: "root", at: time)
    }

    @Test func idsForOneBatchAreConsecutiveAfterTheHighestOnDisk() {
        #expect(store.nextIDs(kind: .model, prefix: "2025-", digits: 4, count: 3) == ["2025-0003", "2025-0004", "2025-0005"])
        #expect(store.nextIDs(kind: .model, prefix: "2026-", digits: 4, count: 2) == ["2026-0001", "2026-0002"])
        #expect(store.nextID(kind: .model, prefix: "2025-", digits: 4) == "2025-0003")
    }

    @Test func theParentAndItsChildrenAreOneCommitUnderFreshIDs() throws {
        let parent = try store.load(ModelRecord.self, id: "2025-0001")
        let plan = try ReplicationPlan(parent: parent, places: ["Xã Hòa Phú", "Xã Tri Phú"])
        let outcome = try store.replicate(plan, year: 2025, initialState: "draft", by: "thuky", at: time)
        #expect(outcome.children.map(\.id) == ["2025-0003", "2025-0004"])
        let saved = try store.load(ModelRecord.self, id: "2025-0001")
        #expect(saved.revision == parent.revision + 1)
        #expect(saved.replication.childIds == ["2025-0003", "2025-0004"])
        for id in ["2025-0003", "2025-0004"] {
            let child = try store.load(ModelRecord.self, id: id)
            #expect(child.parentId == "2025-0001" && child.origin == "replicated" && child.revision == 1)
        }
        let journal = try store.journal.read().entries.suffix(3)
        #expect(journal.map(\.action) == ["replicate", "create", "create"])
        #expect(Set(journal.map(\.at)).count == 1)
    }

    @Test func aParentSavedMeanwhileBySomeoneElseWritesNothing() throws {
        let parent = try store.load(ModelRecord.self, id: "2025-0001")
        var theirs = parent
        theirs.name = "Đổi tên"
        try store.commit([.model(theirs, expectedRevision: parent.revision, action: "edit")], by: "lanhdao", at: time)
        let plan = try ReplicationPlan(parent: parent, places: ["Xã Hòa Phú"])
        #expect(throws: StorageError.self) { try store.replicate(plan, year: 2025, initialState: "draft", by: "thuky", at: time) }
        #expect(store.ids(of: .model) == ["2025-0001", "2025-0002"])
    }
}

import DVKCore
import DVKStorage
@testable import DVKSync
import Testing

/// The record merge by meaning (``RecordMerge``, ``MergeDriver``, ``ConflictBook/resolved``):
/// pure, on records built in memory.
@Suite struct RecordMergeTests {
    static let t0 = Timestamp(seconds: 1_760_000_000)

    func base() -> ModelRecord {
        var r = ModelRecord(id: "2026-XA01-0001", year: 2026, state: "draft", created: Stamp(at: RecordMergeTests.t0, by: "thuky", office: "XA01"))
        r.name = "Thắp sáng đường quê"
        r.revision = 2
        r.updated = Stamp(at: RecordMergeTests.t0, by: "thuky", office: "XA01")
        return r
    }

    func edited(_ record: ModelRecord, by: String, office: String, minutes: Int64, _ change: (inout ModelRecord) -> Void) -> ModelRecord {
        var r = record
        change(&r)
        r.revision += 1
        r.updated = Stamp(at: Timestamp(seconds: RecordMergeTests.t0.seconds + minutes * 60), by: by, office: office)
        return r
    }

    func merge(_ base: ModelRecord?, _ ours: ModelRecord, _ theirs: ModelRecord) throws -> ModelRecord {
        let bytes = try #require(MergeDriver.mergedBytes(ModelRecord.self, ancestor: try base.map { try RecordCoding.encode($0) },
                                                         ours: try RecordCoding.encode(ours), theirs: try RecordCoding.encode(theirs),
                                                         path: "models/x.json"))
        return try RecordCoding.decode(ModelRecord.self, from: bytes, path: "models/x.json")
    }

    // MARK: - Field by field

    @Test func changesToDifferentFieldsBothLandAndTheRevisionMovesPastBoth() throws {
        let b = base()
        let ours = edited(b, by: "thuky", office: "XA01", minutes: 1) { $0.address = "Thôn 1" }
        let theirs = edited(edited(b, by: "huyen", office: "HUYEN", minutes: 2) { $0.objectives = "270 bóng đèn" },
                            by: "huyen", office: "HUYEN", minutes: 3) { $0.personInCharge.phone = "0912" }
        let merged = try merge(b, ours, theirs)
        #expect(merged.address == "Thôn 1")
        #expect(merged.objectives == "270 bóng đèn")
        #expect(merged.personInCharge.phone == "0912")
        #expect(merged.revision == 5)
        #expect(merged.updated.office == "HUYEN")
        #expect(merged.conflicts == nil)
    }

    @Test func aFieldChangedDifferentlyOnBothSidesKeepsOursAndListsTheirs() throws {
        let b = base()
        let ours = edited(b, by: "thuky", office: "XA01", minutes: 1) { $0.name = "Tên A" }
        let theirs = edited(b, by: "huyen", office: "HUYEN", minutes: 2) { $0.name = "Tên B"; $0.address = "Thôn 2" }
        let merged = try merge(b, ours, theirs)
        #expect(merged.name == "Tên A")
        #expect(merged.address == "Thôn 2")
        let conflict = try #require(merged.conflicts?.first)
        #expect(merged.conflicts?.count == 1)
        #expect(conflict.field == "name")
        #expect(conflict.mine == .string("Tên A"))
        #expect(conflict.theirs == .string("Tên B"))
        #expect(conflict.office == "HUYEN")
        #expect(conflict.by == "huyen")
        #expect(conflict.at == Timestamp(seconds: RecordMergeTests.t0.seconds + 120))
    }

    @Test func mergingTheSameConflictAgainDoesNotListItTwice() throws {
        let b = base()
        let ours = edited(b, by: "thuky", office: "XA01", minutes: 1) { $0.name = "Tên A" }
        let theirs = edited(b, by: "huyen", office: "HUYEN", minutes: 2) { $0.name = "Tên B" }
        let once = try merge(b, ours, theirs)
        let twice = try merge(b, once, theirs)
        #expect(twice.conflicts?.count == 1)
    }

    // MARK: - Unions

    @Test func historyScoreSheetsAndLinksAreUnions() throws {
        var b = base()
        b.inspectionIds = ["KT-2026-001"]
        let ours = edited(b, by: "thuky", office: "XA01", minutes: 1) {
            $0.inspectionIds.append("KT-2026-XA01-001")
            $0.appraisals.append(ScoreSheet(appraiser: "a1", at: RecordMergeTests.t0, scores: [10, 12]))
        }
        let theirs = edited(b, by: "huyen", office: "HUYEN", minutes: 2) {
            $0.inspectionIds.append("KT-2026-HUYEN-001")
            $0.decisionIds.append("QD-2026-HUYEN-001")
            $0.appraisals.append(ScoreSheet(appraiser: "a2", at: RecordMergeTests.t0, scores: [9, 8]))
        }
        let merged = try merge(b, ours, theirs)
        #expect(merged.inspectionIds == ["KT-2026-001", "KT-2026-XA01-001", "KT-2026-HUYEN-001"])
        #expect(merged.decisionIds == ["QD-2026-HUYEN-001"])
        #expect(Set(merged.appraisals.map(\.appraiser)) == ["a1", "a2"])
        #expect(merged.conflicts == nil)
    }

    @Test func oneAppraisersSheetChangedOnBothSidesIsAConflictOnThatSheet() throws {
        var b = base()
        b.appraisals = [ScoreSheet(appraiser: "a1", at: RecordMergeTests.t0, scores: [10, 12])]
        let ours = edited(b, by: "thuky", office: "XA01", minutes: 1) { $0.appraisals[0].scores = [11, 12] }
        let theirs = edited(b, by: "huyen", office: "HUYEN", minutes: 2) { $0.appraisals[0].scores = [5, 5] }
        let merged = try merge(b, ours, theirs)
        #expect(merged.appraisals.count == 1)
        #expect(merged.appraisals.first?.scores == [11, 12])
        let conflict = try #require(merged.conflicts?.first)
        #expect(conflict.field == "appraisals[a1]")
        let json = try JSONValue(encoding: merged)
        let taken = try ConflictBook.resolved(json, conflict, take: .theirs).decode(as: ModelRecord.self)
        #expect(taken.appraisals.first?.scores == [5, 5])
    }

    // MARK: - The workflow

    @Test func twoDifferentMovesAreAConflictNotASilentChoice() throws {
        var b = base()
        b.state = "appraisal"
        let recognise = HistoryEntry(from: "appraisal", to: "recognised", at: Timestamp(seconds: RecordMergeTests.t0.seconds + 60), by: "lanhdao",
                                     note: "", transition: "recognise")
        let giveBack = HistoryEntry(from: "appraisal", to: "returned", at: Timestamp(seconds: RecordMergeTests.t0.seconds + 120), by: "huyen",
                                    note: "thiếu hồ sơ", transition: "return")
        let ours = edited(b, by: "lanhdao", office: "XA01", minutes: 1) { $0.state = "recognised"; $0.history.append(recognise) }
        let theirs = edited(b, by: "huyen", office: "HUYEN", minutes: 2) { $0.state = "returned"; $0.history.append(giveBack) }
        let merged = try merge(b, ours, theirs)
        #expect(merged.state == "recognised")
        #expect(merged.history.count == 2)
        #expect(merged.conflicts?.map(\.field) == ["state"])
        #expect(merged.conflicts?.first?.theirs == .string("returned"))
    }

    @Test func aStateTheLatestHistoryEntryDoesNotLeadToIsAConflict() throws {
        var b = base()
        b.state = "in_progress"
        let move = HistoryEntry(from: "in_progress", to: "results_submitted", at: Timestamp(seconds: RecordMergeTests.t0.seconds + 300),
                                by: "huyen", note: "", transition: "submit")
        let early = HistoryEntry(from: "in_progress", to: "draft", at: Timestamp(seconds: RecordMergeTests.t0.seconds + 60),
                                 by: "thuky", note: "", transition: "withdraw")
        // Both moved it; ours moved first, theirs later: the state must be where theirs led.
        let ours = edited(b, by: "thuky", office: "XA01", minutes: 1) { $0.state = "draft"; $0.history.append(early) }
        let theirs = edited(b, by: "huyen", office: "HUYEN", minutes: 5) { $0.state = "results_submitted"; $0.history.append(move) }
        let merged = try merge(b, ours, theirs)
        #expect(merged.conflicts?.contains { $0.field == "state" } == true)
    }

    // MARK: - Files that cannot be read

    @Test func anUnreadableFileOnOneSideKeepsTheOtherAndItsTextAsAConflict() throws {
        let b = base()
        let ours = try RecordCoding.encode(edited(b, by: "thuky", office: "XA01", minutes: 1) { $0.name = "Tên A" })
        let broken = Array("{\"id\": \"2026-XA01-0001\", \"name\": ".utf8)
        let bytes = try #require(MergeDriver.mergedBytes(ModelRecord.self, ancestor: try RecordCoding.encode(b), ours: ours, theirs: broken,
                                                         path: "models/2026-XA01-0001.json"))
        let merged = try RecordCoding.decode(ModelRecord.self, from: bytes, path: "x")
        #expect(merged.name == "Tên A")
        #expect(merged.conflicts?.first?.field == FieldConflict.wholeFile)
        #expect(merged.conflicts?.first?.theirs == .string(String(decoding: broken, as: UTF8.self)))
        #expect(MergeDriver.mergedBytes(ModelRecord.self, ancestor: nil, ours: broken, theirs: broken, path: "x") == nil)
    }

    @Test func takingTheirsSetsANestedFieldAndMineChangesNothing() throws {
        let b = base()
        let conflict = FieldConflict(field: "personInCharge.phone", mine: .string("1"), theirs: .string("0912"), office: "HUYEN", by: "huyen",
                                     at: RecordMergeTests.t0)
        let json = try JSONValue(encoding: b)
        #expect(try ConflictBook.resolved(json, conflict, take: .theirs).decode(as: ModelRecord.self).personInCharge.phone == "0912")
        #expect(try ConflictBook.resolved(json, conflict, take: .mine) == json)
    }
}

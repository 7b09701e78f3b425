import DVKCore
import DVKTestSupport
import Foundation
import Testing

/// Replicating a model at other places: the checks on the places and the linked records made.
@Suite struct ReplicationPlanTests {
    static let later = Timestamp(day: Day(year: 2025, month: 11, day: 3)!)

    /// A recognised, outstanding parent with content, history, and one earlier replication.
    func parent() -> ModelRecord {
        var r = TestSupport.completeModel(id: "2024-0007", state: "recognised")
        r.year = 2024
        r.phase = "2021-2025"
        r.tags = ["điện"]
        r.address = "thôn Kim Quang, xã Bình Sa"
        r.situation = "Đường thôn tối"
        r.solutions = "Vận động nhân dân góp tiền"
        r.indicators = [Indicator(name: "Bóng đèn", unit: "bóng", target: 270, actual: 250)]
        r.resources = Resources(budget: [BudgetLine(source: "socialized", amount: 70_000_000)], workdays: 300)
        r.startDate = Day(year: 2024, month: 3, day: 1)
        r.individual = IndividualDetails(fullName: "Nguyễn Văn Bình")
        r.history = [HistoryEntry(from: "draft", to: "registered", at: TestSupport.time, by: "thuky", note: "", transition: "submit")]
        r.appraisals = [ScoreSheet(appraiser: "thamdinh1", at: TestSupport.time, scores: [14, 13, 18, 22, 13, 9])]
        r.recognition = Recognition(level: "district", decisionNumber: "25-QĐ/BCĐ", outstanding: true)
        r.inspectionIds = ["KT-2024-001"]
        r.decisionIds = ["QD-2024-001"]
        r.attachments = ["bien-ban.pdf"]
        r.replication = Replication(places: ["Xã Kim Bình"], childIds: ["2024-0020"])
        return r
    }

    // MARK: - Checking the places

    @Test func placesAreCleanedToNFCAndTrimmed() throws {
        let decomposed = "Xa\u{0303} Tri Phu\u{0301}"
        let plan = try ReplicationPlan(parent: parent(), places: ReplicationPlan.places(in: "  Xã Hòa Phú ;\(decomposed)\u{7}  "))
        #expect(plan.places == ["Xã Hòa Phú", "Xã Tri Phú"])
        #expect(plan.places[1].unicodeScalars.elementsEqual("Xã Tri Phú".precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test func emptyRepeatedAndAlreadyReplicatedPlacesAreRefusedByName() {
        func problem(_ typed: String) -> ReplicationProblem? {
            do { _ = try ReplicationPlan(parent: parent(), places: ReplicationPlan.places(in: typed)); return nil } catch {
                return error as? ReplicationProblem
            }
        }
        #expect(problem("") == .noPlaces)
        #expect(problem("  ") == .noPlaces)
        #expect(problem("Xã A;;Xã B") == .emptyPlace(position: 2))
        #expect(problem("Xã A; – ") == .emptyPlace(position: 2))
        #expect(problem("Xã Hòa Phú; xa hoa phu") == .repeatedPlace("xa hoa phu"))
        #expect(problem("Xã Tri Phú; XÃ KIM BÌNH") == .alreadyReplicated("XÃ KIM BÌNH", id: "2024-0007"))
        #expect(ReplicationProblem.emptyPlace(position: 2).message.vi == "nơi thứ 2 để trống (các nơi cách nhau bằng dấu ;)")
        #expect(ReplicationProblem.alreadyReplicated("Xã Kim Bình", id: "2024-0007").message.en == "2024-0007 is already replicated at «Xã Kim Bình»")
    }

    // MARK: - The records made

    func outcome(unit: String? = nil) throws -> ReplicationPlan.Outcome {
        try ReplicationPlan(parent: parent(), places: ["Xã Hòa Phú", "Xã Tri Phú"], unit: unit)
            .outcome(ids: ["2025-0031", "2025-0032"], year: 2025, initialState: "draft", by: "thuky", at: Self.later)
    }

    @Test func theParentListsThePlacesAndChildrenAndRecordsAnEvent() throws {
        let updated = try outcome().parent
        #expect(updated.replication.places == ["Xã Kim Bình", "Xã Hòa Phú", "Xã Tri Phú"])
        #expect(updated.replication.childIds == ["2024-0020", "2025-0031", "2025-0032"])
        #expect(updated.state == "recognised")
        #expect(updated.history.count == 2)
        let event = try #require(updated.history.last)
        #expect(event == HistoryEntry(from: "recognised", to: "recognised", at: Self.later, by: "thuky",
                                      note: "Xã Hòa Phú → 2025-0031; Xã Tri Phú → 2025-0032", transition: "replicate"))
        var unchanged = updated
        unchanged.replication = parent().replication
        unchanged.history.removeLast()
        #expect(unchanged == parent(), "nothing else of the parent changes")
    }

    @Test func eachChildIsADraftLinkedToTheParentWithItsClassificationAndContent() throws {
        let children = try outcome().children
        #expect(children.map(\.id) == ["2025-0031", "2025-0032"])
        let child = children[0]
        let p = parent()
        #expect(child.state == "draft" && child.year == 2025 && child.revision == 0)
        #expect(child.origin == "replicated" && child.parentId == "2024-0007")
        #expect(child.name == "Thắp sáng đường quê – Xã Hòa Phú")
        #expect(child.address == "Xã Hòa Phú")
        #expect(children[1].name == "Thắp sáng đường quê – Xã Tri Phú")
        #expect([child.phase, child.unit, child.level, child.subject, child.kind, child.field] == [p.phase, p.unit, p.level, p.subject, p.kind, p.field])
        #expect(child.tags == p.tags && child.objectives == p.objectives && child.situation == p.situation && child.solutions == p.solutions)
        #expect(child.indicators == [Indicator(name: "Bóng đèn", unit: "bóng", target: 270)], "targets only, no result yet")
        #expect(child.created == Stamp(at: Self.later, by: "thuky"))
        #expect(child.history.isEmpty && child.appraisals.isEmpty && child.recognition == nil)
        #expect(child.inspectionIds.isEmpty && child.decisionIds.isEmpty && child.replication.isEmpty && child.attachments.isEmpty)
        #expect(child.resources == Resources() && child.startDate == nil && child.individual == nil && child.personInCharge == PersonInCharge())
    }

    @Test func aGivenUnitReplacesTheParentsOnTheChildrenOnly() throws {
        let result = try outcome(unit: "xa-kim-binh")
        #expect(result.children.allSatisfy { $0.unit == "xa-kim-binh" })
        #expect(result.parent.unit == "xa-binh-sa")
    }
}

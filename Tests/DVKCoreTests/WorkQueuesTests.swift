import DVKCore
import DVKTestSupport
import Testing

/// The dashboard's queues follow the workflow's roles and the records' contents.
@Suite struct WorkQueuesTests {
    let configuration: Configuration
    let queues: WorkQueues

    init() throws {
        configuration = try TestSupport.configuration()
        queues = WorkQueues(configuration: configuration)
    }

    func model(_ id: String, _ state: String, enteredOn day: Day) -> ModelRecord {
        var r = TestSupport.completeModel(id: id, state: state)
        r.history = [HistoryEntry(from: "draft", to: state, at: Timestamp(day: day), by: "thuky", note: "", transition: "x")]
        return r
    }

    @Test func aClerkSeesVettingInspectionAndProposalQueuesWithTheOldestWait() {
        let today = Day(year: 2025, month: 10, day: 31)!
        var inspected = model("2025-0003", "in_progress", enteredOn: Day(year: 2025, month: 3, day: 1)!)
        inspected.inspectionIds = ["KT-2025-001"]
        let models = [model("2025-0001", "registration_review", enteredOn: Day(year: 2025, month: 10, day: 1)!),
                      model("2025-0002", "in_progress", enteredOn: Day(year: 2025, month: 6, day: 1)!), inspected,
                      model("2025-0004", "recognised", enteredOn: Day(year: 2025, month: 10, day: 21)!)]
        let clerk = Actor(login: "thuky", name: "Thư ký", roles: ["secretariat"])
        let result = queues.queues(for: clerk, models: models, today: today)
        #expect(result.map(\.kind) == [.registrationsToVet, .awaitingInspection, .awaitingProposal, .awaitingDecision])
        #expect(result[0].modelIDs == ["2025-0001"])
        #expect(result[0].oldestWaitDays == 30)
        #expect(result[1].modelIDs == ["2025-0002"], "an inspected model no longer waits for inspection")
        #expect(result[2].oldestWaitDays == 10)
        #expect(result[3].modelIDs.isEmpty)
    }

    @Test func anAppraiserSeesOnlyAppraisalsMissingTheirOwnSheet() {
        var scored = model("2025-0005", "appraisal", enteredOn: Day(year: 2025, month: 9, day: 1)!)
        scored.appraisals = [ScoreSheet(appraiser: "thamdinh1", at: TestSupport.time, scores: [10, 10, 10, 10, 10, 10])]
        let unscored = model("2025-0006", "appraisal", enteredOn: Day(year: 2025, month: 9, day: 1)!)
        let appraiser = Actor(login: "thamdinh1", name: "Nguyễn Văn A", roles: ["appraiser"])
        let result = queues.queues(for: appraiser, models: [scored, unscored], today: Day(year: 2025, month: 10, day: 1)!)
        #expect(result.map(\.kind) == [.missingMySheet])
        #expect(result[0].modelIDs == ["2025-0006"])
    }

    @Test func thePipelineCountsTheYearByStateAndField() {
        var other = model("2024-0001", "registered", enteredOn: Day(year: 2024, month: 1, day: 1)!)
        other.year = 2024
        let counts = queues.pipeline(models: [model("2025-0001", "registered", enteredOn: Day(year: 2025, month: 1, day: 1)!),
                                              model("2025-0002", "registered", enteredOn: Day(year: 2025, month: 1, day: 1)!), other], year: 2025)
        #expect(counts["registered"]?["culture_society"] == 2)
        #expect(counts.count == 1)
    }
}

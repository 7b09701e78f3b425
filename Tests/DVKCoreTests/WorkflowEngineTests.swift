import DVKCore
import DVKTestSupport
import Testing

/// The default workflow of `data/config/workflow.json` run by the engine: every transition,
/// every guard kind refusing and allowing, roles and history entries.
@Suite struct WorkflowEngineTests {
    let configuration: Configuration
    let engine: WorkflowEngine
    let clerk = TestSupport.actor("thuky", roles: ["secretariat"])
    let leader = TestSupport.actor("lanhdao", roles: ["leader"])
    let viewer = TestSupport.actor("khach", roles: ["viewer"])
    let time = TestSupport.time

    init() throws {
        configuration = try TestSupport.configuration()
        engine = configuration.engine
    }

    func fire(_ record: ModelRecord, _ target: String, by actor: Actor? = nil, note: String = "") throws -> ModelRecord {
        try engine.fire(to: target, on: record, by: actor ?? clerk, note: note, at: time)
    }

    func failures(_ record: ModelRecord, _ target: String, by actor: Actor? = nil, note: String = "") -> [GuardFailure] {
        do {
            _ = try fire(record, target, by: actor, note: note)
            return []
        } catch let refused as TransitionRefused {
            return refused.failures
        } catch {
            Issue.record("unexpected error \(error)")
            return []
        }
    }

    /// A model in `appraisal` with one inspection and a sheet worth `points`.
    func underAppraisal(points: [Double] = [14, 13, 18, 22, 13, 9]) throws -> ModelRecord {
        var r = TestSupport.completeModel()
        for step in ["registered", "registration_review", "in_progress", "results_submitted"] { r = try fire(r, step) }
        r.inspectionIds = ["KT-2025-001"]
        r = try fire(r, "appraisal")
        r.appraisals = [ScoreSheet(appraiser: "Nguyễn Văn A", at: time, scores: points)]
        return r
    }

    // MARK: - The whole path

    @Test func aModelWalksFromDraftToAwardedWithAHistoryEntryPerMove() throws {
        var r = try underAppraisal()
        r.recognition = Recognition(level: "district", decisionNumber: "25-QĐ/BCĐ", decisionDate: Day(year: 2025, month: 10, day: 10))
        r = try fire(r, "recognised", by: leader)
        r = try fire(r, "award_proposed")
        r.decisionIds = ["QD-2025-001"]
        r = try fire(r, "awarded")
        #expect(r.state == "awarded")
        #expect(r.history.map(\.to) == ["registered", "registration_review", "in_progress", "results_submitted", "appraisal",
                                        "recognised", "award_proposed", "awarded"])
        #expect(r.history.map(\.from).first == "draft")
        #expect(zip(r.history.dropFirst(), r.history).allSatisfy { $0.from == $1.to })
        #expect(r.history[5].by == "lanhdao")
        #expect(r.history[5].transition == "recognise")
        #expect(r.updated.by == "thuky")
    }

    @Test func everyTransitionOfTheDefaultWorkflowCanFireWhenItsGuardsHold() throws {
        let recognition = Recognition(level: "district", decisionNumber: "1", decisionDate: Day(year: 2025, month: 1, day: 1))
        var fired: Set<String> = []
        for transition in configuration.workflow.transitions {
            let from = transition.from.first { $0 != WorkflowDefinition.anyLiveState } ?? "in_progress"
            var r = TestSupport.completeModel(state: from)
            r.inspectionIds = ["KT-2025-001"]
            r.appraisals = [ScoreSheet(appraiser: "A", at: time, scores: [15, 15, 20, 25, 15, 10])]
            r.recognition = recognition
            r.decisionIds = ["QD-2025-001"]
            let moved = try fire(r, transition.to, by: TestSupport.actor("admin", roles: ["admin"]), note: "lý do")
            #expect(moved.state == transition.to)
            #expect(moved.history.last?.transition == transition.id)
            fired.insert(transition.id)
        }
        #expect(fired.count == configuration.workflow.transitions.count)
        #expect(fired.isSuperset(of: ["submit", "start_review", "accept", "return", "reject", "submit_results", "start_appraisal",
                                      "recognise", "not_recognise", "propose_award", "award", "decline_award", "escalate", "discontinue"]))
    }

    @Test func theStateIdentifiersAreThoseOfTheScriptingContract() {
        #expect(configuration.workflow.states.map(\.id) == ["draft", "registered", "registration_review", "in_progress",
                                                            "results_submitted", "appraisal", "recognised", "not_recognised",
                                                            "award_proposed", "awarded", "rejected", "discontinued"])
        #expect(configuration.problems().isEmpty)
    }

    // MARK: - Guards

    @Test func requiredFieldsRefuseEachMissingFieldByName() {
        var r = TestSupport.completeModel(state: "registered")
        r.personInCharge.name = "  "
        r.objectives = ""
        #expect(failures(r, "registration_review") == [.missingField("personInCharge.name"), .missingField("objectives")])
        #expect(failures(TestSupport.completeModel(state: "registered"), "registration_review").isEmpty)
    }

    @Test func minInspectionsRefusesAppraisalBeforeAnyInspection() {
        var r = TestSupport.completeModel(state: "results_submitted")
        #expect(failures(r, "appraisal") == [.tooFewInspections(have: 0, need: 1)])
        r.inspectionIds = ["KT-2025-001"]
        #expect(failures(r, "appraisal").isEmpty)
    }

    @Test func minScoreSheetsAndScoreBandGuardTheRecognition() throws {
        var r = try underAppraisal()
        r.appraisals = []
        r.recognition = Recognition(level: "district", decisionNumber: "25", decisionDate: Day(year: 2025, month: 10, day: 10))
        let none = failures(r, "recognised", by: leader)
        #expect(none.contains(.tooFewScoreSheets(have: 0, need: 1)))
        #expect(none.contains(.scoreOutsideBands(average: nil, band: nil, allowed: ["outstanding", "recognised"])))
        r.appraisals = [ScoreSheet(appraiser: "A", at: time, scores: [10, 10, 10, 15, 10, 5])]
        #expect(failures(r, "recognised", by: leader) == [.scoreOutsideBands(average: 60, band: "not_recognised", allowed: ["outstanding", "recognised"])])
        r.appraisals.append(ScoreSheet(appraiser: "B", at: time, scores: [14, 14, 16, 20, 12, 8]))
        #expect(failures(r, "recognised", by: leader).isEmpty, "average (60 + 84) / 2 = 72 is in the recognised band")
    }

    @Test func noteRequiredRefusesARejectionWithoutAReason() {
        let r = TestSupport.completeModel(state: "registration_review")
        #expect(failures(r, "rejected", by: leader) == [.noteRequired])
        #expect(failures(r, "rejected", by: leader, note: "   ") == [.noteRequired])
        #expect(failures(r, "rejected", by: leader, note: "Nội dung chung chung").isEmpty)
    }

    @Test func minMonthsSinceStartCountsWholeMonths() throws {
        var workflow = configuration.workflow
        let index = try #require(workflow.transitions.firstIndex { $0.id == "submit_results" })
        workflow.transitions[index].guards = [.minMonthsSinceStart(6)]
        let strict = WorkflowEngine(workflow: workflow, rubric: configuration.rubric)
        var r = TestSupport.completeModel(state: "in_progress")
        let transition = workflow.transitions[index]
        let june = Day(year: 2025, month: 6, day: 12)!
        #expect(strict.failures(of: transition, on: r, by: clerk, note: "", today: june) == [.tooEarly(monthsSinceStart: nil, need: 6)])
        r.startDate = Day(year: 2025, month: 1, day: 13)
        #expect(strict.failures(of: transition, on: r, by: clerk, note: "", today: june) == [.tooEarly(monthsSinceStart: 4, need: 6)])
        r.startDate = Day(year: 2024, month: 12, day: 12)
        #expect(strict.failures(of: transition, on: r, by: clerk, note: "", today: june).isEmpty)
    }

    // MARK: - Roles and impossible moves

    @Test func rolesAreCheckedForEveryTransition() {
        let r = TestSupport.completeModel(state: "registration_review")
        #expect(failures(r, "rejected", by: clerk, note: "x") == [.roleNotAllowed(actorRoles: ["secretariat"], allowed: ["leader", "admin"])])
        #expect(failures(TestSupport.completeModel(), "registered", by: viewer).count == 1)
        let appraiser = TestSupport.actor("thamdinh1", roles: ["appraiser"])
        #expect(failures(TestSupport.completeModel(), "registered", by: appraiser) == [.roleNotAllowed(actorRoles: ["appraiser"], allowed: ["secretariat", "leader", "admin"])])
    }

    @Test func aMoveTheWorkflowDoesNotHaveIsRefusedNamingTheAllowedMoves() {
        let r = TestSupport.completeModel(state: "draft")
        #expect(failures(r, "awarded") == [.noSuchTransition(from: "draft", to: "awarded")])
        let message = GuardFailure.noSuchTransition(from: "draft", to: "awarded")
            .message(.vi, workflow: configuration.workflow, rubric: configuration.rubric, users: configuration.users)
        #expect(message.contains("Đã đăng ký"))
        #expect(message.contains("Dừng thực hiện"))
    }

    @Test func terminalStatesCannotBeDiscontinuedAgain() {
        let r = TestSupport.completeModel(state: "rejected")
        #expect(configuration.workflow.transitions(from: "rejected").isEmpty)
        #expect(failures(r, "discontinued", by: leader, note: "x") == [.noSuchTransition(from: "rejected", to: "discontinued")])
    }

    @Test func movesListsEveryMoveWithItsFailures() {
        let r = TestSupport.completeModel(state: "registration_review")
        let moves = engine.moves(for: r, by: clerk, today: time.utcDay)
        #expect(moves.map(\.transition.to) == ["in_progress", "registered", "rejected", "discontinued"])
        #expect(moves.filter(\.isAllowed).map(\.transition.id) == ["accept"])
    }

    @Test func guardMessagesExistInBothLanguages() {
        let all: [GuardFailure] = [.roleNotAllowed(actorRoles: ["viewer"], allowed: ["leader"]), .missingField("personInCharge.name"),
                                   .tooFewInspections(have: 0, need: 1), .tooFewScoreSheets(have: 1, need: 3),
                                   .scoreOutsideBands(average: 60, band: "not_recognised", allowed: ["recognised"]), .noteRequired,
                                   .tooEarly(monthsSinceStart: 2, need: 6)]
        for failure in all {
            let vi = failure.message(.vi, workflow: configuration.workflow, rubric: configuration.rubric, users: configuration.users)
            let en = failure.message(.en, workflow: configuration.workflow, rubric: configuration.rubric, users: configuration.users)
            #expect(vi != en)
            #expect(!vi.isEmpty && !en.isEmpty)
        }
        let missing = GuardFailure.missingField("personInCharge.name")
            .message(.vi, workflow: configuration.workflow, rubric: configuration.rubric, users: configuration.users)
        #expect(missing.contains("Người phụ trách – họ tên"))
    }
}

/// Vetting a registration through the engine records its outcome and opinion.
@Suite struct RegistrationReviewTests {
    @Test func returningARegistrationRecordsTheOutcomeAndTheOpinion() throws {
        let configuration = try TestSupport.configuration()
        let record = TestSupport.completeModel(id: "2025-0001", state: "registration_review")
        let clerk = TestSupport.actor("thuky", roles: ["secretariat"])
        let returned = try configuration.engine.fire(to: "registered", on: record, by: clerk, note: "Bổ sung chỉ tiêu", at: TestSupport.time)
        #expect(returned.registrationReview == RegistrationReview(at: TestSupport.time, by: "thuky", outcome: "returned", opinion: "Bổ sung chỉ tiêu"))
        let accepted = try configuration.engine.fire(to: "in_progress", on: record, by: clerk, note: "", at: TestSupport.time)
        #expect(accepted.registrationReview?.outcome == "accepted")
        let inProgress = try configuration.engine.fire(to: "results_submitted", on: accepted, by: clerk, note: "", at: TestSupport.time)
        #expect(inProgress.registrationReview == accepted.registrationReview, "other moves leave the vetting alone")
    }
}

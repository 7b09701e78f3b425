import DVKCore
import DVKTestSupport
import Testing

/// The award rules shared by the screens and the command line: forms per level and track,
/// default issuers, the moves to a decision's status, double awards, batches.
@Suite struct AwardRulesTests {
    let configuration: Configuration
    init() throws { configuration = try TestSupport.configuration() }

    func decision(_ id: String, status: String, year: Int = 2025, recipients: [String] = []) -> AwardDecision {
        var d = AwardDecision(id: id, number: id + "/QĐ", year: year, created: Stamp(at: TestSupport.time, by: "thuky"))
        d.status = status
        d.form = "giay_khen"
        d.level = "district"
        d.track = "government"
        d.recipients = recipients.map { AwardRecipient(modelId: $0, name: $0, subject: "collective") }
        return d
    }

    @Test func formsOfferedFollowTheLevelAndTrackOfTheConfiguration() {
        let district = configuration.lists.awardForms(level: "district", track: "party").map(\.id)
        #expect(district.contains("giay_khen") && !district.contains("bang_khen"))
        let province = configuration.lists.awardForms(level: "province", track: "government").map(\.id)
        #expect(province.contains("bang_khen") && !province.contains("giay_khen"))
    }

    @Test func thePartyTrackGetsAPartyIssuer() {
        #expect(configuration.headers.defaultIssuer(track: "party", level: "district")?.layout == "party")
        #expect(configuration.headers.defaultIssuer(track: "government", level: "district")?.layout == "state")
    }

    @Test func stepsBringAModelToTheDecisionStatus() {
        #expect(AwardRules.steps(from: "recognised", issued: false) == ["award_proposed"])
        #expect(AwardRules.steps(from: "recognised", issued: true) == ["award_proposed", "awarded"])
        #expect(AwardRules.steps(from: "award_proposed", issued: true) == ["awarded"])
        #expect(AwardRules.steps(from: "awarded", issued: false) == ["award_proposed"], "an escalation")
    }

    @Test func anEarlierIssuedAwardOfTheSameYearIsFoundButNotAProposalOrAnotherYear() {
        var model = TestSupport.completeModel(id: "2025-0001", state: "awarded")
        model.decisionIds = ["QD-1", "QD-2", "QD-3"]
        let decisions = [decision("QD-1", status: AwardDecision.statusAwarded), decision("QD-2", status: AwardDecision.statusProposed),
                         decision("QD-3", status: AwardDecision.statusAwarded, year: 2024), decision("QD-4", status: AwardDecision.statusAwarded)]
        #expect(AwardRules.earlierAwards(of: model, year: 2025, decisions: decisions, excluding: "QD-4").map(\.id) == ["QD-1"])
        #expect(AwardRules.earlierAwards(of: model, year: 2025, decisions: decisions, excluding: "QD-1").isEmpty)
    }

    @Test func aBatchMovesTheAllowedModelsAndListsTheRefused() throws {
        let leader = TestSupport.actor("lanhdao", roles: ["leader"])
        let batch = AwardBatch(engine: configuration.engine, lists: configuration.lists, actor: leader)
        let recognised = TestSupport.completeModel(id: "2025-0001", state: "recognised")
        let draft = TestSupport.completeModel(id: "2025-0002", state: "draft")
        let proposal = decision("QD-9", status: AwardDecision.statusProposed)
        let added = batch.add([recognised, draft], to: proposal, note: "", at: TestSupport.time)
        #expect(added.moved.map(\.id) == ["2025-0001"])
        #expect(added.moved.first?.state == "award_proposed")
        #expect(added.moved.first?.decisionIds == ["QD-9"])
        #expect(added.refused.map(\.recordID) == ["2025-0002"])
        #expect(added.decision.recipients.compactMap(\.modelId) == ["2025-0001"])

        let issued = try batch.issue(added.decision, number: "15/QĐ-UBND", date: Day(year: 2025, month: 6, day: 1)!,
                                     signer: Signer(mode: "TM.", title: "CHỦ TỊCH", name: "Hà Đức Tập"), records: added.moved,
                                     decisions: [], at: TestSupport.time)
        #expect(issued.decision.status == AwardDecision.statusAwarded)
        #expect(issued.decision.number == "15/QĐ-UBND")
        #expect(issued.moved.map(\.state) == ["awarded"])
    }

    @Test func aDecisionIsIssuedOnlyWithANumberADateAndTheRoleOfTheAwardMove() throws {
        let day = Day(year: 2025, month: 6, day: 1)
        let today = TestSupport.time.utcDay
        var proposal = decision("QD-9", status: AwardDecision.statusProposed, recipients: ["2025-0001"])
        proposal.number = ""
        var model = TestSupport.completeModel(id: "2025-0001", state: "award_proposed")
        model.decisionIds = ["QD-9"]
        let clerk = AwardBatch(engine: configuration.engine, lists: configuration.lists, actor: TestSupport.actor("thuky", roles: ["secretariat"]))
        #expect(clerk.issueProblems(proposal, number: "  ", date: day, decisions: [], today: today) == [.missingNumber])
        #expect(clerk.issueProblems(proposal, number: "15/QĐ-UBND", date: nil, decisions: [], today: today) == [.missingDate])
        #expect(clerk.issueProblems(proposal, number: "", date: nil, decisions: [], today: today) == [.missingNumber, .missingDate])
        let other = decision("QD-1", status: AwardDecision.statusAwarded)
        #expect(clerk.issueProblems(proposal, number: "qd-1/qđ", date: day, decisions: [other, proposal], today: today) == [.numberTaken("qd-1/qđ", by: "QD-1")])
        #expect(clerk.issueProblems(proposal, number: "15/QĐ-UBND", date: Day(year: 2026, month: 12, day: 1), decisions: [], today: today)
            == [.futureDate(Day(year: 2026, month: 12, day: 1)!)], "a decision dated a year ahead is a slip")
        #expect(throws: IssueRefused.self) {
            try clerk.issue(proposal, number: "", date: day, signer: Signer(), records: [model], decisions: [], at: TestSupport.time)
        }
        let viewer = AwardBatch(engine: configuration.engine, lists: configuration.lists, actor: TestSupport.actor("khach", roles: ["viewer"]))
        let forbidden = viewer.issueProblems(proposal, number: "15/QĐ-UBND", date: day, decisions: [], today: today)
        #expect(forbidden == [.forbidden(.roleNotAllowed(actorRoles: ["viewer"], allowed: ["secretariat", "leader", "admin"]))])

        var leadersOnly = configuration.workflow
        leadersOnly.transitions = leadersOnly.transitions.map { move in
            var move = move
            if move.id == "award" { move.roles = ["leader"] }
            return move
        }
        let strict = AwardBatch(engine: WorkflowEngine(workflow: leadersOnly, rubric: configuration.rubric), lists: configuration.lists,
                                actor: TestSupport.actor("thuky", roles: ["secretariat"]))
        var free = proposal
        free.recipients = [AwardRecipient(name: "Nguyễn Thị Hoa", subject: "individual")]
        #expect(strict.issueProblems(free, number: "15/QĐ-UBND", date: day, decisions: [], today: today).count == 1,
                "the workflow's role is checked even without a model to move")
        let issued = try clerk.issue(proposal, number: " 15/QĐ-UBND ", date: day, signer: Signer(), records: [model], decisions: [], at: TestSupport.time)
        #expect(issued.decision.number == "15/QĐ-UBND")
        #expect(issued.moved.map(\.state) == ["awarded"])
    }

    @Test func aSubmittedSheetIsRecordedInTheHistoryAndAScoreAboveTheMaximumIsRefused() throws {
        let rubric = configuration.rubric
        #expect(rubric.othersHiddenUntilOwnSheet)
        var users = configuration.users
        users.users = [.init(login: "tham.dinh", name: "Nguyễn Văn A", roles: ["appraiser"]), .init(login: "b", name: "B", roles: ["appraiser"])]
        let model = TestSupport.completeModel(id: "2025-0001", state: "appraisal")
        let sheet = ScoreSheet(at: TestSupport.time, scores: [14, 13, 18, 22, 13, 9], comments: ["results": " tốt "])
        let scored = try rubric.submitting(sheet, to: model, by: users.actor(login: "tham.dinh"), users: users)
        #expect(scored.appraisals.count == 1)
        #expect(scored.appraisals[0].comments == ["results": "tốt"])
        #expect(scored.history.last?.transition == "appraise")
        #expect(scored.history.last?.note == "tham.dinh", "the score stays on the sheet, out of the history others read")
        #expect(throws: ScoreSheetRefused.self) { try rubric.submitting(sheet, to: scored, by: users.actor(login: "tham.dinh"), users: users) }
        let tooHigh = ScoreSheet(at: TestSupport.time, scores: [16, 13, 18, 22, 13, 9])
        #expect(throws: ScoreSheetRefused.self) { try rubric.submitting(tooHigh, to: model, by: users.actor(login: "b"), users: users) }
    }
}

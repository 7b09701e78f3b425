import DVKCore
import DVKTestSupport
import Foundation
import Testing

@Suite struct ScoringTests {
    let rubric: Rubric

    init() throws { rubric = try TestSupport.configuration().rubric }

    func sheet(_ scores: [Double], by name: String = "A", pass: Bool? = nil) -> ScoreSheet {
        ScoreSheet(appraiser: name, at: TestSupport.time, scores: scores, pass: pass)
    }

    @Test func theDefaultRubricHasSixCriteriaWorthAHundredPoints() {
        #expect(rubric.criteria.count == 6)
        #expect(rubric.maxTotal == 100)
    }

    @Test func theAverageDecidesTheBand() {
        #expect(ScoreSummary(sheets: [sheet([14, 13, 18, 22, 13, 9])], rubric: rubric).band == "outstanding")
        #expect(ScoreSummary(sheets: [sheet([15, 15, 20, 25, 0, 0])], rubric: rubric).band == "recognised", "75 points")
        let mixed = ScoreSummary(sheets: [sheet([15, 15, 20, 25, 15, 10]), sheet([10, 10, 10, 10, 10, 0], by: "B")], rubric: rubric)
        #expect(mixed.average == 75)
        #expect(mixed.band == "recognised")
        #expect(ScoreSummary(sheets: [sheet([10, 10, 10, 10, 10, 9])], rubric: rubric).band == "not_recognised")
        #expect(ScoreSummary(sheets: [], rubric: rubric).band == nil)
    }

    @Test func bandEdgesAreInclusive() {
        let seventy = ScoreSummary(sheets: [sheet([15, 15, 20, 20, 0, 0])], rubric: rubric)
        #expect(seventy.average == 70)
        #expect(seventy.band == "recognised")
        #expect(ScoreSummary(sheets: [sheet([15, 15, 20, 19, 0, 0])], rubric: rubric).band == "not_recognised", "69 points")
        let eightyFive = ScoreSummary(sheets: [sheet([15, 15, 20, 25, 0, 0]), sheet([15, 15, 20, 25, 15, 5], by: "B")], rubric: rubric)
        #expect(eightyFive.average == 85, "(75 + 95) / 2")
        #expect(eightyFive.band == "outstanding")
        #expect(ScoreSummary(sheets: [sheet([15, 15, 20, 25, 9, 0])], rubric: rubric).band == "recognised", "84 points")
    }

    @Test func aSheetAboveACriterionMaximumOrWithTheWrongCountIsRefused() {
        #expect(rubric.problems(with: sheet([16, 13, 18, 22, 13, 9]), existing: []).count == 1)
        #expect(rubric.problems(with: sheet([-1, 13, 18, 22, 13, 9]), existing: []).count == 1)
        #expect(rubric.problems(with: sheet([14, 13, 18]), existing: []) == [.wrongCount(expected: 6, got: 3)])
        #expect(rubric.problems(with: sheet([14, 13, 18, 22, 13, 9]), existing: []).isEmpty)
    }

    @Test func oneAppraiserGetsOneSheetPerModel() {
        let first = sheet([14, 13, 18, 22, 13, 9], by: "Nguyễn Văn A")
        #expect(rubric.problems(with: sheet([10, 10, 10, 10, 10, 10], by: "nguyen van a"), existing: [first]) == [.duplicateAppraiser("nguyen van a")])
    }

    /// A committee of one secretary, two appraisers, a leader and a viewer.
    func committee() throws -> UsersConfig {
        var users = try TestSupport.configuration().users
        users.users = [.init(login: "thuky", name: "Trần Thị Thư", roles: ["secretariat"]),
                       .init(login: "td1", name: "Nguyễn Văn A", roles: ["appraiser"]),
                       .init(login: "td2", name: "Lê Thị B", roles: ["appraiser"]),
                       .init(login: "lanhdao", name: "Hà Đức Tập", roles: ["leader"]),
                       .init(login: "xem", name: "Người xem", roles: ["viewer"])]
        return users
    }

    func refusal(_ body: () throws -> ModelRecord) -> [ScoreProblem] {
        do {
            _ = try body()
            return []
        } catch let refused as ScoreSheetRefused {
            return refused.problems
        } catch {
            return [.missingVote]
        }
    }

    @Test func aSheetIsFiledUnderTheActingUserWhateverItsAppraiserSays() throws {
        let users = try committee()
        let model = TestSupport.completeModel(state: "appraisal")
        let borrowed = ScoreSheet(appraiser: "td2", at: TestSupport.time, scores: [14, 13, 18, 22, 13, 9])
        let scored = try rubric.submitting(borrowed, to: model, by: users.actor(login: "td1"), users: users)
        #expect(scored.appraisals.map(\.appraiser) == ["td1"])
        #expect(scored.appraisals[0].enteredBy == nil)
        #expect(scored.history.last?.by == "td1")
        let again = try rubric.submitting(borrowed, to: scored, by: users.actor(login: "td2"), users: users)
        #expect(again.appraisals.map(\.appraiser) == ["td1", "td2"], "the real td2 is not refused as already submitted")
        #expect(refusal { try rubric.submitting(borrowed, to: model, by: users.actor(login: "xem"), users: users) } == [.cannotAppraise("xem")])
        #expect(refusal { try rubric.submitting(borrowed, to: model, by: users.actor(login: "thuky"), users: users) } == [.cannotAppraise("thuky")])
    }

    @Test func theSecretariatEntersAPaperSheetForAnAppraiserOnce() throws {
        let users = try committee()
        let model = TestSupport.completeModel(state: "appraisal")
        let paper = ScoreSheet(at: TestSupport.time, scores: [14, 13, 18, 22, 13, 9])
        let clerk = users.actor(login: "thuky")
        let entered = try rubric.submitting(paper, to: model, by: clerk, for: "td1", users: users)
        #expect(entered.appraisals[0].appraiser == "td1")
        #expect(entered.appraisals[0].enteredBy == "thuky")
        #expect(entered.history.last?.by == "thuky")
        #expect(entered.history.last?.note == "thuky nhập phiếu giấy cho td1", "entered by X for Y")
        #expect(refusal { try rubric.submitting(paper, to: entered, by: clerk, for: "td1", users: users) } == [.duplicateAppraiser("td1")])
        #expect(refusal { try rubric.submitting(paper, to: entered, by: users.actor(login: "td1"), users: users) } == [.duplicateAppraiser("td1")],
                "the appraiser cannot add a second sheet of their own")
    }

    @Test func onlyTheSecretariatEntersForOthersAndOnlyForAppraisers() throws {
        let users = try committee()
        let model = TestSupport.completeModel(state: "appraisal")
        let paper = ScoreSheet(at: TestSupport.time, scores: [14, 13, 18, 22, 13, 9])
        #expect(refusal { try rubric.submitting(paper, to: model, by: users.actor(login: "td2"), for: "td1", users: users) }
                == [.cannotEnterForOthers("td2")])
        #expect(refusal { try rubric.submitting(paper, to: model, by: users.actor(login: "lanhdao"), for: "td1", users: users) }
                == [.cannotEnterForOthers("lanhdao")])
        let clerk = users.actor(login: "thuky")
        #expect(refusal { try rubric.submitting(paper, to: model, by: clerk, for: "xem", users: users) } == [.notAnAppraiser("xem")])
        #expect(refusal { try rubric.submitting(paper, to: model, by: clerk, for: "Nguyễn Văn A", users: users) } == [.notAnAppraiser("Nguyễn Văn A")],
                "a name is not a login")
        let own = try rubric.submitting(paper, to: model, by: users.actor(login: "td1"), for: "td1", users: users)
        #expect(own.appraisals[0].enteredBy == nil, "--for oneself is one's own sheet")
    }

    @Test func aSheetFiledUnderTheAppraisersNameStillCountsAsTheirs() throws {
        let users = try committee()
        var model = TestSupport.completeModel(state: "appraisal")
        model.appraisals = [sheet([14, 13, 18, 22, 13, 9], by: "Nguyễn Văn A")]
        #expect(refusal { try rubric.submitting(sheet([10, 10, 10, 10, 10, 10]), to: model, by: users.actor(login: "td1"), users: users) }
                == [.duplicateAppraiser("td1")])
    }

    @Test func enteredByIsOmittedFromTheJSONUnlessSetAndOldSheetsStillDecode() throws {
        let own = String(decoding: try JSONEncoder().encode(sheet([1], by: "td1")), as: UTF8.self)
        #expect(!own.contains("enteredBy"))
        var paper = sheet([1], by: "td1")
        paper.enteredBy = "thuky"
        let decoded = try JSONDecoder().decode(ScoreSheet.self, from: try JSONEncoder().encode(paper))
        #expect(decoded.enteredBy == "thuky")
        let old = #"{"appraiser": "Nguyễn Văn A", "at": "2025-06-12T00:00:00Z", "scores": [14, 13]}"#
        #expect(try JSONDecoder().decode(ScoreSheet.self, from: Data(old.utf8)).enteredBy == nil)
    }

    @Test func blindScoringHidesOthersSheetsFromAnAppraiserUntilTheirOwnIsIn() throws {
        let users = try committee()
        let sheets = [sheet([14, 13, 18, 22, 13, 9], by: "td2")]
        let before = AppraisalView(of: sheets, for: users.actor(login: "td1"), rubric: rubric, users: users)
        #expect(before.isHidden)
        #expect(before.sheetCount == 1)
        #expect(before.sheets.isEmpty)
        #expect(before.summary == nil, "no average, no band")
        #expect(before.hiddenNote?.vi.contains("sau khi bạn nộp phiếu") == true)
        let after = AppraisalView(of: sheets + [sheet([10, 10, 10, 10, 10, 10], by: "td1")], for: users.actor(login: "td1"), rubric: rubric, users: users)
        #expect(!after.isHidden)
        #expect(after.sheets.count == 2)
        #expect(after.summary?.average == 74.5)
        let byName = AppraisalView(of: sheets + [sheet([10, 10, 10, 10, 10, 10], by: "Nguyễn Văn A")], for: users.actor(login: "td1"),
                                   rubric: rubric, users: users)
        #expect(!byName.isHidden, "a sheet filed under the appraiser's name is theirs")
    }

    @Test func blindScoringShowsTheFileKeepersEverythingAndReadOnlyUsersOnlyTheCount() throws {
        let users = try committee()
        let sheets = [sheet([14, 13, 18, 22, 13, 9], by: "td2")]
        for keeper in ["thuky", "lanhdao"] {
            let view = AppraisalView(of: sheets, for: users.actor(login: keeper), rubric: rubric, users: users)
            #expect(!view.isHidden, "\(keeper) keeps the file or recognises")
            #expect(view.summary?.band == "outstanding")
        }
        for reader in ["xem", "khach"] {
            let view = AppraisalView(of: sheets, for: users.actor(login: reader), rubric: rubric, users: users)
            #expect(view.isHidden, "\(reader) may only read")
            #expect(view.sheetCount == 1)
            #expect(view.hiddenNote?.en.contains("blind scoring") == true)
        }
        var open = rubric
        open.othersHiddenUntilOwnSheet = false
        #expect(!AppraisalView(of: sheets, for: users.actor(login: "td1"), rubric: open, users: users).isHidden)
        #expect(!AppraisalView(of: sheets, for: users.actor(login: "khach"), rubric: open, users: users).isHidden)
        var model = TestSupport.completeModel(state: "appraisal")
        model.appraisals = sheets
        #expect(model.seen(through: AppraisalView(of: sheets, for: users.actor(login: "td1"), rubric: rubric, users: users)).appraisals.isEmpty)
    }

    @Test func passFailModeDecidesByStrictMajority() {
        var voting = rubric
        voting.mode = .passFail
        let two = [sheet([], by: "A", pass: true), sheet([], by: "B", pass: false)]
        #expect(ScoreSummary(sheets: two, rubric: voting).band == "not_recognised")
        #expect(ScoreSummary(sheets: two + [sheet([], by: "C", pass: true)], rubric: voting).band == "recognised")
        #expect(voting.problems(with: sheet([], by: "D"), existing: []) == [.missingVote])
    }
}

import DVKCore
import DVKTestSupport
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

    @Test func passFailModeDecidesByStrictMajority() {
        var voting = rubric
        voting.mode = .passFail
        let two = [sheet([], by: "A", pass: true), sheet([], by: "B", pass: false)]
        #expect(ScoreSummary(sheets: two, rubric: voting).band == "not_recognised")
        #expect(ScoreSummary(sheets: two + [sheet([], by: "C", pass: true)], rubric: voting).band == "recognised")
        #expect(voting.problems(with: sheet([], by: "D"), existing: []) == [.missingVote])
    }
}

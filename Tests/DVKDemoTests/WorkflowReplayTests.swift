import Foundation
import Testing
import DVKCore
@testable import DVKDemo

/// Every history is one the workflow engine allows, replayed with the recorded users on the record
/// as it stood at each step; appraisals, recognitions and stamps agree with the history.
@Suite struct WorkflowReplayTests {
    @Test func everyHistoryIsAChainEndingInTheState() throws {
        let fixture = try DemoFixture.get()
        let initial = fixture.configuration.workflow.initial
        for model in fixture.set.models {
            var state = initial
            for entry in model.history {
                #expect(entry.from == state, "\(model.id) \(entry.transition)")
                state = entry.to
            }
            #expect(state == model.state, "\(model.id)")
            let times = model.history.map(\.at)
            #expect(zip(times, times.dropFirst()).allSatisfy { $0 < $1 }, "\(model.id) history out of order")
        }
    }

    /// The record as it stood at `time`: sheets, rounds, decisions and recognition added later removed.
    private func snapshot(_ model: ModelRecord, at time: Timestamp, rounds: [String: InspectionRound],
                          decisions: [String: AwardDecision]) -> ModelRecord {
        var record = model
        record.appraisals = model.appraisals.filter { $0.at <= time }
        record.inspectionIds = model.inspectionIds.filter { (rounds[$0]?.created.at).map { $0 <= time } ?? false }
        record.decisionIds = model.decisionIds.filter { (decisions[$0]?.created.at).map { $0 <= time } ?? false }
        if let day = model.recognition?.decisionDate, time.utcDay < day { record.recognition = nil }
        return record
    }

    @Test func replayingEveryHistoryWithTheEngineSucceeds() throws {
        let fixture = try DemoFixture.get()
        let engine = fixture.configuration.engine
        let rounds = Dictionary(uniqueKeysWithValues: fixture.set.inspections.map { ($0.id, $0) })
        let decisions = Dictionary(uniqueKeysWithValues: fixture.set.decisions.map { ($0.id, $0) })
        for model in fixture.set.models {
            var state = fixture.configuration.workflow.initial
            var history: [HistoryEntry] = []
            for entry in model.history {
                var record = snapshot(model, at: entry.at, rounds: rounds, decisions: decisions)
                record.state = state
                record.history = history
                do {
                    let moved = try engine.fire(to: entry.to, on: record, by: DemoFixture.user(entry.by, in: fixture.set),
                                                note: entry.note, at: entry.at)
                    state = moved.state
                    history = moved.history
                } catch let refused as TransitionRefused {
                    Issue.record("\(model.id) \(entry.transition): \(refused.failures)")
                    break
                }
            }
            #expect(history == model.history, "\(model.id)")
        }
    }

    @Test func stampsAgreeWithTheHistory() throws {
        for m in try DemoFixture.get().set.models {
            #expect(m.revision == 1)
            #expect(m.created.by == "thuky")
            if let first = m.history.first { #expect(m.created.at < first.at, "\(m.id)") }
            let last = m.history.last?.at ?? m.created.at
            #expect(m.updated.at >= last, "\(m.id)")
            let edits = m.appraisals.map(\.at) + [last]
            #expect(m.updated.at >= edits.max() ?? last, "\(m.id)")
            #expect(m.updated.at <= Timestamp(day: DemoGenerator.referenceDay, offsetSeconds: 43_200), "\(m.id)")
        }
    }

    @Test func appraisedModelsHaveSheetsInTheRightBand() throws {
        let fixture = try DemoFixture.get()
        let rubric = fixture.configuration.rubric
        for m in fixture.set.models {
            var earlier: [ScoreSheet] = []
            for sheet in m.appraisals {
                #expect(rubric.problems(with: sheet, existing: earlier).isEmpty, "\(m.id)")
                earlier.append(sheet)
            }
            let summary = ScoreSummary(sheets: m.appraisals, rubric: rubric)
            let recognisedOnce = m.history.contains { $0.to == "recognised" }
            if recognisedOnce || ["recognised", "awarded", "award_proposed"].contains(m.state) {
                #expect(!m.appraisals.isEmpty, "\(m.id)")
                #expect(["outstanding", "recognised"].contains(summary.band ?? ""), "\(m.id) \(summary)")
                let recognition = try #require(m.recognition, "\(m.id)")
                #expect(!recognition.decisionNumber.isEmpty && !recognition.body.isEmpty && recognition.decisionDate != nil)
                #expect(recognition.outstanding == (summary.band == "outstanding"), "\(m.id)")
                #expect(recognition.level == m.level)
            } else {
                #expect(m.recognition == nil, "\(m.id)")
            }
            if m.state == "not_recognised" {
                #expect(summary.band == "not_recognised", "\(m.id) \(summary)")
            }
            if !m.history.contains(where: { $0.to == "appraisal" }) { #expect(m.appraisals.isEmpty, "\(m.id)") }
        }
        let bands = Set(fixture.set.models.compactMap { ScoreSummary(sheets: $0.appraisals, rubric: rubric).band })
        #expect(bands == ["outstanding", "recognised", "not_recognised"])
    }

    @Test func notesAndReviewsAreWritten() throws {
        let models = try DemoFixture.get().set.models
        for m in models {
            for entry in m.history where ["return", "reject", "not_recognise", "decline_award", "discontinue"].contains(entry.transition) {
                #expect(!entry.note.isEmpty, "\(m.id) \(entry.transition)")
            }
            if let review = m.history.last(where: { ["accept", "return", "reject"].contains($0.transition) }) {
                let outcome = ["accept": "accepted", "return": "returned", "reject": "rejected"][review.transition]
                #expect(m.registrationReview?.outcome == outcome && m.registrationReview?.at == review.at, "\(m.id)")
            }
        }
        let transitions = Set(models.flatMap { $0.history.map(\.transition) })
        #expect(transitions.isSuperset(of: ["return", "reject", "decline_award", "escalate", "discontinue", "not_recognise"]))
    }
}

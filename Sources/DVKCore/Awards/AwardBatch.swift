/// Adds a batch of models to an award decision, or issues a proposed decision, through the
/// workflow engine: every model is moved on (or refused with the guards that failed) and the
/// decision's recipients follow. Pure: the caller saves the decision and the moved models in
/// one commit.
public struct AwardBatch: Sendable {
    /// What a batch produced: the decision as it should be saved, the models moved, and the
    /// models left out with the reason.
    public struct Result: Sendable {
        public var decision: AwardDecision
        public var moved: [ModelRecord]
        public var refused: [TransitionRefused]
    }

    public let engine: WorkflowEngine
    public let lists: ListCatalog
    public let actor: Actor

    public init(engine: WorkflowEngine, lists: ListCatalog, actor: Actor) {
        self.engine = engine
        self.lists = lists
        self.actor = actor
    }

    /// Adds `records` to `decision`: each is linked to it, moved to its status (proposed or
    /// awarded) and listed as a recipient. Models already on the decision are skipped.
    public func add(_ records: [ModelRecord], to decision: AwardDecision, note: String, at time: Timestamp) -> Result {
        var result = Result(decision: decision, moved: [], refused: [])
        let issued = decision.status == AwardDecision.statusAwarded
        for record in records where !result.decision.recipients.contains(where: { $0.modelId == record.id }) {
            var moved = record
            if !moved.decisionIds.contains(decision.id) { moved.decisionIds.append(decision.id) }
            do {
                for step in AwardRules.steps(from: record.state, issued: issued) {
                    moved = try engine.fire(to: step, on: moved, by: actor, note: note.isEmpty ? decision.number : note, at: time)
                }
            } catch let refused as TransitionRefused {
                result.refused.append(refused)
                continue
            } catch {
                continue
            }
            result.decision.recipients.append(AwardRules.recipient(for: record, lists: lists))
            result.moved.append(moved)
        }
        return result
    }

    /// What stops `actor` from issuing `decision` with `number` and `date`: a blank number, no
    /// date, a date after `today` (a decision is signed, not planned), a number another of
    /// `decisions` already carries, or a role the workflow's move from
    /// award proposed to awarded does not name (checked even for a decision without model
    /// recipients, which the engine never sees). Empty when it may be issued.
    public func issueProblems(_ decision: AwardDecision, number: String, date: Day?, decisions: [AwardDecision], today: Day) -> [IssueProblem] {
        var problems: [IssueProblem] = []
        let from = "award_proposed", to = "awarded"
        if let move = engine.workflow.transitions(from: from).first(where: { $0.to == to }) {
            if let failure = engine.roleFailure(of: move, by: actor) { problems.append(.forbidden(failure)) }
        } else {
            problems.append(.forbidden(.noSuchTransition(from: from, to: to)))
        }
        let clean = VietnameseText.cleanField(number)
        if clean.isEmpty { problems.append(.missingNumber) }
        if date == nil { problems.append(.missingDate) }
        if let date, date > today { problems.append(.futureDate(date)) }
        let key = VietnameseText.matchKey(clean)
        if !clean.isEmpty, let other = decisions.first(where: { $0.id != decision.id && VietnameseText.matchKey($0.number) == key }) {
            problems.append(.numberTaken(clean, by: other.id))
        }
        return problems
    }

    /// Issues a proposed decision: its number, date and signer recorded, its status awarded,
    /// and every recipient model moved to `awarded`. Throws ``IssueRefused`` with every one of
    /// `issueProblems` first. A recipient the engine refuses (one no longer proposed, say) is
    /// listed in `refused`; the caller then saves nothing, so a list is never printed with
    /// people who were not awarded.
    public func issue(_ decision: AwardDecision, number: String, date: Day?, signer: Signer, records: [ModelRecord],
                      decisions: [AwardDecision], at time: Timestamp) throws -> Result {
        let problems = issueProblems(decision, number: number, date: date, decisions: decisions, today: time.utcDay)
        guard problems.isEmpty, let date else { throw IssueRefused(problems: problems) }
        var issued = decision
        issued.number = VietnameseText.cleanField(number)
        issued.date = date
        issued.signer = Signer(mode: signer.mode, title: VietnameseText.cleanField(signer.title), name: VietnameseText.cleanField(signer.name))
        issued.status = AwardDecision.statusAwarded
        issued.updated = Stamp(at: time, by: actor.login)
        var result = Result(decision: issued, moved: [], refused: [])
        let recipients = Set(decision.recipients.compactMap(\.modelId))
        for record in records where recipients.contains(record.id) {
            do {
                result.moved.append(try engine.fire(to: "awarded", on: record, by: actor, note: issued.number, at: time))
            } catch let refused as TransitionRefused {
                result.refused.append(refused)
            } catch {
                continue
            }
        }
        return result
    }
}

/// Why a decision may not be issued.
public enum IssueProblem: Sendable, Hashable {
    case missingNumber
    case missingDate
    case futureDate(Day)
    case numberTaken(String, by: String)
    /// The acting user's role may not make the award move (or the workflow has none).
    case forbidden(GuardFailure)

    /// The problem in plain words; a refused role is worded by `GuardFailure.message`.
    public func message(_ language: Language, workflow: WorkflowDefinition, rubric: Rubric, users: UsersConfig) -> String {
        switch (self, language) {
        case (.missingNumber, .vi): return "quyết định cần có số quyết định trước khi ban hành"
        case (.missingNumber, .en): return "the decision needs its number before it is issued"
        case (.missingDate, .vi): return "quyết định cần có ngày ký trước khi ban hành"
        case (.missingDate, .en): return "the decision needs its date before it is issued"
        case (.futureDate(let day), .vi): return "ngày ký \(day.vietnamese) chưa tới: quyết định phải ký rồi mới ban hành (kiểm tra năm, tháng)"
        case (.futureDate(let day), .en): return "the signing date \(day.vietnamese) has not come yet: a decision is issued once signed (check the year and month)"
        case (.numberTaken(let number, let id), .vi): return "số «\(number)» đã dùng cho \(id)"
        case (.numberTaken(let number, let id), .en): return "number «\(number)» is already used by \(id)"
        case (.forbidden(let failure), _): return failure.message(language, workflow: workflow, rubric: rubric, users: users)
        }
    }
}

/// A decision refused before issuing, with every problem found.
public struct IssueRefused: Error, Sendable {
    public var problems: [IssueProblem]

    /// Whether the acting user may not issue it at all (not a missing or wrong value).
    public var isForbidden: Bool {
        problems.contains { if case .forbidden = $0 { return true } else { return false } }
    }
}

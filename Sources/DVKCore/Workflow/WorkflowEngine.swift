/// Runs the workflow of `config/workflow.json` on model records: which moves exist from a state,
/// which guards fail, and firing a move (state change plus a history entry). The one engine the
/// CLI, the TUI and imports share; it never reads the clock or the disk.
public struct WorkflowEngine: Sendable {
    public let workflow: WorkflowDefinition
    public let rubric: Rubric

    public init(workflow: WorkflowDefinition, rubric: Rubric) {
        self.workflow = workflow
        self.rubric = rubric
    }

    /// A move offered from a record's state, with the guards that would refuse it now.
    public struct Move: Sendable, Hashable {
        public var transition: WorkflowDefinition.Transition
        public var failures: [GuardFailure]
        public var isAllowed: Bool { failures.isEmpty }
    }

    /// Every move from the record's state, allowed or not, checked for `actor` and `note`.
    /// `today` is the day guards on elapsed time count to.
    public func moves(for record: ModelRecord, by actor: Actor, note: String = "", today: Day) -> [Move] {
        workflow.transitions(from: record.state).map {
            Move(transition: $0, failures: failures(of: $0, on: record, by: actor, note: note, today: today))
        }
    }

    /// The guards of `transition` that fail for this record, actor and note.
    public func failures(of transition: WorkflowDefinition.Transition, on record: ModelRecord, by actor: Actor,
                         note: String, today: Day) -> [GuardFailure] {
        var failures: [GuardFailure] = roleFailure(of: transition, by: actor).map { [$0] } ?? []
        var json: JSONValue?
        for guardRule in transition.guards {
            switch guardRule {
            case .requiredFields(let keys):
                if json == nil { json = try? JSONValue(encoding: record) }
                for key in keys where json?.value(at: key)?.isFilled != true {
                    failures.append(.missingField(key))
                }
            case .minInspections(let need):
                if record.inspectionIds.count < need {
                    failures.append(.tooFewInspections(have: record.inspectionIds.count, need: need))
                }
            case .minScoreSheets(let need):
                if record.appraisals.count < need {
                    failures.append(.tooFewScoreSheets(have: record.appraisals.count, need: need))
                }
            case .scoreBand(let allowed):
                let summary = ScoreSummary(sheets: record.appraisals, rubric: rubric)
                if summary.band.map(allowed.contains) != true {
                    failures.append(.scoreOutsideBands(average: summary.average, band: summary.band, allowed: allowed))
                }
            case .noteRequired:
                if note.trimmingSpaces.isEmpty { failures.append(.noteRequired) }
            case .minMonthsSinceStart(let need):
                let months = record.startDate.map { $0.months(until: today) }
                if (months ?? -1) < need { failures.append(.tooEarly(monthsSinceStart: months, need: need)) }
            }
        }
        return failures
    }

    /// Why `actor` may not fire `transition` at all (their roles are not among its roles); nil
    /// when they may.
    public func roleFailure(of transition: WorkflowDefinition.Transition, by actor: Actor) -> GuardFailure? {
        guard !transition.roles.isEmpty && !actor.roles.contains(where: transition.roles.contains) else { return nil }
        return .roleNotAllowed(actorRoles: actor.roles, allowed: transition.roles)
    }

    /// Fires the move from the record's state to `target`: returns the record in the new state
    /// with a history entry (from, to, when, who, note) — and, for a move that vets a
    /// registration, the vetting's outcome and opinion. The revision is left to storage.
    ///
    /// Throws `TransitionRefused` listing every failed guard, or `noSuchTransition` when the
    /// workflow has no move between the two states.
    public func fire(to target: String, on record: ModelRecord, by actor: Actor, note: String, at time: Timestamp) throws -> ModelRecord {
        let note = VietnameseText.cleanField(note)
        guard let transition = workflow.transitions(from: record.state).first(where: { $0.to == target }) else {
            throw TransitionRefused(recordID: record.id, from: record.state, to: target,
                                    failures: [.noSuchTransition(from: record.state, to: target)])
        }
        let failures = failures(of: transition, on: record, by: actor, note: note, today: time.utcDay)
        guard failures.isEmpty else {
            throw TransitionRefused(recordID: record.id, from: record.state, to: target, failures: failures)
        }
        var moved = record
        moved.history.append(HistoryEntry(from: record.state, to: target, at: time, by: actor.login, note: note, transition: transition.id))
        if let outcome = transition.reviewOutcome {
            moved.registrationReview = RegistrationReview(at: time, by: actor.login, outcome: outcome, opinion: note)
        }
        moved.state = target
        moved.updated = Stamp(at: time, by: actor.login)
        return moved
    }
}

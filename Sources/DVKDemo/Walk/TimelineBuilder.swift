import DVKCore

/// One thing that happens to a record: an edit (an inspection filed, a score sheet entered) or
/// a transition, with what is filled in just before it fires.
struct TimelineEvent {
    var day: Day
    var actor: String
    /// The state to move to; nil for an edit.
    var target: String?
    var note: String = ""
    var apply: ((inout ModelRecord, Stamp) -> Void)?
}

/// Turns a plan into dated events along the yearly calendar: registration in the first quarter,
/// review within weeks, inspections in summer, results from late August, appraisal in September,
/// score sheets early October, recognition around 15 October, awards from late October.
struct TimelineBuilder {
    typealias S = DemoState
    let workflow: WorkflowDefinition
    let vocabulary: DemoVocabulary
    let staff: DemoStaff
    let referenceDay: Day
    /// The award form named in a proposal that never reached a decision.
    let defaultForm: String

    func events(for plan: RecordPlan, rng: inout SplitMix64) -> [TimelineEvent] {
        var events: [TimelineEvent] = []
        var state = workflow.initial
        var cursor = plan.createdDay
        var inspections = plan.inspections[...]
        var sheets = plan.sheets[...]
        var proposals = plan.proposals[...]
        var slot: DecisionSlot?
        var reviews = 0
        let year = plan.year

        func edit(_ day: Day, by actor: String, _ apply: @escaping (inout ModelRecord, Stamp) -> Void) {
            cursor = max(cursor, day)
            events.append(TimelineEvent(day: cursor, actor: actor, apply: apply))
        }
        func fileInspections() {
            while let next = inspections.popFirst() {
                edit(next.day, by: DemoStaff.clerk) { record, _ in record.inspectionIds.append(next.roundID) }
            }
        }
        func enterSheets() {
            while let sheet = sheets.popFirst() {
                edit(sheet.day, by: sheet.appraiser) { record, stamp in
                    record.appraisals.append(ScoreSheet(appraiser: sheet.appraiser, at: stamp.at, scores: sheet.scores,
                                                        pass: sheet.pass, comment: sheet.comment))
                }
            }
        }

        for target in plan.path {
            if state == S.inProgress { fileInspections() }
            if state == S.appraisal { enterSheets() }
            let transition = workflow.transitions(from: state).first { $0.to == target }
            var day: Day
            var outcome: String?
            var apply: ((inout ModelRecord, Stamp) -> Void)?
            switch (state, target) {
            case (S.review, S.registered): day = rng.day(cursor, plus: 3...12); outcome = "returned"
            case (_, S.registered): day = rng.day(cursor, plus: 1...6)
            case (_, S.review):
                day = rng.day(cursor, plus: reviews > 0 ? 5...15 : 2...10)
                reviews += 1
            case (_, S.inProgress): day = rng.day(cursor, plus: 3...12); outcome = "accepted"
            case (_, S.rejected): day = rng.day(cursor, plus: 3...12); outcome = "rejected"
            case (_, S.resultsSubmitted):
                day = rng.day(.demo(year, 8, 28), plus: 0...18)
                apply = results(for: plan, rng: &rng)
            case (_, S.appraisal): day = rng.day(.demo(year, 9, 18), plus: 0...10)
            case (S.appraisal, S.recognised):
                day = plan.recognition?.decisionDate ?? cursor
                let recognition = plan.recognition
                apply = { record, _ in record.recognition = recognition }
            case (_, S.recognised): day = rng.day(.demo(year, 11, 20), plus: 0...15)
            case (_, S.notRecognised): day = rng.day(.demo(year, 10, 10), plus: 0...4)
            case (_, S.awardProposed):
                slot = proposals.popFirst() ?? nil
                day = slot?.proposeDay ?? rng.day(.demo(year, 10, 20), plus: 0...10)
                if let id = slot?.id { apply = { record, _ in if !record.decisionIds.contains(id) { record.decisionIds.append(id) } } }
            case (_, S.awarded): day = slot?.awardDay ?? cursor.adding(days: 1)
            case (_, S.discontinued): day = min(rng.day(cursor, plus: 10...60), .demo(year, 12, 28))
            default: day = rng.day(cursor, plus: 1...5)
            }
            cursor = max(cursor, min(day, referenceDay))
            let note = self.note(for: transition, slot: slot, values: plan.values, rng: &rng)
            if let outcome {
                let opinion = outcome == "accepted" ? Template.fill(rng.text(vocabulary.reviewOpinions[outcome] ?? []), plan.values) : note
                apply = { record, stamp in
                    record.registrationReview = RegistrationReview(at: stamp.at, by: stamp.by, outcome: outcome, opinion: opinion)
                }
            }
            events.append(TimelineEvent(day: cursor, actor: staff.login(for: transition), target: target, note: note, apply: apply))
            state = target
        }
        fileInspections()
        enterSheets()
        return events
    }

    /// The note written with a transition: from the vocabulary, with a generic reason when the
    /// workflow demands one and the vocabulary has none.
    private func note(for transition: WorkflowDefinition.Transition?, slot: DecisionSlot?, values: [String: String],
                      rng: inout SplitMix64) -> String {
        guard let transition else { return "" }
        var values = values
        values["form"] = defaultForm
        if let slot {
            values["form"] = slot.formLabel
            values["decision"] = slot.number
            values["date"] = slot.awardDay?.vietnamese
        }
        let note = Template.fill(rng.text(vocabulary.notes[transition.id] ?? []), values)
        if note.isEmpty && transition.guards.contains(.noteRequired) { return "Theo ý kiến của Ban Chỉ đạo." }
        return note
    }

    /// The results report and the indicators' actual values, filled when results are submitted.
    private func results(for plan: RecordPlan, rng: inout SplitMix64) -> (inout ModelRecord, Stamp) -> Void {
        let summary = Template.fill(rng.text(vocabulary.resultsSummaries), plan.values)
        let factors = plan.record.indicators.map { _ in 0.85 + 0.45 * rng.fraction() }
        return { record, stamp in
            record.resultsReport = ResultsReport(submitted: stamp.at.utcDay, summary: summary)
            for (index, factor) in zip(record.indicators.indices, factors) {
                guard let target = record.indicators[index].target else { continue }
                let actual = (target * factor).rounded()
                record.indicators[index].actual = record.indicators[index].unit == "%" ? min(actual, 100) : actual
            }
        }
    }
}

/// Fires a plan's events with the workflow engine, acting as the demo users: every history entry
/// is one the engine allowed, with every guard holding at that moment.
struct Walker {
    let engine: WorkflowEngine
    let staff: DemoStaff

    /// The walked record; the walk stops at the first move the engine refuses (none with the
    /// shipped configuration).
    func walk(_ plan: RecordPlan, events: [TimelineEvent], rng: inout SplitMix64) -> ModelRecord {
        var record = plan.record
        var clock = record.created.at
        for event in events {
            var at = rng.officeTime(on: event.day)
            if at <= clock { at = Timestamp(seconds: clock.seconds + Int64(rng.int(1...30)) * 60) }
            clock = at
            let stamp = Stamp(at: at, by: event.actor)
            var next = record
            event.apply?(&next, stamp)
            if let target = event.target {
                guard let moved = try? engine.fire(to: target, on: next, by: staff.actor(event.actor), note: event.note, at: at) else { break }
                next = moved
            } else {
                next.updated = stamp
            }
            record = next
        }
        record.revision = 1
        return record
    }
}

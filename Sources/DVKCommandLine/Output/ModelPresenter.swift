import DVKCore
import DVKStorage

/// Model records as people read them: list rows with labels instead of ids, and the full
/// detail of one record for `show`.
struct ModelPresenter {
    let session: Session

    private var lists: ListCatalog { session.lists }
    private var language: Language { session.language }

    func label(_ id: String, _ list: ListName) -> String { lists.label(id, in: list, language) }
    func stateLabel(_ id: String) -> String { session.configuration.workflow.label(ofState: id, language) }

    /// The list columns of P6: mã, tên, đơn vị, lĩnh vực, tập thể/cá nhân, loại, trạng thái, năm.
    func rows(_ records: [some ModelListable]) -> (headers: [String], rows: [[String]]) {
        let headers = CLIText.listColumns.map { $0.text(language) }
        let rows = records.map { r in
            [r.id, r.displayName, label(r.unit, .units), label(r.field, .fields), label(r.subject, .subjects),
             label(r.kind, .kinds), stateLabel(r.state), String(r.year)]
        }
        return (headers, rows)
    }

    func table(_ records: [some ModelListable]) -> String {
        let (headers, rows) = rows(records)
        return TextTable(headers: headers, rows: rows, rightAligned: [7]).render()
    }

    func csv(_ records: [some ModelListable]) -> String {
        let (headers, rows) = rows(records)
        return CSVWriter.document([headers] + rows)
    }

    /// Every part of one record, including its full history and journal, as labelled lines.
    func detail(_ r: ModelRecord, inspections: [InspectionRound], decisions: [AwardDecision], journal: [JournalEntry]) -> String {
        var out = DetailWriter()
        let f = { (key: String) in RecordFieldLabels.label(key, self.language) }
        out.heading("\(r.id) — \(r.displayName)")
        out.pair(f("state"), stateLabel(r.state))
        out.pair(f("year"), String(r.year) + (r.phase.isEmpty ? "" : " (\(r.phase))"))
        out.pair(f("unit"), label(r.unit, .units))
        out.pair(f("level"), label(r.level, .levels))
        out.pair(f("subject"), label(r.subject, .subjects))
        out.pair(f("kind"), label(r.kind, .kinds))
        out.pair(f("origin"), label(r.origin, .origins) + (r.parentId.map { " ← \($0)" } ?? ""))
        out.pair(f("field"), label(r.field, .fields))
        if !r.tags.isEmpty { out.pair(f("tags"), r.tags.joined(separator: ", ")) }
        out.heading(CLIText.sectionRegistration.text(language))
        for key in ["address", "situation", "objectives", "solutions", "beneficiaries", "forces", "outputs", "sustainability"] {
            if let value = textField(r, key), !value.isEmpty { out.pair(f(key), value) }
        }
        let number = { (value: Double) in self.language == .vi ? NumberText.vietnamese(value) : NumberText.plain(value) }
        for indicator in r.indicators {
            let target = indicator.target.map(number) ?? "—"
            let actual = indicator.actual.map(number) ?? "—"
            out.pair(f("indicators"), "\(indicator.name): \(target) → \(actual) \(indicator.unit)")
        }
        for line in r.resources.budget {
            out.pair(f("resources"), "\(label(line.source, .budgetSources)): \(NumberText.grouped(line.amount)) đ")
        }
        if let workdays = r.resources.workdays { out.pair(f("resources.workdays"), String(workdays)) }
        if let land = r.resources.donatedLandM2 { out.pair(f("resources.donatedLandM2"), NumberText.plain(land)) }
        if let start = r.startDate { out.pair(f("startDate"), start.vietnamese) }
        if let end = r.expectedCompletion { out.pair(f("expectedCompletion"), end.vietnamese) }
        if let report = r.resultsReport {
            if let day = report.submitted { out.pair(f("resultsReport.submitted"), day.vietnamese) }
            if !report.summary.isEmpty { out.pair(f("resultsReport.summary"), report.summary) }
        }
        for path in r.attachments { out.pair(f("attachments"), path) }
        let person = [r.personInCharge.name, r.personInCharge.position, r.personInCharge.phone].filter { !$0.isEmpty }
        if !person.isEmpty { out.pair(f("personInCharge"), person.joined(separator: " — ")) }
        if let p = r.individual {
            let parts = [p.fullName, p.birthYear.map(String.init) ?? "", label(p.sex, .sexes), p.position, p.workplace]
            out.pair(CLIText.individual.text(language), parts.filter { !$0.isEmpty }.joined(separator: " — "))
        }
        appendWorkflow(r, to: &out, inspections: inspections, decisions: decisions, f: f)
        let readable = ReadableStamps(users: session.configuration.users)
        out.heading(CLIText.sectionHistory.text(language))
        for h in r.history {
            let move = h.from == h.to ? stateLabel(h.to) : "\(stateLabel(h.from)) → \(stateLabel(h.to))"
            out.item("\(readable.time(h.at))  \(readable.person(h.by))  \(move)\(h.note.isEmpty ? "" : "  «\(h.note)»")")
        }
        out.heading(CLIText.sectionJournal.text(language))
        for j in journal {
            let what = SaveActionWording.describe(j.action, fromRevision: j.fromRevision, toRevision: j.toRevision,
                                                  workflow: session.configuration.workflow, language)
            out.item("\(readable.time(j.at))  \(readable.person(j.by))  \(what)\(j.note.isEmpty ? "" : "  «\(j.note)»")")
        }
        out.pair(CLIText.revision.text(language), "\(r.revision) — \(readable.person(r.updated.by)) \(readable.time(r.updated.at))")
        return out.text
    }

    private func appendWorkflow(_ r: ModelRecord, to out: inout DetailWriter, inspections: [InspectionRound],
                                decisions: [AwardDecision], f: (String) -> String) {
        if let review = r.registrationReview {
            out.pair(CLIText.registrationReview.text(language), "\(CLIText.reviewOutcome(review.outcome).text(language)) — \(review.by) \(review.at.iso) \(review.opinion)")
        }
        for round in inspections {
            let finding = round.findings.first { $0.modelId == r.id }
            out.pair(f("inspectionIds"), "\(round.id) \(round.date.vietnamese) \(label(round.level, .levels)) — \(round.body)"
                + (finding.map { $0.findings.isEmpty ? "" : ": \($0.findings)" } ?? ""))
        }
        let rubric = session.configuration.rubric
        let view = session.appraisalView(r)
        if let hidden = view.hiddenNote { out.pair(f("appraisals"), hidden.text(language)) }
        let people = ReadableStamps(users: session.configuration.users)
        for sheet in view.sheets {
            let result = rubric.mode == .points ? NumberText.score(sheet.total, language) : (sheet.pass == true ? "✓" : "✗")
            let parts = sheet.scores.map { NumberText.score($0, language) }.joined(separator: " + ")
            let entered = sheet.enteredBy.map { CLIText.enteredBy(people.person($0)).text(language) } ?? ""
            out.pair(f("appraisals"), "\(people.person(sheet.appraiser))\(entered): \(result)\(parts.isEmpty ? "" : " (\(parts))")\(sheet.comment.isEmpty ? "" : " — \(sheet.comment)")")
        }
        if let summary = view.summary, let band = summary.band {
            let bandLabel = rubric.band(id: band)?.label.text(language) ?? band
            out.pair(CLIText.scoreResult.text(language), (summary.average.map { NumberText.plain($0) + " — " } ?? "") + bandLabel)
        }
        if let rec = r.recognition {
            let outstanding = rec.outstanding ? ", " + f("recognition.outstanding") : ""
            out.pair(f("recognition"), "\(label(rec.level, .levels)) — \(rec.decisionNumber) \(rec.decisionDate?.vietnamese ?? "")\(outstanding)")
        }
        for decision in decisions {
            out.pair(f("decisionIds"), "\(decision.number) \(decision.date?.vietnamese ?? "") \(label(decision.form, .awardForms)) \(label(decision.level, .levels)) (\(CLIText.decisionStatus(decision.status).text(language)))")
        }
        if !r.replication.isEmpty {
            out.pair(CLIText.replication.text(language), (r.replication.places + r.replication.childIds).joined(separator: ", "))
        }
    }

    private func textField(_ r: ModelRecord, _ key: String) -> String? {
        guard case .string(let value)? = (try? JSONValue(encoding: r))?.value(at: key) else { return nil }
        return value
    }
}

/// Builds the indented, labelled text of `show`.
struct DetailWriter {
    private(set) var text = ""

    mutating func heading(_ title: String) {
        text += (text.isEmpty ? "" : "\n") + TextTable.printable(title) + "\n"
    }

    mutating func pair(_ label: String, _ value: String) {
        let shown = TextWidth.padded(label, to: 28)
        let lines = value.split(separator: "\n", omittingEmptySubsequences: false).map { TextTable.printable(String($0)) }
        text += "  \(shown) \(lines.joined(separator: "\n" + String(repeating: " ", count: 31)))\n"
    }

    mutating func item(_ line: String) {
        text += "  " + TextTable.printable(line) + "\n"
    }
}

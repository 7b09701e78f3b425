import DVKCore
import DVKStorage

/// Plans a sheet of award decisions, one row per recipient: rows with the same decision number
/// and year form one decision; a recipient's `record_id` links the decision and the model both
/// ways (a blank one is a recipient without a registered model).
struct DecisionSheetPlanner {
    let importer: Importer

    func plan(_ sheet: LocatedSheet, into state: inout PlanningState, progress: (Int) -> Void) {
        let lists = importer.configuration.lists
        let existingNumbers = Set(importer.store.loadAll(AwardDecision.self).records.map { "\(VietnameseText.matchKey($0.number))\u{1}\($0.year)" })
        var groups: [String: Int] = [:]
        var decisions: [(decision: AwardDecision, row: Int)] = []
        sheet.eachRow(&state, progress: progress) { row, state in
            let number = row.requiredLine("decision_number")
            let year = row.year("year", required: true) ?? 0
            let date = row.day("decision_date")
            let form = row.listValue("award_form", .awardForms, &state.resolver, required: true)
            let level = row.listValue("award_level", .levels, &state.resolver, required: true)
            let track = row.listValue("track", .tracks, &state.resolver)
            let issuer = self.issuer(&row)
            let status = self.status(&row)
            let recipient = row.requiredLine("recipient")
            let subject = row.listValue("subject", .subjects, &state.resolver, required: true)
            if let entry = lists.entries(.awardForms).first(where: { $0.id == form }), !level.isEmpty, let levels = entry.levels, !levels.contains(level) {
                row.problem("award_level", lists.label(level, in: .levels, .vi), "«\(entry.label.vi)» không trao ở cấp này",
                            "«\(entry.label.en)» is not given at this level")
            }
            let modelID = row.line("record_id")
            if !modelID.isEmpty && state.model(modelID, store: importer.store) == nil {
                row.problem("record_id", modelID, "không có mô hình mã «\(modelID)»", "there is no model «\(modelID)»")
            }
            let key = "\(VietnameseText.matchKey(number))\u{1}\(year)"
            if !number.isEmpty && existingNumbers.contains(key) {
                row.problem("decision_number", number, "quyết định số «\(number)» năm \(year) đã có trong dữ liệu",
                            "decision «\(number)» of \(year) is already in the data")
            }
            guard row.problems.isEmpty else {
                state.problems += row.problems
                return
            }
            let person = AwardRecipient(modelId: modelID.isEmpty ? nil : modelID, name: recipient, subject: subject,
                                        position: row.line("position"), unit: row.line("unit"))
            if let at = groups[key] {
                decisions[at].decision.recipients.append(person)
                return
            }
            var decision = AwardDecision(id: "", number: number, year: year, created: Stamp(at: importer.time, by: importer.actor))
            decision.date = date
            decision.form = form
            decision.level = level
            decision.track = track
            decision.issuer = issuer
            decision.status = status
            decision.reason = row.text("reason")
            decision.recipients = [person]
            groups[key] = decisions.count
            decisions.append((decision, row.number))
        }
        let byYear = Dictionary(grouping: decisions.indices, by: { decisions[$0].decision.year })
        for (year, indexes) in byYear {
            let ids = importer.store.nextIDs(kind: .decision, prefix: "QD-\(year)-", digits: 3, count: indexes.count)
            for (index, id) in zip(indexes, ids) { decisions[index].decision.id = id }
        }
        for (decision, _) in decisions {
            for modelID in Set(decision.recipients.compactMap(\.modelId)) {
                guard var model = state.model(modelID, store: importer.store), !model.decisionIds.contains(decision.id) else { continue }
                model.decisionIds.append(decision.id)
                state.put(model, expected: state.models[modelID]?.expected ?? model.revision, note: state.models[modelID]?.note ?? "")
            }
            state.decisions.append(decision)
            state.created += 1
        }
    }

    /// The issuer (a body of `headers.json`) the awarding body names, by id or name; empty when blank.
    private func issuer(_ row: inout SheetRow) -> String {
        let typed = row.line("awarding_body")
        guard !typed.isEmpty else { return "" }
        let issuers = importer.configuration.headers.issuers
        let key = VietnameseText.matchKey(typed)
        if let found = issuers.first(where: { $0.id == typed || VietnameseText.matchKey($0.name) == key }) { return found.id }
        let nearest = NearestValue.among(typed, issuers.map { ($0.name, $0.name.replacingOccurrences(of: "\n", with: " ")) })
        row.problem("awarding_body", typed, "không có cơ quan này trong danh sách cơ quan ban hành (config/headers.json)",
                    "this body is not among the issuing bodies (config/headers.json)", suggestion: nearest)
        return ""
    }

    /// `awarded` (Đã khen, the default for a past decision) or `proposed` (Đề nghị).
    private func status(_ row: inout SheetRow) -> String {
        let typed = row.line("status")
        let key = VietnameseText.matchKey(typed)
        if typed.isEmpty || ["awarded", "dakhen", "dakhenthuong", "khen", "khenthuong"].contains(key) { return AwardDecision.statusAwarded }
        if ["proposed", "denghi", "denghikhenthuong"].contains(key) { return AwardDecision.statusProposed }
        row.problem("status", typed, "phải là «Đã khen» hoặc «Đề nghị»", "must be «Đã khen» (awarded) or «Đề nghị» (proposed)")
        return ""
    }
}

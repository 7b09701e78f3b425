import DVKCore
import DVKStorage

/// Plans a sheet of inspection rounds, one row per unit or model visited: rows with the same
/// date, inspecting level and body form one round; a row's `record_id` adds a finding for that
/// model and links the round and the model both ways. A round known only by its year is dated
/// 31 December of that year.
struct InspectionSheetPlanner {
    let importer: Importer

    func plan(_ sheet: LocatedSheet, into state: inout PlanningState, progress: (Int) -> Void) {
        var groups: [String: Int] = [:]
        var rounds: [InspectionRound] = []
        sheet.eachRow(&state, progress: progress) { row, state in
            let year = row.year("year")
            var day = row.day("date")
            if day == nil, let year { day = Day(year: year, month: 12, day: 31) }
            if day == nil && row.cell("date") == nil && row.cell("year") == nil {
                row.problem("date", "", "cần ngày kiểm tra hoặc năm", "a date or a year is needed")
            }
            let level = row.listValue("inspecting_level", .levels, &state.resolver, required: true)
            let body = row.requiredLine("inspecting_body")
            let unit = row.listValue("inspected_unit", .units, &state.resolver, required: true)
            let modelID = row.line("record_id")
            if !modelID.isEmpty && state.model(modelID, store: importer.store) == nil {
                row.problem("record_id", modelID, "không có mô hình mã «\(modelID)»", "there is no model «\(modelID)»")
            }
            guard row.problems.isEmpty, let day else {
                state.problems += row.problems
                return
            }
            let key = "\(day.iso)\u{1}\(level)\u{1}\(VietnameseText.matchKey(body))"
            let at: Int
            if let found = groups[key] {
                at = found
            } else {
                at = rounds.count
                groups[key] = at
                rounds.append(InspectionRound(id: "", date: day, level: level, body: body, created: Stamp(at: importer.time, by: importer.actor)))
            }
            if !rounds[at].units.contains(unit) { rounds[at].units.append(unit) }
            if !modelID.isEmpty && !rounds[at].findings.contains(where: { $0.modelId == modelID }) {
                rounds[at].findings.append(InspectionFinding(modelId: modelID, findings: row.text("findings"), recommendations: row.text("recommendations")))
            } else if modelID.isEmpty {
                let note = row.text("findings")
                if !note.isEmpty { rounds[at].note += (rounds[at].note.isEmpty ? "" : "\n") + note }
            }
        }
        let byYear = Dictionary(grouping: rounds.indices, by: { rounds[$0].date.year })
        for (year, indexes) in byYear {
            let ids = importer.store.nextIDs(kind: .inspection, prefix: "KT-\(year)-", digits: 3, count: indexes.count)
            for (index, id) in zip(indexes, ids) { rounds[index].id = id }
        }
        for round in rounds {
            for modelID in round.modelIds {
                guard var model = state.model(modelID, store: importer.store), !model.inspectionIds.contains(round.id) else { continue }
                model.inspectionIds.append(round.id)
                state.put(model, expected: state.models[modelID]?.expected ?? model.revision, note: state.models[modelID]?.note ?? "")
            }
            state.inspections.append(round)
            state.created += 1
        }
    }
}

import DVKCore
import DVKStorage

/// Plans the rows of a model sheet: each row read into a record, duplicates (same unit, name and
/// year, within the file or against the data) reported, and with `--update` a row matching a
/// model an earlier import created (by id, or unit + name + year) planned as an update of it.
struct ModelSheetPlanner {
    let importer: Importer
    let options: ImportOptions
    /// The data's models by duplicate key → id.
    let existing: [String: String]
    let existingIDs: Set<String>

    static func duplicateKey(unit: String, name: String, year: Int) -> String {
        "\(unit)\u{1}\(VietnameseText.matchKey(name))\u{1}\(year)"
    }

    func plan(_ sheet: LocatedSheet, into state: inout PlanningState, progress: (Int) -> Void) {
        let reader = ModelRowReader(configuration: importer.configuration, catalog: sheet.catalog)
        var seen: [String: Int] = [:]
        var fresh: [(record: ModelRecord, row: Int)] = []
        sheet.eachRow(&state, progress: progress) { sheetRow, state in
            guard let record = reader.record(&sheetRow, resolver: &state.resolver, by: importer.actor, at: importer.time, file: importer.file) else {
                state.problems += sheetRow.problems
                return
            }
            // A row with an id is that record; one without is known by its unit, name and year.
            let key = record.id.isEmpty ? ModelSheetPlanner.duplicateKey(unit: record.unit, name: record.displayName, year: record.year)
                                        : "id\u{1}" + record.id
            if let first = seen[key] {
                if record.id.isEmpty {
                    sheetRow.problem("name", record.displayName, "trùng với dòng \(first) (cùng đơn vị, tên và năm)",
                                     "the same as row \(first) (same unit, name and year)")
                } else {
                    sheetRow.problem("id", record.id, "mã này đã dùng ở dòng \(first)", "this id is used on row \(first) too")
                }
                state.problems += sheetRow.problems
                return
            }
            seen[key] = sheetRow.number
            let match = record.id.isEmpty ? existing[key] : (existingIDs.contains(record.id) ? record.id : nil)
            if let match {
                guard options.update else {
                    sheetRow.problem(record.id.isEmpty ? "name" : "id", record.id.isEmpty ? record.displayName : record.id,
                                     "đã có trong dữ liệu (mô hình \(match)); dùng --update để cập nhật", "already in the data (model \(match)); use --update to update it")
                    state.problems += sheetRow.problems
                    return
                }
                update(match, with: record, row: &sheetRow, state: &state)
                return
            }
            if !record.id.isEmpty && !RecordStore.isValidID(record.id) {
                sheetRow.problem("id", record.id, "mã chỉ gồm chữ không dấu, số, - _ . (tối đa 64 ký tự)",
                                 "an id holds only ASCII letters, digits, - _ . (64 at most)")
                state.problems += sheetRow.problems
                return
            }
            fresh.append((record, sheetRow.number))
        }
        assignIDs(fresh, state: &state, sheet: sheet.name)
    }

    /// New records get the next free ids of their year (`2021-0001`…), skipping ids the file gives.
    private func assignIDs(_ fresh: [(record: ModelRecord, row: Int)], state: inout PlanningState, sheet: String) {
        let given = Set(fresh.map(\.record.id).filter { !$0.isEmpty })
        let byYear = Dictionary(grouping: fresh.filter { $0.record.id.isEmpty }, by: \.record.year)
        var free: [Int: [String]] = [:]
        for (year, rows) in byYear {
            free[year] = importer.store.nextIDs(kind: .model, prefix: "\(year)-", digits: 4, count: rows.count + given.count)
                .filter { !given.contains($0) && state.models[$0] == nil }
        }
        for (record, row) in fresh {
            var r = record
            if r.id.isEmpty { r.id = free[r.year, default: []].removeFirst() }
            state.put(r, expected: 0, note: ImportWording.journalNote(file: importer.file, sheet: sheet, row: row))
            state.created += 1
        }
    }

    /// Puts the row's content onto the model it matches, if an earlier import created that model.
    private func update(_ id: String, with imported: ModelRecord, row: inout SheetRow, state: inout PlanningState) {
        guard let current = state.model(id, store: importer.store) else {
            row.problem("id", id, "không đọc được mô hình \(id)", "model \(id) could not be read")
            state.problems += row.problems
            return
        }
        guard current.history.first?.transition == ImportWording.transition else {
            row.problem("id", id, "mô hình \(id) không do nhập từ tệp tạo ra: sửa nó trong dvk", "model \(id) was not created by an import: edit it in dvk")
            state.problems += row.problems
            return
        }
        var changed = imported
        changed.id = current.id
        changed.revision = current.revision
        changed.created = current.created
        changed.updated = current.updated
        changed.tags = current.tags
        changed.indicators = current.indicators
        changed.registrationReview = current.registrationReview
        changed.resultsReport = current.resultsReport
        changed.appraisals = current.appraisals
        changed.inspectionIds = current.inspectionIds
        changed.decisionIds = current.decisionIds
        changed.attachments = current.attachments
        changed.replication.childIds = current.replication.childIds
        changed.history = current.history
        guard changed != current else { return }
        changed.history.append(HistoryEntry(from: current.state, to: changed.state, at: importer.time, by: importer.actor,
                                            note: ImportWording.updateNote(file: importer.file, row: row.number), transition: ImportWording.transition))
        state.put(changed, expected: state.models[id]?.expected ?? current.revision,
                  note: ImportWording.journalNote(file: importer.file, sheet: row.sheet, row: row.number))
        state.updated += 1
    }
}

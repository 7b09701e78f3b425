import DVKCore
import DVKStorage

/// Imports the tables of one file into a data directory: works out the whole plan first —
/// every row checked, every problem reported by row and column — and then writes every record
/// in one commit, or nothing. Rules live here, not in a screen: the command line and the
/// interface both import through this type.
public struct Importer: Sendable {
    public let configuration: Configuration
    public let store: RecordStore
    /// Who imports: the history and the journal name their login; their roles decide whether
    /// they may import at all, and whether they may add list values.
    public let user: Actor
    public var actor: String { user.login }
    public let time: Timestamp
    /// The file's name as the report and the history show it (no folders).
    public let file: String

    public init(configuration: Configuration, store: RecordStore, actor: Actor, time: Timestamp, file: String) {
        self.configuration = configuration
        self.store = store
        user = actor
        self.time = time
        self.file = file
    }

    /// The plan for `tables`. `progress` is told the rows done and the rows in all.
    public func plan(_ tables: [SourceTable], options: ImportOptions, progress: (Int, Int) -> Void = { _, _ in }) -> ImportPlan {
        var report = ImportReport(file: file)
        if let refusal = refusal(options) {
            report.problems.append(refusal)
            return ImportPlan(report: report)
        }
        var state = PlanningState(resolver: ListResolver(lists: configuration.lists, units: configuration.units, addsNewValues: options.addNewValues))
        var chosen = tables
        if let wanted = options.sheet {
            chosen = tables.filter { VietnameseText.matchKey($0.name) == VietnameseText.matchKey(wanted) }
            if chosen.isEmpty {
                let names = tables.map { "«\($0.name)»" }.joined(separator: ", ")
                report.problems.append(ImportProblem(sheet: wanted, row: nil, column: nil, value: wanted,
                                                     message: LocalizedText(vi: "tệp không có trang «\(wanted)»; các trang: \(names)",
                                                                            en: "the file has no sheet «\(wanted)»; its sheets: \(names)")))
                return ImportPlan(report: report)
            }
        }
        let located = chosen.compactMap { LocatedSheet.locate($0, kind: options.kind, lists: configuration.lists) }
        if located.isEmpty {
            report.problems.append(unreadable(chosen.first, kind: options.kind))
            return ImportPlan(report: report)
        }
        // Models first: a decision or inspection row may name a model the same file creates.
        let ordered = ImportKind.allCases.flatMap { kind in located.filter { $0.kind == kind } }
        let total = ordered.reduce(0) { $0 + $1.dataRows.count }
        var done = 0
        let summaries = ModelIndex(store: store, lists: configuration.lists).revalidateAgainstEveryFile().summaries
        let existing = Dictionary(summaries.map { (ModelSheetPlanner.duplicateKey(unit: $0.unit, name: $0.displayName, year: $0.year), $0.id) },
                                  uniquingKeysWith: { first, _ in first })
        for sheet in ordered {
            report.sheets.append(.init(name: sheet.name, kind: sheet.kind, rows: sheet.dataRows.count, ignoredColumns: sheet.unused))
            let rowsBefore = state.rows
            let tell: (Int) -> Void = { offset in if offset % 256 == 0 { progress(done + offset, total) } }
            switch sheet.kind {
            case .models:
                ModelSheetPlanner(importer: self, options: options, existing: existing, existingIDs: Set(summaries.map(\.id)))
                    .plan(sheet, into: &state, progress: tell)
            case .decisions: DecisionSheetPlanner(importer: self).plan(sheet, into: &state, progress: tell)
            case .inspections: InspectionSheetPlanner(importer: self).plan(sheet, into: &state, progress: tell)
            }
            report.sheets[report.sheets.count - 1].rows = state.rows - rowsBefore
            done += sheet.dataRows.count
        }
        progress(total, total)
        report.rows = state.rows
        report.updated = state.updated
        report.created = state.created
        report.problems += state.problems
        for (list, entries) in state.resolver.added { report.added[list.rawValue] = entries.map(\.label.vi) }
        var plan = ImportPlan(report: report)
        guard report.problems.isEmpty else { return plan }
        plan.changes = state.changes(file: file)
        if !state.resolver.added.isEmpty {
            plan.lists = state.resolver.lists
            if state.resolver.added[.units] != nil { plan.units = state.resolver.units }
        }
        return plan
    }

    /// Writes a clean plan: the lists first (when values were added), then every record in one
    /// commit. Returns the report with what was written. A plan with problems writes nothing.
    public func write(_ plan: ImportPlan) throws -> ImportReport {
        var report = plan.report
        guard plan.isClean, !plan.changes.isEmpty || plan.lists != nil else { return report }
        let settings = SettingsStore(directory: store.directory)
        let note = "import \(file): --add-new-values"
        var saved: [(file: String, revision: Int, previous: any Encodable)] = []
        if let lists = plan.lists {
            saved.append(("lists", try settings.save(lists, as: "lists", expected: configuration.revision(of: "lists"), note: note, by: actor, at: time),
                          configuration.lists))
        }
        if let units = plan.units {
            saved.append(("units", try settings.save(UnitsFile(units: units), as: "units", expected: configuration.revision(of: "units"),
                                                     note: note, by: actor, at: time), UnitsFile(units: configuration.units)))
        }
        do {
            try store.commit(plan.changes, by: actor, at: time)
        } catch {
            // The records did not land: take the added values back, so nothing of the import stays.
            for change in saved {
                _ = try? settings.save(change.previous, as: change.file, expected: change.revision, note: note + " (hoàn tác / undone)",
                                       by: actor, at: time)
            }
            throw error
        }
        report.written = report.created + report.updated
        return report
    }

    /// Why this user may not run this import: only those who may change records import, and
    /// only administrators add values to the lists.
    private func refusal(_ options: ImportOptions) -> ImportProblem? {
        let users = configuration.users
        if !users.canEdit(user) {
            return ImportProblem(sheet: file, row: nil, column: nil, value: user.login,
                                 message: LocalizedText(vi: "người dùng «\(user.login)» chỉ có quyền xem, không nhập dữ liệu được",
                                                        en: "user «\(user.login)» may only read, not import"))
        }
        if options.addNewValues && !users.canAdminister(user) {
            return ImportProblem(sheet: file, row: nil, column: nil, value: user.login,
                                 message: LocalizedText(vi: "chỉ quản trị viên được thêm giá trị vào danh mục (--add-new-values)",
                                                        en: "only administrators may add values to the lists (--add-new-values)"))
        }
        return nil
    }

    private func unreadable(_ table: SourceTable?, kind: ImportKind?) -> ImportProblem {
        let name = table?.name ?? file
        guard let table else {
            return ImportProblem(sheet: name, row: nil, column: nil, value: "", message: LocalizedText(vi: "tệp không có dòng nào", en: "the file has no rows"))
        }
        let missing = LocatedSheet.missingColumns(table, kind: kind ?? .models, lists: configuration.lists)
        let vi = missing.map { "«\($0.label.vi)»" }.joined(separator: ", "), en = missing.map { "«\($0.label.en)»" }.joined(separator: ", ")
        let kindText = (kind ?? .models).label
        return ImportProblem(sheet: name, row: 1, column: nil, value: "",
                             message: LocalizedText(vi: "không tìm thấy dòng tiêu đề của bảng \(kindText.vi) trong 10 dòng đầu; thiếu cột \(vi)",
                                                    en: "no header row of a table of \(kindText.en) in the first 10 rows; missing columns \(en)"))
    }
}

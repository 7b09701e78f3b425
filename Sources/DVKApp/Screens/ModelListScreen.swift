import DVKCore
import DVKSync
import DVKTerminal

/// The model list (P6): columns, Vietnamese order, search as you type without diacritics,
/// filters, sort by any column, marks for bulk moves and inspections.
final class ModelListScreen: CommandTarget {
    unowned let app: App
    var query = ModelQuery()
    /// Every model, as the workspace had them at the last sort (shared with it, not copied).
    private var rows: [ModelSummary] = []
    /// Positions in `rows` in the query's order; re-sorted only when the sort or the data
    /// changes, re-filtered (by the folded search key) on every key.
    private var ordered: [Int] = []
    /// The positions in `rows` of the rows shown, in the query's order: part of `ordered`.
    private var shown: [Int] = []
    /// The query `shown` was filtered with, from `ordered` as it is; nil after a sort.
    private var shownFor: ModelQuery?
    var table = TableState()
    var marked: Set<String> = []
    /// Records that hold conflicts from a sync (`!` before the id, in the warning colour).
    private(set) var conflicted: Set<String> = []
    /// The width of the id column: the longest id and the mark before it.
    private var idWidth = 10
    var searching: LineEditor?
    /// The dashboard queue the list is narrowed to, if any.
    private var queueLabel: String?
    private var pageHeight = 10
    /// The screen row the table's header was last drawn on, to place mouse clicks.
    private var headerRow = 3

    init(app: App) {
        self.app = app
        query.sort = .name
    }

    var title: String { app.t(AppText.listTitle) }
    var capturesText: Bool { searching != nil }
    var isDirty: Bool { false }

    var keyHelp: [(key: String, help: LocalizedText, hint: Bool)] {
        [("Enter", AppText.open, true), ("/", AppText.search, true), ("f", AppText.filter, true), ("a", AppText.add, true), ("m", AppText.move, true),
         ("Space", AppText.mark, true), ("s", AppText.sort, true), ("h", AppText.history, false),
         ("T", AppText.appraisalQueue, app.workspace.canAppraise && !app.workspace.canEdit), ("i", AppText.inspect, false), ("K", AppText.awards, false), ("b", AppText.awardList, false),
         ("n", ReplicateText.key, false), ("p", AppText.print, false), ("t", AppText.reports, false), ("d", AppText.dashboard, true), ("*", AppText.markAll, false), ("r", AppText.reverse, false), ("x", AppText.clearFilters, false),
         ("I", ImportText.key, false), ("e", ListExportText.key, false), (":", ColonText.key, false), ("Ctrl-R", AppText.reload, false), ("↑↓ j k", AppText.navigate, false)]
    }

    /// Keys that change data (adding, moving, marking for a batch, inspecting, replicating,
    /// importing) are not offered to a role that may only read.
    var unavailableKeys: Set<String> { app.workspace.canEdit ? [] : ["a", "m", "Space", "*", "i", "n", "I"] }

    /// `:year`, `:state`, `:field`, `:unit` set (or clear) one filter; `:export` is `e`.
    func perform(_ command: ColonCommand) {
        ensureOrdered()
        switch command {
        case .year(let year): query.years = Set(year.map { [$0] } ?? [])
        case .state(let state): query.states = Set(state.map { [$0] } ?? [])
        case .field(let field): query.fields = Set(field.map { [$0] } ?? [])
        case .unit(let unit): query.units = Set(unit.map { [$0] } ?? [])
        case .export: return ExportFlow(app: app).start(shownIDs)
        case .go, .quit: return
        }
        refilter()
    }

    /// The model on screen row `index` of the filtered list.
    func row(_ index: Int) -> ModelSummary { rows[shown[index]] }

    var rowCount: Int { shown.count }

    /// The ids of the rows shown, as filtered and sorted (what an export writes).
    var shownIDs: [String] { shown.map { rows[$0].id } }

    var current: ModelSummary? { table.selected < shown.count ? row(table.selected) : nil }

    /// The marked records, or the current one when nothing is marked, read in full from disk.
    var targets: [ModelRecord] {
        let chosen = shown.map { rows[$0].id }.filter { marked.contains($0) }
        let ids = chosen.isEmpty ? (current.map { [$0.id] } ?? []) : chosen
        return ids.compactMap(app.workspace.model)
    }

    // MARK: - Data

    private var sortedGeneration = -1

    /// Sorts when the rows changed since the last sort — or were never sorted: the list under
    /// the dashboard sorts only when it is first shown.
    private func ensureOrdered() {
        if sortedGeneration != app.workspace.generation { reorder() }
    }

    func didReappear() { ensureOrdered() }

    /// Sorts every record again (after a sort change, a reload or a save), keeping the selected
    /// record — or `wanted`, a record just saved — selected wherever it moves.
    func reorder(selecting wanted: String? = nil) {
        sortedGeneration = app.workspace.generation
        conflicted = ConflictMarks(store: app.workspace.store).ids()
        // Ids with an office code (`2026-XA01-0001`) need a wider column than `2026-0001`.
        let selectedID = wanted ?? current?.id
        rows = app.workspace.rows
        // By index: a summary is never copied whole (100,000 copies cost a first paint 30 ms).
        var longestID = 9
        for index in rows.indices { longestID = max(longestID, rows[index].id.utf8.count) }
        idWidth = max(10, min(16, longestID + 1))
        ordered = query.sortedPositions(rows, lists: app.workspace.lists, workflow: app.workspace.configuration.workflow, language: app.language)
        shown = []
        shownFor = nil
        refilter(selecting: selectedID)
    }

    /// Applies filters and search to the ordered records, keeping the selected record (or
    /// `wanted`) selected if it stays.
    func refilter(selecting wanted: String? = nil) {
        let selectedID = wanted ?? current?.id
        var live = query
        live.search = searching?.text ?? query.search
        let words = live.searchWords
        // A search typed further only narrows what the shorter one found: a keystroke at 100,000
        // models then looks at the rows still shown, not at all of them.
        let candidates = shownFor.map { live.narrows($0) } == true ? shown : ordered
        let filtering = live.hasFilters
        shown = !filtering && words.isEmpty ? candidates : self.rows.withUnsafeBufferPointer { rows in
            candidates.filter { (!filtering || live.matchesFilters(rows[$0])) && ModelQuery.matches(foldedBytes: rows[$0].searchKey, words: words) }
        }
        shownFor = live
        table.setCount(shown.count)
        if let selectedID, let index = shown.firstIndex(where: { rows[$0].id == selectedID }) {
            table.select(index, pageHeight: pageHeight)
        } else {
            table.select(0, pageHeight: pageHeight)
        }
    }

    // MARK: - Keys

    func handle(_ key: Key) {
        ensureOrdered()
        if searching != nil { return handleSearch(key) }
        if table.handle(key, pageHeight: pageHeight) { return }
        switch key {
        case .character("/"):
            searching = LineEditor(query.search)
        case .enter:
            if let record = current { openForm(record) } else { app.inform(app.t(AppText.nothingSelected)) }
        case .character("I"):
            ImportFlow(app: app) { [unowned self] in self.reorder() }.start()
        case .character("e"):
            ExportFlow(app: app).start(shownIDs)
        case .character("a"):
            guard app.mayEdit() else { return }
            app.push(ModelFormScreen(app: app, list: self, record: nil))
        case .character(" "):
            if let id = current?.id {
                if marked.contains(id) { marked.remove(id) } else { marked.insert(id) }
                table.select(table.selected + 1, pageHeight: pageHeight)
            }
        case .character("*"):
            marked = marked.isEmpty ? Set(shown.map { rows[$0].id }) : []
        case .character("m"):
            MoveFlow(app: app) { [unowned self] in self.reorder() }.start(targets)
        case .character("i"):
            guard app.mayEdit() else { return }
            let chosen = targets
            if !chosen.isEmpty { app.push(InspectionScreen(app: app, list: self, models: chosen)) }
        case .character("n"):
            ReplicateFlow(app: app, list: self).start(current)
        case .character("d"):
            app.push(DashboardScreen(app: app, list: self))
        case .character("T"):
            app.push(AppraisalQueueScreen(app: app))
        case .character("K"):
            app.push(AwardsScreen(app: app))
        case .character("b"):
            AwardListScreen.choose(app: app, preferred: current.flatMap { app.workspace.model($0.id)?.decisionIds.last })
        case .character("p"):
            PrintPreviewScreen.choose(app: app)
        case .character("t"):
            app.push(ReportsScreen(app: app))
        case .character("h"):
            if let id = current?.id, let record = app.workspace.model(id) { app.push(HistoryScreen(app: app, record: record)) }
        case .character("f"): chooseFilter()
        case .character("s"): chooseSort()
        case .character("r"):
            query.descending.toggle()
            reorder()
        case .character("x"):
            let sort = query.sort
            query = ModelQuery()
            query.sort = sort
            queueLabel = nil
            reorder()
        case .control("r"):
            app.workspace.reload()
            reorder()
            app.inform(app.t(AppText.reloaded))
        case .mouse(let event) where event.kind == .click || event.kind == .doubleClick:
            // The header is where the last draw put it (under the title bar, the counts and the
            // search line); a click on it, or below the rows, selects nothing.
            if let index = table.row(atScreenRow: event.row, headerRow: headerRow, pageHeight: pageHeight) {
                table.select(index, pageHeight: pageHeight)
                if event.kind == .doubleClick, let record = current { openForm(record) }
            }
        default: break
        }
    }

    private func handleSearch(_ key: Key) {
        guard var editor = searching else { return }
        switch key {
        case .enter:
            query.search = editor.committed
            searching = nil
        case .escape:
            query.search = ""
            searching = nil
            refilter()
        case .up, .down, .pageUp, .pageDown:
            _ = table.handle(key, pageHeight: pageHeight)
        default:
            if editor.handle(key, input: app.input) {
                searching = editor
                refilter()
            }
        }
    }

    /// Shows only these models (a dashboard queue) until the filters are cleared with `x`.
    func showOnly(_ ids: Set<String>, label: String) {
        ensureOrdered()
        query.ids = ids.isEmpty ? ["—"] : ids
        queueLabel = label
        refilter()
    }

    func openForm(_ summary: ModelSummary) {
        guard let record = app.workspace.model(summary.id) else { return app.inform(app.t(AppText.nothingSelected), isError: true) }
        app.push(ModelFormScreen(app: app, list: self, record: record))
    }

    private func chooseFilter() {
        let options = AppText.filterDimensions.map { Picker.Option(id: $0.0, label: app.t($0.1), detail: describe(dimension: $0.0)) }
        app.pick(app.t(AppText.filterTitle), options) { [unowned self] dimension in
            let values = self.values(for: dimension.id)
            let all = Picker.Option(id: "", label: self.app.t(AppText.anyValue))
            self.app.pick(dimension.label, [all] + values) { value in
                self.setFilter(dimension.id, value.id)
                self.refilter()
            }
        }
    }

    private func values(for dimension: String) -> [Picker.Option] {
        let lists = app.workspace.lists, language = app.language
        func entries(_ list: ListName) -> [Picker.Option] {
            lists.entries(list).map { Picker.Option($0, language) }
        }
        switch dimension {
        case "year": return Set(app.workspace.rows.map(\.year)).sorted(by: >).map { Picker.Option(id: String($0), label: String($0)) }
        case "state": return app.workspace.configuration.workflow.states.map { Picker.Option(id: $0.id, label: $0.label.text(language)) }
        case "field": return entries(.fields)
        case "unit": return VietnameseText.sorted(entries(.units)) { $0.label }
        case "level": return entries(.levels)
        case "subject": return entries(.subjects)
        default: return entries(.kinds)
        }
    }

    private func setFilter(_ dimension: String, _ value: String) {
        let set: Set<String> = value.isEmpty ? [] : [value]
        switch dimension {
        case "year": query.years = Set(set.compactMap { Int($0) })
        case "state": query.states = set
        case "field": query.fields = set
        case "unit": query.units = set
        case "level": query.levels = set
        case "subject": query.subjects = set
        default: query.kinds = set
        }
    }

    private func describe(dimension: String) -> String {
        let lists = app.workspace.lists, language = app.language
        switch dimension {
        case "year": return query.years.sorted().map(String.init).joined(separator: ", ")
        case "state": return query.states.map { app.workspace.configuration.workflow.label(ofState: $0, language) }.joined(separator: ", ")
        case "field": return query.fields.map { lists.label($0, in: .fields, language) }.joined(separator: ", ")
        case "unit": return query.units.map { lists.label($0, in: .units, language) }.joined(separator: ", ")
        case "level": return query.levels.map { lists.label($0, in: .levels, language) }.joined(separator: ", ")
        case "subject": return query.subjects.map { lists.label($0, in: .subjects, language) }.joined(separator: ", ")
        default: return query.kinds.map { lists.label($0, in: .kinds, language) }.joined(separator: ", ")
        }
    }

    private func chooseSort() {
        let options = zip(ModelQuery.SortKey.listOrder, AppText.listColumns).map { Picker.Option(id: $0.rawValue, label: app.t($1)) }
        app.pick(app.t(AppText.sortTitle), options, selected: query.sort.rawValue) { [unowned self] option in
            self.query.sort = ModelQuery.SortKey(rawValue: option.id) ?? .name
            self.reorder()
        }
    }

    // MARK: - Drawing

    func draw(on screen: Screen, top: Int, height: Int) {
        ensureOrdered()
        let width = screen.size.columns
        pageHeight = max(1, height - 3)
        let filters = AppText.filterDimensions.map(\.0).compactMap { dimension -> String? in
            let value = describe(dimension: dimension)
            return value.isEmpty ? nil : value
        }
        // The marks that count are those on rows shown: a move or a filter that takes marked rows
        // out of the list leaves them out of the next batch too (``targets``).
        let markedShown = marked.isEmpty ? 0 : shown.reduce(0) { $0 + (marked.contains(rows[$1].id) ? 1 : 0) }
        var line = app.t(AppText.counts(shown: shown.count, total: app.workspace.rows.count, marked: markedShown))
        if !filters.isEmpty { line += "  ·  " + filters.joined(separator: " · ") }
        if let queueLabel { line += "  ·  " + queueLabel }
        let arrow = query.descending ? "↑" : "↓"
        line += "  ·  \(arrow) \(app.t(AppText.listColumns[ModelQuery.SortKey.listOrder.firstIndex(of: query.sort) ?? 1]))"
        screen.put(line, row: top, column: 1, style: Style(.dim))
        let searchText = searching?.text ?? query.search
        let searchLine = "/ " + searchText
        screen.put(TextWidth.padded(searchLine, to: width - 2), row: top + 1, column: 1, style: Style(searching != nil ? .fieldFocused : .field))
        let widths = [(idWidth, 10), (0, 0), (16, 8), (14, 8), (8, 7), (9, 6), (16, 10), (4, 4)]
        let columns = zip(AppText.listColumns, widths).enumerated().map { index, pair in
            TableColumn(app.t(pair.0), width: pair.1.0, minimum: pair.1.1, alignRight: index == 7)
        }
        let lists = app.workspace.lists, language = app.language, workflow = app.workspace.configuration.workflow
        headerRow = top + 2
        TableRenderer.draw(on: screen, top: headerRow, left: 1, width: width - 2, height: height - 2, columns: columns, state: table,
                           cells: { index in
                               let r = self.row(index)
                               let mark = self.marked.contains(r.id) ? "✓" : self.conflicted.contains(r.id) ? "!" : " "
                               return [mark + r.id, r.displayName, lists.label(r.unit, in: .units, language), lists.label(r.field, in: .fields, language),
                                       lists.label(r.subject, in: .subjects, language), lists.label(r.kind, in: .kinds, language),
                                       workflow.label(ofState: r.state, language), String(r.year)]
                           },
                           style: { index in
                               if index == self.table.selected { return Style(.selected) }
                               let id = self.row(index).id
                               return self.marked.contains(id) ? Style(.marked) : self.conflicted.contains(id) ? Style(.warning) : .normal
                           })
        if let editor = searching {
            let view = editor.visible(width: width - 5)
            screen.setCursor(row: top + 1, column: 3 + view.cursorColumn)
        }
    }
}

extension ModelQuery.SortKey {
    /// Sort keys in the order of the list's columns.
    static let listOrder: [ModelQuery.SortKey] = [.id, .name, .unit, .field, .subject, .kind, .state, .year]
}

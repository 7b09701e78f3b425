import DVKCore
import DVKTerminal

/// The table the committee's queues share: the models in some workflow states, narrowed by
/// year, state, field, unit and level with `f` and by a search typed after `/` (no diacritics
/// needed, as in the model list), marked with Space and `*` for a batch, walked with the arrows,
/// PgUp/PgDn and the mouse. Rows come from the list index; a full record
/// (sheets, decisions) is read only for the rows drawn and the models acted on.
final class CommitteeTable {
    /// A column: its title, width, narrowest width and the cell of a record.
    struct Column {
        let title: LocalizedText
        let width: Int
        let minimum: Int
        var alignRight = false
        let cell: (ModelRecord) -> String
    }

    unowned let app: App
    let states: [String]
    let columns: [Column]
    /// The rows shown, in Vietnamese order of their names.
    private(set) var rows: [ModelSummary] = []
    private var all: [ModelSummary] = []
    /// Full records read so far, by id; a newer revision in the index reads the record again.
    private var loaded: [String: ModelRecord] = [:]
    var marked: Set<String> = []
    var table = TableState()
    /// Filters by dimension (`year`, `state`, `field`, `unit`, `level`): the chosen id.
    private(set) var filters: [String: String] = [:]
    private var pageHeight = 5
    /// The search being typed after `/` (nil when not typing); `search` is the one kept.
    private(set) var searching: LineEditor?
    private var search = ""

    /// Whether keys go to the search line (the screen then passes them all here).
    var capturesText: Bool { searching != nil }

    init(app: App, states: [String], columns: [Column]) {
        self.app = app
        self.states = states
        self.columns = columns
        reload()
    }

    /// The full record of a row, read from disk once per revision.
    func record(_ row: ModelSummary) -> ModelRecord? {
        if let cached = loaded[row.id], cached.revision == row.revision { return cached }
        let fresh = app.workspace.model(row.id)
        loaded[row.id] = fresh
        return fresh
    }

    private var currentRow: ModelSummary? { table.selected < rows.count ? rows[table.selected] : nil }

    var current: ModelRecord? { currentRow.flatMap(record) }

    /// The marked models, or the current one when none is marked, read in full.
    var targets: [ModelRecord] {
        let chosen = rows.filter { marked.contains($0.id) }
        return (chosen.isEmpty ? (currentRow.map { [$0] } ?? []) : chosen).compactMap(record)
    }

    /// Takes the models of the states again from the workspace, keeping the selection and the
    /// marks still there.
    func reload() {
        let wanted = Set(states)
        let kept = app.workspace.rows.filter { wanted.contains($0.state) }
        all = VietnameseText.sortedPositions(of: kept.map { $0.displayName }, thenBy: kept.map { $0.id }).map { kept[$0] }
        refilter()
    }

    private func refilter() {
        let selected = currentRow?.id
        var query = ModelQuery()
        query.search = searching?.text ?? search
        let words = query.searchWords
        rows = all.filter { row in
            (onlyIDs?.ids.contains(row.id) ?? true) && filters.allSatisfy { dimension, value in value == Self.value(of: row, dimension) }
                && ModelQuery.matches(foldedBytes: row.searchKey, words: words)
        }
        marked = marked.intersection(rows.map(\.id))
        table.setCount(rows.count)
        table.select(rows.firstIndex { $0.id == selected } ?? min(table.selected, max(0, rows.count - 1)), pageHeight: pageHeight)
    }

    /// Shows only the models in `state`.
    func filter(state: String) {
        filters["state"] = state
        refilter()
    }

    /// Shows only these models (a dashboard queue), named `label`, until `x` clears the filters.
    func filter(ids: Set<String>, label: String) {
        onlyIDs = (ids, label)
        refilter()
    }

    /// The dashboard queue the table is narrowed to.
    private var onlyIDs: (ids: Set<String>, label: String)?

    private static func value(of record: ModelSummary, _ dimension: String) -> String {
        switch dimension {
        case "state": return record.state
        case "field": return record.field
        case "unit": return record.unit
        case "year": return String(record.year)
        default: return record.level
        }
    }

    /// Sets one filter (`year`, `state`, `field`, `unit`, `level`) to a value, or clears it.
    func setFilter(_ dimension: String, _ value: String?) {
        filters[dimension] = value
        refilter()
    }

    /// The `:` commands a queue takes: the filters, and `:export` of the rows shown.
    func perform(_ command: ColonCommand) {
        switch command {
        case .year(let year): setFilter("year", year.map(String.init))
        case .state(let state):
            if let state, !states.contains(state) {
                return app.inform(app.t(ColonText.stateNotInQueue(app.workspace.configuration.workflow.label(ofState: state, app.language))), isError: true)
            }
            setFilter("state", state)
        case .field(let field): setFilter("field", field)
        case .unit(let unit): setFilter("unit", unit)
        case .export: ExportFlow(app: app).start(rows.map(\.id))
        case .go, .quit: break
        }
    }

    /// Handles the table's own keys; false for keys the screen should handle.
    func handle(_ key: Key) -> Bool {
        if searching != nil { return handleSearch(key) }
        if table.handle(key, pageHeight: pageHeight) { return true }
        switch key {
        case .character("/"):
            searching = LineEditor(search)
        case .character(" "):
            if let id = current?.id {
                if marked.contains(id) { marked.remove(id) } else { marked.insert(id) }
                table.select(table.selected + 1, pageHeight: pageHeight)
            }
        case .character("*"):
            marked = marked.isEmpty ? Set(rows.map(\.id)) : []
        case .character("f"):
            chooseFilter()
        case .character("x"):
            filters = [:]
            onlyIDs = nil
            search = ""
            refilter()
        case .control("r"):
            app.workspace.reload()
            reload()
        case .mouse(let event) where event.kind == .click:
            let index = table.visibleRows(pageHeight: pageHeight).lowerBound + event.row - drawnTop - 1
            if index >= 0 && index < rows.count && event.row > drawnTop { table.select(index, pageHeight: pageHeight) }
        default:
            return false
        }
        return true
    }

    /// Keys while typing the search: it narrows as it is typed; Enter keeps it, Esc drops it,
    /// the arrows leave it and move.
    private func handleSearch(_ key: Key) -> Bool {
        switch key {
        case .enter:
            search = searching?.committed ?? ""
            searching = nil
        case .escape:
            searching = nil
            search = ""
        case .up, .down, .pageUp, .pageDown:
            search = searching?.committed ?? ""
            searching = nil
            _ = table.handle(key, pageHeight: pageHeight)
            return true
        default:
            guard var editor = searching, editor.handle(key, input: app.input) else { return true }
            searching = editor
        }
        refilter()
        return true
    }

    private func chooseFilter() {
        let lists = app.workspace.lists, language = app.language, workflow = app.workspace.configuration.workflow
        let dimensions: [(String, LocalizedText, [Picker.Option])] = [
            ("year", CommitteeText.year, Set(all.map(\.year)).sorted(by: >).map { Picker.Option(id: String($0), label: String($0)) }),
            ("state", CommitteeText.state, states.map { Picker.Option(id: $0, label: workflow.label(ofState: $0, language)) }),
            ("field", CommitteeText.field, lists.fields.map { Picker.Option($0, language) }),
            ("unit", CommitteeText.unit, VietnameseText.sorted(lists.entries(.units).map { Picker.Option($0, language) }) { $0.label }),
            ("level", CommitteeText.level, lists.levels.map { Picker.Option($0, language) }),
        ]
        let options = dimensions.map { Picker.Option(id: $0.0, label: app.t($0.1), detail: self.filterLabel($0.0, $0.2)) }
        app.pick(app.t(CommitteeText.filterTitle), options) { [unowned self] chosen in
            guard let dimension = dimensions.first(where: { $0.0 == chosen.id }) else { return }
            let any = Picker.Option(id: "", label: self.app.t(CommitteeText.any))
            self.app.pick(chosen.label, [any] + dimension.2, selected: self.filters[chosen.id]) { value in
                self.filters[chosen.id] = value.id.isEmpty ? nil : value.id
                self.refilter()
            }
        }
    }

    private func filterLabel(_ dimension: String, _ options: [Picker.Option]) -> String {
        guard let id = filters[dimension] else { return "" }
        return options.first { $0.id == id }?.label ?? id
    }

    /// A line saying how many models are shown and marked, and the filters in force.
    var summaryLine: String {
        let labels = filters.keys.sorted().map { dimension -> String in
            let value = filters[dimension] ?? ""
            let lists = app.workspace.lists, language = app.language
            switch dimension {
            case "state": return app.workspace.configuration.workflow.label(ofState: value, language)
            case "field": return lists.label(value, in: .fields, language)
            case "unit": return lists.label(value, in: .units, language)
            case "year": return value
            default: return lists.label(value, in: .levels, language)
            }
        }
        let typed = searching.map { "/" + $0.text + "▏" } ?? (search.isEmpty ? nil : "/" + search)
        let shown = labels + (onlyIDs.map { [$0.label] } ?? []) + (typed.map { [$0] } ?? [])
        return app.t(CommitteeText.counts(rows.count, marked: marked.count)) + (shown.isEmpty ? "" : "  ·  " + shown.joined(separator: " · "))
    }

    private var drawnTop = 0

    func draw(on screen: Screen, top: Int, left: Int, width: Int, height: Int) {
        drawnTop = top
        pageHeight = max(1, height - 1)
        let tableColumns = columns.map { TableColumn(app.t($0.title), width: $0.width, minimum: $0.minimum, alignRight: $0.alignRight) }
        TableRenderer.draw(on: screen, top: top, left: left, width: width, height: height, columns: tableColumns, state: table,
                           cells: { index in
                               let row = self.rows[index]
                               guard let record = self.record(row) else { return [" " + row.id, row.displayName] }
                               var cells = self.columns.map { $0.cell(record) }
                               if !cells.isEmpty { cells[0] = (self.marked.contains(record.id) ? "✓" : " ") + cells[0] }
                               return cells
                           },
                           style: { index in
                               if index == self.table.selected { return Style(.selected) }
                               return self.marked.contains(self.rows[index].id) ? Style(.marked) : .normal
                           })
        if rows.isEmpty { screen.put(app.t(CommitteeText.empty), row: top + 2, column: left + 2, style: Style(.dim)) }
    }
}

/// Texts shared by the committee's queues.
enum CommitteeText {
    typealias L = LocalizedText
    static let state = L(vi: "Trạng thái", en: "State")
    static let year = L(vi: "Năm", en: "Year")
    static let field = L(vi: "Lĩnh vực", en: "Field")
    static let unit = L(vi: "Đơn vị", en: "Unit")
    static let level = L(vi: "Cấp", en: "Level")
    static let filterTitle = L(vi: "Lọc theo", en: "Filter by")
    static let any = L(vi: "(tất cả)", en: "(all)")
    static let empty = L(vi: "Không có mô hình nào đang chờ.", en: "Nothing is waiting here.")
    static func counts(_ n: Int, marked: Int) -> L {
        L(vi: "\(n) mô hình" + (marked > 0 ? ", đã chọn \(marked)" : ""), en: "\(n) model(s)" + (marked > 0 ? ", \(marked) marked" : ""))
    }
    static let mark = L(vi: "chọn/bỏ chọn dòng", en: "mark/unmark the row")
    static let markAll = L(vi: "chọn tất cả / bỏ chọn", en: "mark all / clear marks")
    static let filter = L(vi: "lọc (năm, trạng thái, lĩnh vực, đơn vị, cấp)", en: "filter (year, state, field, unit, level)")
    static let clearFilters = L(vi: "bỏ mọi bộ lọc", en: "clear the filters")
    static let reload = L(vi: "tải lại dữ liệu (thay đổi của người khác)", en: "reload the data (others' changes)")
    static let history = L(vi: "lịch sử", en: "history")
    static let move = L(vi: "chuyển trạng thái khác", en: "another move")
    static let back = L(vi: "quay lại", en: "back")
    static let name = L(vi: "Tên mô hình", en: "Name")
    static let id = L(vi: "Mã", en: "Id")
}

import DVKCore
import DVKStorage
import DVKTerminal

/// The model form (P6): sections of fields, dropdowns for lists, dates and numbers checked when
/// a field is left, multi-line text, dirty tracking, Ctrl-S to save, Esc asking before
/// discarding, undo/redo. A save that would overwrite someone's newer revision is refused.
final class ModelFormScreen: AppScreen {
    unowned let app: App
    unowned let list: ModelListScreen
    private var record: ModelRecord
    private var fields: [FormField]
    private var values: [String: String] = [:]
    private var original: [String: String] = [:]
    private var errors: [String: String] = [:]
    private var focus = 0
    private var line = LineEditor()
    private var area = TextArea()
    private var undoStack: [[String: String]] = []
    private var redoStack: [[String: String]] = []
    private var scroll = 0

    init(app: App, list: ModelListScreen, record: ModelRecord?) {
        self.app = app
        self.list = list
        let configuration = app.workspace.configuration
        fields = FormField.modelForm(budgetSources: configuration.lists.budgetSources, indicatorRows: record?.indicators.count ?? 1)
        if let record {
            self.record = record
        } else {
            let now = app.workspace.clock()
            var draft = ModelRecord(id: "", year: now.utcDay.year, state: configuration.workflow.initial, created: Stamp(at: now, by: app.workspace.actor.login))
            draft.origin = "new"
            draft.level = configuration.lists.currentLevels.first?.id ?? ""
            self.record = draft
        }
        loadValues()
    }

    private var binding: FormBinding { FormBinding(configuration: app.workspace.configuration, language: app.language) }
    private var isNew: Bool { record.revision == 0 }
    private var field: FormField { fields[focus] }

    var title: String {
        isNew ? app.t(FormText.newTitle) : "\(record.id) — \(record.displayName)"
    }

    var capturesText: Bool { true }
    var isDirty: Bool { committedValues() != original }

    /// What the form's own keys do; the rest go to the focused field.
    enum Action: Sendable { case save, back, next, previous, choose, undo, redo, section, history, addRow, deleteRow, open, conflicts }

    /// The form's keys: the dispatch in `handle`, the hint bar and the `?` help all read this map.
    /// The history is F4 or Ctrl-L: terminals send Ctrl-H as Backspace (and Ctrl-I, J, M, [ as
    /// Tab, Enter, Esc), so a Ctrl-H binding could never be reached.
    static let keys = KeyMap<Action>([
        KeyBinding([.control("s")], "Ctrl-S", FormText.save, .save, hint: true),
        KeyBinding([.tab], "Tab ↓", FormText.next, .next, hint: true),
        KeyBinding([.backTab], "Shift-Tab ↑", FormText.previous, .previous),
        KeyBinding([], "Enter", FormText.choose, .choose, hint: true),
        KeyBinding([.escape], "Esc", FormText.back, .back, hint: true),
        KeyBinding([.control("z")], "Ctrl-Z", FormText.undo, .undo, hint: true),
        KeyBinding([.control("y")], "Ctrl-Y", FormText.redo, .redo),
        KeyBinding([.pageUp, .pageDown], "PgUp PgDn", FormText.page, .section),
        KeyBinding([.function(4), .control("l")], "F4 / Ctrl-L", FormText.history, .history),
        KeyBinding([.control("n")], "Ctrl-N", FormText.addRow, .addRow),
        KeyBinding([.control("x")], "Ctrl-X", FormText.deleteRow, .deleteRow),
        KeyBinding([.control("o")], "Ctrl-O", FormText.openFile, .open),
        KeyBinding([.function(6), .control("g")], "F6 / Ctrl-G", SyncScreenText.recordConflicts, .conflicts),
    ])

    var keyHelp: [(key: String, help: LocalizedText, hint: Bool)] {
        Self.keys.bindings.map { ($0.keyLabel, $0.help, $0.inHintBar) }
            + [("Ctrl-A Ctrl-E", FormText.lineEnds, false), ("Ctrl-B Ctrl-F", FormText.lineMove, false), ("Alt-B Alt-F", FormText.wordMove, false),
               ("Ctrl-W Ctrl-U Ctrl-K", FormText.lineCut, false)]
    }

    // MARK: - Values

    private func loadValues() {
        let binding = self.binding
        fields = FormField.modelForm(budgetSources: app.workspace.configuration.lists.budgetSources, indicatorRows: record.indicators.count)
        values = Dictionary(uniqueKeysWithValues: fields.map { ($0.key, binding.text($0, of: record)) })
        original = values
        errors = [:]
        enterField()
    }

    /// The values with the focused field's editor written back.
    private func committedValues() -> [String: String] {
        var copy = values
        copy[field.key] = field.kind == .multiline ? area.committed : line.committed
        return copy
    }

    private func enterField() {
        let text = values[field.key] ?? ""
        line = LineEditor(text)
        area = TextArea(text)
    }

    /// Writes the editor back, checks the field, and moves the focus.
    private func leaveField(to newFocus: Int) {
        checkField()
        focus = max(0, min(fields.count - 1, newFocus))
        enterField()
    }

    /// Writes the editor back and checks the focused field, tidying what it shows.
    private func checkField() {
        storeEditor()
        let text = values[field.key] ?? ""
        errors[field.key] = binding.problem(field, text: text, values: values)
        if errors[field.key] == nil { values[field.key] = binding.tidy(field, text: text) }
    }

    private func storeEditor() {
        let text = field.kind == .multiline ? area.committed : line.committed
        if values[field.key] != text {
            snapshot()
            values[field.key] = text
        }
    }

    private func snapshot() {
        undoStack.append(values)
        redoStack.removeAll()
    }

    // MARK: - Keys

    func handle(_ key: Key) {
        switch Self.keys.action(for: key) {
        case .save: return save()
        case .back: storeEditor(); return app.pop()
        case .next: return leaveField(to: focus + 1)
        case .previous: return leaveField(to: focus - 1)
        case .section: return leaveField(to: nextSection(after: key == .pageDown))
        case .undo: return undo()
        case .redo: return redo()
        case .history:
            if !isNew { app.push(HistoryScreen(app: app, record: record)) }
            return
        case .addRow: return app.mayEdit() ? addIndicatorRow() : ()
        case .deleteRow: return app.mayEdit() ? deleteIndicatorRow() : ()
        case .open: return openAttachment()
        case .conflicts:
            // The fields another office changed differently: take mine or theirs, one by one.
            if !isNew { app.push(SyncScreen(app: app, record: record.id)) }
            return
        case .choose, nil: break
        }
        guard app.mayEdit() else { return }
        switch field.kind {
        case .list(let listName):
            switch key {
            case .enter, .character: openPicker(listName, typed: key)
            case .down: leaveField(to: focus + 1)
            case .up: leaveField(to: focus - 1)
            case .backspace, .delete: change { self.values[self.field.key] = "" }
            default: break
            }
        case .yesNo:
            switch key {
            case .enter, .character(" "), .character("c"), .character("y"), .character("k"), .character("n"):
                let on = key == .character("c") || key == .character("y") || ((key == .enter || key == .character(" ")) && (values[field.key] ?? "").isEmpty)
                change { self.values[self.field.key] = on ? RecordFieldText.yes.text(self.app.language) : "" }
            case .down: leaveField(to: focus + 1)
            case .up: leaveField(to: focus - 1)
            default: break
            }
        case .indicator:
            switch key {
            case .enter, .down: leaveField(to: fields.firstIndex { $0.section == field.section && $0.indicatorCell?.row == (field.indicatorCell?.row ?? 0) + 1 && $0.indicatorCell?.column == field.indicatorCell?.column } ?? focus + 1)
            case .up: leaveField(to: fields.firstIndex { $0.indicatorCell?.row == (field.indicatorCell?.row ?? 0) - 1 && $0.indicatorCell?.column == field.indicatorCell?.column } ?? focus - 1)
            default:
                let before = line
                if line.handle(key, input: app.input), before.text != line.text { edited(from: before.committed) }
            }
        case .multiline:
            if key == .down && area.row == area.lines.count - 1 { return leaveField(to: focus + 1) }
            if key == .up && area.row == 0 { return leaveField(to: focus - 1) }
            let before = area
            if area.handle(key, input: app.input), area != before, before.text != area.text { edited(from: before.committed) }
        default:
            switch key {
            case .enter, .down: leaveField(to: focus + 1)
            case .up: leaveField(to: focus - 1)
            default:
                let before = line
                if line.handle(key, input: app.input), before.text != line.text { edited(from: before.committed) }
            }
        }
    }

    /// After a keystroke changed the focused editor: the state before it is kept for undo, and
    /// a warning shown under the field is checked again, so a field just filled in no longer
    /// says it is required.
    private func edited(from previousText: String) {
        snapshotFor(previousText)
        guard errors[field.key] != nil else { return }
        var current = values
        current[field.key] = field.kind == .multiline ? area.committed : line.committed
        errors[field.key] = binding.problem(field, text: current[field.key] ?? "", values: current)
    }

    /// Records the state before a keystroke changed the focused editor (for undo).
    private func snapshotFor(_ previousText: String) {
        var previous = values
        previous[field.key] = previousText
        undoStack.append(previous)
        redoStack.removeAll()
        values[field.key] = field.kind == .multiline ? area.committed : line.committed
    }

    private func change(_ body: () -> Void) {
        snapshot()
        body()
        enterField()
        errors[field.key] = binding.problem(field, text: values[field.key] ?? "", values: values)
    }

    private func undo() {
        storeEditor()
        guard let previous = undoStack.popLast() else { return }
        redoStack.append(values)
        values = previous
        rebuildFields()
    }

    private func redo() {
        guard let next = redoStack.popLast() else { return }
        undoStack.append(values)
        values = next
        rebuildFields()
    }

    // MARK: - Indicators and attachments

    /// The fields again after the number of indicator rows in `values` changed; the focus stays
    /// on the same key when it still exists.
    private func rebuildFields(focusing key: String? = nil) {
        let current = key ?? field.key
        fields = FormField.modelForm(budgetSources: app.workspace.configuration.lists.budgetSources,
                                     indicatorRows: FormField.indicatorRows(in: values))
        for f in fields where values[f.key] == nil { values[f.key] = "" }
        focus = fields.firstIndex { $0.key == current } ?? min(focus, fields.count - 1)
        enterField()
    }

    /// Ctrl-N: a blank indicator row after the last, its name focused.
    private func addIndicatorRow() {
        checkField()
        snapshot()
        let row = FormField.indicatorRows(in: values)
        for column in RecordFieldSetter.indicatorColumns { values[RecordFieldSetter.indicatorKey(row: row, column: column)] = "" }
        rebuildFields(focusing: RecordFieldSetter.indicatorKey(row: row, column: "name"))
    }

    /// Ctrl-X on an indicator row: the row removed, the rows below moved up.
    private func deleteIndicatorRow() {
        guard let cell = field.indicatorCell else { return app.inform(app.t(FormText.notInTable), isError: true) }
        checkField()
        snapshot()
        let rows = FormField.indicatorRows(in: values)
        for row in cell.row..<rows {
            for column in RecordFieldSetter.indicatorColumns {
                let key = RecordFieldSetter.indicatorKey(row: row, column: column)
                let below = RecordFieldSetter.indicatorKey(row: row + 1, column: column)
                values[key] = row + 1 < rows ? values[below] : nil
                errors[key] = nil
            }
        }
        if values.keys.allSatisfy({ FormField.indicatorCell($0) == nil }) {
            for column in RecordFieldSetter.indicatorColumns { values[RecordFieldSetter.indicatorKey(row: 0, column: column)] = "" }
        }
        let row = min(cell.row, FormField.indicatorRows(in: values) - 1)
        rebuildFields(focusing: RecordFieldSetter.indicatorKey(row: row, column: cell.column))
    }

    /// Ctrl-O: the attachment under the cursor (or the first) opened with the system viewer.
    private func openAttachment() {
        storeEditor()
        let paths = values["attachments"] ?? ""
        let lines = paths.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let row = field.key == "attachments" ? min(area.row, max(0, lines.count - 1)) : 0
        let chosen = lines.indices.contains(row) && !lines[row].trimmingSpaces.isEmpty ? lines[row] : lines.first { !$0.trimmingSpaces.isEmpty }
        guard let chosen else { return app.inform(app.t(FormText.noAttachment), isError: true) }
        let outcome = SystemViewer.open(chosen.trimmingSpaces, relativeTo: app.workspace.directory.path)
        app.inform(app.t(outcome.message), isError: !outcome.opened)
    }

    private func nextSection(after: Bool) -> Int {
        let section = field.section + (after ? 1 : -1)
        return fields.firstIndex { $0.section == section } ?? (after ? fields.count - 1 : 0)
    }

    private func openPicker(_ listName: ListName, typed: Key) {
        let lists = app.workspace.lists
        var entries = lists.entries(listName).map { Picker.Option($0, app.language) }
        if listName == .units { entries = VietnameseText.sorted(entries) { $0.label } }
        let none = Picker.Option(id: "", label: "—")
        let currentID = lists.lookup(values[field.key] ?? "", in: listName)?.id
        let key = field.key
        app.pick(binding.label(field), (field.required ? [] : [none]) + entries, selected: currentID) { [unowned self] option in
            guard self.field.key == key else { return }
            self.change { self.values[key] = option.label == "—" ? "" : option.label }
            self.leaveField(to: self.focus + 1)
        }
        if case .character(let c) = typed, case .picker(var picker, let onPick)? = app.overlay {
            _ = picker.handle(.character(c), pageHeight: 10)
            app.overlay = .picker(picker, onPick: onPick)
        }
    }

    // MARK: - Saving

    private func save() {
        storeEditor()
        guard app.mayEdit() else { return }
        // Every field's problem is marked at once, not one per attempt; the focus goes to the first.
        let problems = fields.indices.compactMap { index in
            binding.problem(fields[index], text: values[fields[index].key] ?? "", values: values).map { (index, $0) }
        }
        if let (index, problem) = problems.first {
            for (other, otherProblem) in problems { errors[fields[other].key] = otherProblem }
            focus = index
            enterField()
            let more = problems.count > 1 ? app.t(FormSaveText.andMore(problems.count - 1)) : ""
            return app.inform(binding.label(fields[index]) + ": " + problem + more, isError: true)
        }
        do {
            let updated = try binding.apply(values, original: original, fields: fields, to: record)
            record = isNew ? try app.workspace.create(updated) : try app.workspace.save(updated, expected: record.revision, action: "edit")
            loadValues()
            undoStack.removeAll()
            redoStack.removeAll()
            list.reorder(selecting: record.id)
            app.inform(app.t(FormText.saved(record.id, revision: record.revision)))
        } catch StorageError.conflict(_, let id, _, let found, let by, let at) {
            let readable = ReadableStamps(users: app.workspace.configuration.users)
            let lines = [app.t(FormText.conflict(id: id, by: readable.person(by), at: readable.time(at), revision: found))]
            app.show(MessageBox(title: app.t(FormText.conflictTitle), lines: lines,
                                choices: [("g", app.t(FormText.merge)), ("r", app.t(FormText.reload)), ("k", app.t(FormText.keepEditing))],
                                isError: true, defaultKey: "k")) { [unowned self] choice in
                if choice == "r", let fresh = try? self.app.workspace.reloadModel(id) {
                    self.record = fresh
                    self.loadValues()
                    self.list.reorder()
                } else if choice == "g" {
                    do {
                        self.offerMerge(with: try self.app.workspace.reloadModel(id))
                    } catch {
                        self.app.fail(error)
                    }
                }
            }
        } catch let error as FieldInputError {
            if let index = fields.firstIndex(where: { $0.key == error.key }) { focus = index; enterField() }
            errors[error.key] = error.message.text(app.language)
            app.inform(error.message.text(app.language), isError: true)
        } catch {
            app.fail(error)
        }
    }

    // MARK: - Merging after a conflict

    /// The merge of a save conflict: `theirs` is the record as the other person saved it, the
    /// form's `original` the values it was opened with. The fields they changed are listed beside
    /// mine to choose from (mine by default where I changed it too); the fields only I changed
    /// keep mine; the others take theirs. Accepting saves on top of their revision.
    private func offerMerge(with theirs: ModelRecord) {
        storeEditor()
        let mine = values, base = original
        let binding = self.binding
        let theirFields = FormField.modelForm(budgetSources: app.workspace.configuration.lists.budgetSources, indicatorRows: theirs.indicators.count)
        let theirValues = Dictionary(uniqueKeysWithValues: theirFields.map { ($0.key, binding.text($0, of: theirs)) })
        let rowCount = max(FormField.indicatorRows(in: mine), FormField.indicatorRows(in: theirValues), FormField.indicatorRows(in: base))
        let allFields = FormField.modelForm(budgetSources: app.workspace.configuration.lists.budgetSources, indicatorRows: rowCount)
        let value = { (v: [String: String], key: String) in v[key] ?? "" }
        let rows = allFields.compactMap { f -> MergeScreen.Row? in
            let theirsChanged = value(theirValues, f.key) != value(base, f.key)
            guard theirsChanged, value(theirValues, f.key) != value(mine, f.key) else { return nil }
            let mineChanged = value(mine, f.key) != value(base, f.key)
            return MergeScreen.Row(key: f.key, label: binding.label(f), mine: value(mine, f.key), theirs: value(theirValues, f.key), takeMine: mineChanged)
        }
        let who = ReadableStamps(users: app.workspace.configuration.users).person(theirs.updated.by)
        let asked = Set(rows.map(\.key))
        let mineOnly = allFields.filter { !asked.contains($0.key) && value(mine, $0.key) != value(base, $0.key) && value(mine, $0.key) != value(theirValues, $0.key) }
        app.push(MergeScreen(app: app, rows: rows, who: who, mineOnly: mineOnly.map(binding.label)) { [unowned self] choices in
            var merged: [String: String] = [:]
            for f in allFields {
                let key = f.key
                if let takeMine = choices[key] {
                    merged[key] = takeMine ? value(mine, key) : value(theirValues, key)
                } else {
                    merged[key] = value(mine, key) != value(base, key) ? value(mine, key) : value(theirValues, key)
                }
            }
            // Trailing indicator rows left blank are not rows any more.
            var rows = FormField.indicatorRows(in: merged)
            while rows > 1, RecordFieldSetter.indicatorColumns.allSatisfy({ (merged[RecordFieldSetter.indicatorKey(row: rows - 1, column: $0)] ?? "").isEmpty }) {
                for column in RecordFieldSetter.indicatorColumns { merged[RecordFieldSetter.indicatorKey(row: rows - 1, column: column)] = nil }
                rows -= 1
            }
            let key = self.field.key
            self.record = theirs
            self.original = theirValues
            self.values = merged
            self.undoStack.removeAll()
            self.redoStack.removeAll()
            self.rebuildFields(focusing: key)
            self.list.reorder()
            self.save()
        })
    }

    // MARK: - Drawing

    func draw(on screen: Screen, top: Int, height: Int) {
        let width = screen.size.columns
        let labelWidth = min(34, width / 3)
        let valueWidth = width - labelWidth - 4
        // Lines: section headers, one or three lines per field, one more for an error.
        // An indicator row is one line of four cells under a line of column heads.
        var layout: [(row: Int, field: Int?, section: Int?)] = []
        var row = 0
        var lastSection = -1
        for (index, f) in fields.enumerated() {
            if f.section != lastSection {
                layout.append((row, nil, f.section))
                row += 1
                lastSection = f.section
                if f.kind == .indicator { layout.append((row, nil, -1)); row += 1 }
            }
            layout.append((row, index, nil))
            if let cell = f.indicatorCell {
                guard cell.column == "actual" else { continue }
                row += 1
                if RecordFieldSetter.indicatorColumns.contains(where: { errors[RecordFieldSetter.indicatorKey(row: cell.row, column: $0)] != nil }) { row += 1 }
                continue
            }
            row += f.kind == .multiline ? 3 : 1
            if errors[f.key] != nil { row += 1 }
        }
        let cells = indicatorColumns(width: width)
        let focusRow = layout.first { $0.field == focus }?.row ?? 0
        if focusRow < scroll { scroll = max(0, focusRow - 1) }
        if focusRow + 4 > scroll + height { scroll = focusRow + 4 - height }
        let state = app.workspace.configuration.workflow.label(ofState: record.state, app.language)
        var header = "\(app.t(FormText.stateLabel)): \(state)"
        if let parent = record.parentId, !parent.isEmpty { header += "  ·  " + app.t(FormText.replicatedFrom(parent)) }
        if !record.replication.childIds.isEmpty { header += "  ·  " + app.t(FormText.replicatedAs(record.replication.childIds)) }
        screen.put(header + "   " + (isDirty ? app.t(FormText.unsaved) : ""), row: top, column: 1, style: Style(.dim))
        for entry in layout {
            let y = top + 1 + entry.row - scroll
            guard y > top, y < top + height else { continue }
            if entry.section == -1 {
                for (column, cell) in zip(RecordFieldSetter.indicatorColumns, cells) {
                    screen.put(TextWidth.padded(RecordFieldLabels.label("indicators." + column, app.language), to: cell.width), row: y, column: cell.left, style: Style(.dim))
                }
                continue
            }
            if let section = entry.section {
                screen.put("── " + RecordFieldText.sections[section].text(app.language) + " ──", row: y, column: 1, style: Style(.header, bold: true))
                continue
            }
            guard let index = entry.field else { continue }
            let f = fields[index]
            let focused = index == focus
            if let cell = f.indicatorCell, let column = RecordFieldSetter.indicatorColumns.firstIndex(of: cell.column) {
                if column == 0 { screen.put("\(cell.row + 1).", row: y, column: 1, style: Style(focused ? .header : .normal)) }
                let box = cells[column]
                var editor = focused ? line : LineEditor(values[f.key] ?? "")
                if !focused { editor.moveHome() }
                let view = editor.visible(width: box.width)
                let shown = focused ? TextWidth.padded(view.text, to: box.width) : TextWidth.elided(values[f.key] ?? "", to: box.width)
                screen.put(shown, row: y, column: box.left, style: Style(focused ? .fieldFocused : .field))
                if focused { screen.setCursor(row: y, column: box.left + view.cursorColumn) }
                if let error = errors[f.key], y + 1 < top + height { screen.put("  ⚠ " + error, row: y + 1, column: 4, style: Style(.error)) }
                continue
            }
            let label = (f.required ? "* " : "  ") + binding.label(f)
            screen.put(TextWidth.padded(label, to: labelWidth), row: y, column: 1, style: Style(focused ? .header : .normal, bold: focused))
            let style = Style(focused ? .fieldFocused : .field)
            if f.kind == .multiline {
                let editor = focused ? area : TextArea(values[f.key] ?? "")
                let view = editor.visible(width: valueWidth, height: 3, fromStart: !focused)
                for offset in 0..<3 where y + offset < top + height {
                    let text = offset < view.lines.count ? view.lines[offset] : ""
                    screen.put(TextWidth.padded(text, to: valueWidth), row: y + offset, column: labelWidth + 2, style: style)
                }
                if focused { screen.setCursor(row: y + view.cursorRow, column: labelWidth + 2 + view.cursorColumn) }
            } else if focused {
                let view = line.visible(width: valueWidth)
                let shown = view.text + (isListLike(f) ? "  ▾" : "")
                screen.put(TextWidth.padded(shown, to: valueWidth), row: y, column: labelWidth + 2, style: style)
                if !isListLike(f) { screen.setCursor(row: y, column: labelWidth + 2 + view.cursorColumn) }
            } else {
                // A value longer than its room ends in «…»: the reader sees there is more, shown
                // whole (scrolling) once the field has the focus.
                screen.put(TextWidth.elided(values[f.key] ?? "", to: valueWidth), row: y, column: labelWidth + 2, style: style)
            }
            if let error = errors[f.key] {
                let errorRow = y + (f.kind == .multiline ? 3 : 1)
                if errorRow < top + height { screen.put("  ⚠ " + error, row: errorRow, column: labelWidth + 2, style: Style(.error)) }
            }
        }
    }

    /// Where the indicator table's cells stand: name wide, unit, target and achieved narrower.
    private func indicatorColumns(width: Int) -> [(left: Int, width: Int)] {
        let available = max(40, width - 6)
        let name = available * 2 / 5
        let other = (available - name) / 3 - 1
        return [(5, name), (6 + name, other), (7 + name + other, other), (8 + name + 2 * other, other)]
    }

    private func isListLike(_ f: FormField) -> Bool {
        if case .list = f.kind { return true }
        return f.kind == .yesNo
    }
}

/// Texts of the model form.
enum FormText {
    typealias L = LocalizedText
    static let newTitle = L(vi: "Mô hình mới", en: "New model")
    static let save = L(vi: "lưu", en: "save")
    static let next = L(vi: "ô sau", en: "next field")
    static let previous = L(vi: "ô trước", en: "previous field")
    static let choose = L(vi: "chọn trong danh mục / xuống ô sau", en: "pick from the list / next field")
    static let back = L(vi: "quay lại (hỏi nếu chưa lưu)", en: "back (asks if unsaved)")
    static let undo = L(vi: "hoàn tác", en: "undo")
    static let redo = L(vi: "làm lại", en: "redo")
    static let page = L(vi: "sang phần trước/sau", en: "previous/next section")
    static let history = L(vi: "lịch sử của mô hình", en: "the model's history")
    static let stateLabel = L(vi: "Trạng thái", en: "State")
    static let unsaved = L(vi: "● chưa lưu", en: "● unsaved")
    static let lineEnds = L(vi: "đầu, cuối dòng đang gõ", en: "start, end of the line being typed")
    static let lineMove = L(vi: "lùi, tiến một ký tự", en: "a character back, forward")
    static let wordMove = L(vi: "lùi, tiến một từ", en: "a word back, forward")
    static let lineCut = L(vi: "xóa từ trước con trỏ, xóa đến đầu dòng, đến cuối dòng", en: "cut the word before the cursor, to the start, to the end")
    static let conflictTitle = L(vi: "Người khác đã lưu trước", en: "Someone saved first")
    static let reload = L(vi: "tải bản của họ (bỏ thay đổi của tôi)", en: "load their version (drop my changes)")
    static let keepEditing = L(vi: "tiếp tục sửa", en: "keep editing")
    static let merge = L(vi: "gộp với bản của họ, chọn từng trường", en: "merge with their version, field by field")
    static let addRow = L(vi: "thêm một dòng chỉ tiêu", en: "add an indicator row")
    static let deleteRow = L(vi: "xóa dòng chỉ tiêu đang đứng", en: "delete the indicator row")
    static let openFile = L(vi: "mở tệp minh chứng đang chọn bằng trình xem của hệ thống", en: "open the selected attachment with the system viewer")
    static let notInTable = L(vi: "Ctrl-X xóa một dòng chỉ tiêu: hãy đứng ở bảng chỉ tiêu", en: "Ctrl-X deletes an indicator row: go to the indicators table first")
    static let noAttachment = L(vi: "Chưa có tệp minh chứng nào để mở", en: "No attachment to open")

    static func replicatedFrom(_ id: String) -> L { L(vi: "nhân rộng từ \(id)", en: "replicated from \(id)") }
    static func replicatedAs(_ ids: [String]) -> L {
        L(vi: "đã nhân rộng: \(ids.joined(separator: ", "))", en: "replicated as \(ids.joined(separator: ", "))")
    }

    static func saved(_ id: String, revision: Int) -> L {
        L(vi: "Đã lưu \(id) (phiên bản \(revision))", en: "Saved \(id) (revision \(revision))")
    }

    static func conflict(id: String, by: String, at: String, revision: Int) -> L {
        L(vi: "\(id) đã được \(by) lưu lúc \(at) (phiên bản \(revision)). Thay đổi của bạn chưa được ghi.",
          en: "\(by) saved \(id) at \(at) (revision \(revision)). Your changes were not written.")
    }
}

/// What a refused save adds when more than one field needs attention.
enum FormSaveText {
    static func andMore(_ count: Int) -> LocalizedText {
        LocalizedText(vi: " (và \(count) trường khác, đã đánh dấu ⚠)", en: " (and \(count) more field(s), marked ⚠)")
    }
}

import DVKCore
import DVKStorage
import DVKTerminal

/// The changes made to the committee's settings, newest first (``SettingsStore/history()``):
/// when in local time, who by name, which file, the note. `u` undoes the last change still in
/// effect after a question whose default is No; Enter shows a whole note.
final class SettingsHistoryScreen: AppScreen {
    unowned let app: App
    private(set) var entries: [JournalEntry] = []
    private var selected = 0
    private var scroll = 0

    init(app: App) {
        self.app = app
        refresh()
    }

    private var workspace: Workspace { app.workspace }

    func refresh() {
        do {
            entries = try SettingsStore(directory: workspace.directory).history().reversed()
        } catch {
            entries = []
            app.fail(error)
        }
        selected = min(selected, max(0, entries.count - 1))
    }

    var title: String { app.t(SettingsText.historyTitle) }
    var capturesText: Bool { false }
    var isDirty: Bool { false }
    var keyHelp: [(key: String, help: LocalizedText, hint: Bool)] {
        [("u", SettingsText.undo, true), ("Enter", SettingsText.note, false), ("Esc", SettingsText.back, true)]
    }

    func handle(_ key: Key) {
        switch key {
        case .escape: app.pop()
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(max(0, entries.count - 1), selected + 1)
        case .pageUp: selected = max(0, selected - 10)
        case .pageDown: selected = min(max(0, entries.count - 1), selected + 10)
        case .enter:
            guard entries.indices.contains(selected) else { return }
            let entry = entries[selected]
            app.show(MessageBox(title: "config/\(entry.id).json", lines: TextWidth.wrap(entry.note, width: 70), choices: [("o", "OK")])) { _ in }
        case .character("u"): askToUndo()
        default: break
        }
    }

    private func askToUndo() {
        guard workspace.canAdminister else { return app.inform(app.t(SettingsText.adminOnly), isError: true) }
        let store = SettingsStore(directory: workspace.directory)
        let last: JournalEntry?
        do { last = try store.liveChanges().last } catch { return app.fail(error) }
        guard let last else { return app.inform(app.t(SettingsText.nothingToUndo)) }
        app.askYesNo(app.t(SettingsText.undoTitle), TextWidth.wrap(app.t(SettingsText.undoQuestion(last.id, last.note)), width: 70)) { yes in
            guard yes else { return }
            do {
                guard let undone = try store.undoLast(by: self.workspace.actor.login, at: self.workspace.clock()) else {
                    return self.app.inform(self.app.t(SettingsText.nothingToUndo))
                }
                try self.workspace.reloadConfiguration()
                self.refresh()
                self.selected = 0
                self.app.inform(self.app.t(SettingsText.undone(undone.id)))
            } catch {
                self.refresh()
                self.app.fail(error)
            }
        }
    }

    func draw(on screen: Screen, top: Int, height: Int) {
        let columns = screen.size.columns
        let stamps = ReadableStamps(users: workspace.configuration.users)
        let whenWidth = 17, whoWidth = 22, fileWidth = 10
        let noteWidth = max(10, columns - whenWidth - whoWidth - fileWidth - 5)
        func line(_ when: String, _ who: String, _ file: String, _ note: String) -> String {
            " " + TextWidth.padded(when, to: whenWidth) + TextWidth.padded(who, to: whoWidth) + TextWidth.padded(file, to: fileWidth) + " "
                + TextWidth.padded(note, to: noteWidth)
        }
        screen.put(line(app.t(SettingsText.when), app.t(SettingsText.who), app.t(SettingsText.file), app.t(SettingsText.note)),
                   row: top, column: 0, style: Style(.header, bold: true))
        guard !entries.isEmpty else {
            screen.put(" " + app.t(SettingsText.noHistory), row: top + 2, column: 0, style: Style(.dim))
            return
        }
        let visible = max(1, height - 1)
        if selected < scroll { scroll = selected } else if selected >= scroll + visible { scroll = selected - visible + 1 }
        for (offset, index) in entries.indices.dropFirst(scroll).prefix(visible).enumerated() {
            let entry = entries[index]
            let text = line(stamps.time(entry.at), stamps.person(entry.by), entry.id, entry.note.replacingOccurrences(of: "\n", with: "\\n"))
            screen.put(text, row: top + 1 + offset, column: 0, style: Style(index == selected ? .selected : .normal))
        }
    }
}

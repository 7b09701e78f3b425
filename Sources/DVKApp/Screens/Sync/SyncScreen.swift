import DVKCore
import DVKStorage
import DVKSync
import DVKTerminal

/// `S` on the dashboard: the exchange with the other offices. Shows the office, the remote and
/// the last sync; `s` syncs with the remote, `w` writes a sync file for a USB stick, `r` reads
/// one, with a progress bar while it runs and what came in and went out afterwards. Below, the
/// fields two offices changed differently: ↑↓ choose one, `m` keeps mine, `t` takes theirs,
/// `o` opens the model. Opened from a model's form (F6), it lists that record's conflicts only.
final class SyncScreen: AppScreen {
    unowned let app: App
    /// The record whose conflicts are listed, or nil for every record's.
    let record: String?
    private var report: [LocalizedText] = []
    private(set) var conflicts: [ConflictBook.Entry] = []
    private var selected = 0

    init(app: App, record: String? = nil) {
        self.app = app
        self.record = record
        refresh()
    }

    private var workspace: Workspace { app.workspace }
    private var book: ConflictBook { ConflictBook(store: workspace.store) }

    func refresh() {
        conflicts = record.map { book.entries(of: $0) } ?? book.all()
        selected = min(selected, max(0, conflicts.count - 1))
    }

    func didReappear() { refresh() }

    var title: String { record.map { app.t(SyncScreenText.recordTitle($0)) } ?? app.t(SyncScreenText.title) }
    var capturesText: Bool { false }
    var isDirty: Bool { false }
    var keyHelp: [(key: String, help: LocalizedText, hint: Bool)] {
        [("s", SyncScreenText.syncNow, true), ("w", SyncScreenText.toFile, true), ("r", SyncScreenText.fromFile, true),
         ("m", SyncScreenText.takeMine, true), ("t", SyncScreenText.takeTheirs, true), ("o", SyncScreenText.open, false),
         ("Esc", SyncScreenText.back, true)]
    }

    var unavailableKeys: Set<String> { workspace.canEdit ? [] : ["s", "w", "r", "m", "t"] }

    func handle(_ key: Key) {
        switch key {
        case .escape: app.pop()
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(max(0, conflicts.count - 1), selected + 1)
        case .character("s"): run(.remote)
        case .character("w"): askPath(SyncScreenText.toFilePrompt) { self.run(.toFile($0)) }
        case .character("r"): askPath(SyncScreenText.fromFilePrompt) { self.run(.fromFile($0)) }
        case .character("m"): resolve(.mine)
        case .character("t"): resolve(.theirs)
        case .character("o"):
            guard conflicts.indices.contains(selected), conflicts[selected].kind == .model else { return }
            app.openModel(conflicts[selected].id)
        default: break
        }
    }

    private func askPath(_ title: LocalizedText, then: @escaping (String) -> Void) {
        guard app.mayEdit() else { return }
        let office = OfficeCode.read(workspace.directory) ?? "dvk"
        let initial = (app.lastFolder.map { $0 + "/" } ?? "") + "dvk-\(office).bundle"
        app.prompt(app.t(title), initial: initial) { typed in
            let path = FilePaths.clean(typed, environment: self.app.environment)
            guard !path.isEmpty else { return }
            self.app.lastFolder = FilePaths.folder(of: path)
            then(path)
        }
    }

    /// Runs one sync, the progress bar drawn at each step, then reloads the records.
    func run(_ peer: SyncEngine.Peer) {
        guard app.mayEdit() else { return }
        do {
            let engine = try SyncEngine.open(workspace.directory, actor: workspace.actor.login, language: app.language)
            let result = try engine.sync(peer, at: workspace.clock()) { step in
                self.app.progress(self.app.t(step.label), done: Int(step.fraction * 100), total: 100)
            }
            report = result.lines(peer: peer)
            workspace.reload()
            app.inform(app.t(SyncScreenText.done))
        } catch {
            report = []
            app.fail(error)
        }
        refresh()
    }

    private func resolve(_ side: ConflictBook.Side) {
        guard app.mayEdit(), conflicts.indices.contains(selected) else { return }
        let entry = conflicts[selected]
        do {
            try book.resolve(id: entry.id, field: entry.conflict.field, take: side, by: workspace.actor.login, at: workspace.clock())
            workspace.reload()
            app.inform(app.t(SyncScreenText.resolved(entry.id, field: entry.conflict.field, side: side)))
        } catch {
            app.fail(error)
        }
        refresh()
    }

    func draw(on screen: Screen, top: Int, height: Int) {
        var row = top + 1
        let directory = workspace.directory
        if let office = OfficeCode.read(directory) {
            screen.put(app.t(SyncScreenText.office(office)), row: row, column: 1, style: Style(.header, bold: true))
            row += 1
            screen.put(app.t(SyncScreenText.lastSync(SyncEngine.lastSync(directory))), row: row, column: 1, style: .normal)
        } else {
            screen.put(TextWidth.elided(app.t(SyncScreenText.notSetUp), to: screen.size.columns - 2), row: row, column: 1, style: Style(.dim))
        }
        row += 2
        for line in report.prefix(max(0, height / 2 - 4)) {
            screen.put(TextWidth.elided(app.t(line), to: screen.size.columns - 2), row: row, column: 1, style: .normal)
            row += 1
        }
        row += 1
        screen.put(app.t(SyncScreenText.conflictsHeading(conflicts.count)), row: row, column: 1, style: Style(.header, bold: true))
        row += 1
        let width = screen.size.columns - 4
        let visible = max(1, top + height - row)
        let first = max(0, min(selected - visible + 1, conflicts.count - visible))
        for (index, entry) in conflicts.enumerated().dropFirst(first).prefix(visible) {
            let c = entry.conflict
            let line = TextWidth.padded(entry.id, to: 16) + " " + TextWidth.padded(c.field, to: 18) + " "
                + app.t(SyncScreenText.values(mine: FieldConflict.display(c.mine, limit: 24), theirs: FieldConflict.display(c.theirs, limit: 24),
                                              office: c.office, by: c.by))
            screen.put(TextWidth.padded(TextWidth.elided(line, to: width), to: width), row: row, column: 2,
                       style: index == selected ? Style(.selected) : .normal)
            row += 1
        }
    }
}

import DVKCore
import Foundation
import DVKStorage
import DVKTerminal

/// One full screen of the app (the model list, a form, a history…): it draws itself and
/// handles the keys that reach it.
protocol AppScreen: AnyObject {
    var title: String { get }
    /// Keys for the hint bar and the `?` help.
    var keyHelp: [(key: String, help: LocalizedText, hint: Bool)] { get }
    /// Unsaved edits: quitting or leaving asks first.
    var isDirty: Bool { get }
    /// Letters typed go into a text field (a search, a form): `q` and `?` are text then, and
    /// only Ctrl-C and F1 keep their global meaning.
    var capturesText: Bool { get }
    func draw(on screen: Screen, top: Int, height: Int)
    func handle(_ key: Key)
    /// The screen above was left and this one shows again (its data may have changed).
    func didReappear()
    /// Keys of `keyHelp` the acting user's role cannot use here: left out of the hint bar and
    /// marked so in the help.
    var unavailableKeys: Set<String> { get }
}

extension AppScreen {
    func didReappear() {}
    var unavailableKeys: Set<String> { [] }
}

/// A list-like screen that takes `:` commands (the model list, the dashboard, the committee's
/// queues). `:go` and `:q` are the app's; the screen does the filters and the export.
protocol CommandTarget: AppScreen {
    func perform(_ command: ColonCommand)
}

/// A modal layer above the screens: a choice list, a question, the help, or a one-line prompt.
enum Overlay {
    case picker(Picker, onPick: (Picker.Option) -> Void)
    case message(MessageBox, onChoice: (Character) -> Void)
    case help(HelpOverlay)
    case prompt(title: String, editor: LineEditor, onDone: (String) -> Void)
    /// The `:` command line, drawn over the hint bar.
    case command(ColonPrompt, ColonCommandContext)
}

/// The interactive program: a stack of screens, at most one overlay, the status message, the
/// language and input mode. `handle` and `draw` are pure of the terminal, so tests drive it
/// with scripted keys and an in-memory screen.
public final class App {
    let workspace: Workspace
    var language: Language
    var input = VietnameseInput(mode: .direct)
    var stack: [AppScreen] = []
    var overlay: Overlay?
    var message: (text: String, isError: Bool)?
    public private(set) var wantsQuit = false
    /// The size of the last drawn screen, to place mouse clicks on overlays.
    private var drawnSize = (rows: 24, columns: 80)
    /// The screen `run` draws on, for a note shown while slow work runs.
    private var liveScreen: Screen?
    /// The folder of the last file imported or exported, offered again by the next prompt.
    var lastFolder: String?
    /// The `:` commands run so far, oldest first, walked with ↑↓ in the command line.
    var commandHistory: [String] = []
    /// The environment external programs (LibreOffice, `lp`) are looked up in.
    public var environment = ProcessInfo.processInfo.environment

    /// The smallest terminal the screens are drawn in; below it a "too small" note shows.
    public static let minimumSize = (rows: 12, columns: 60)

    /// Opens on the dashboard (the home screen) with the model list below it, or on the list.
    public init(workspace: Workspace, language: Language, startOnDashboard: Bool = true) {
        self.workspace = workspace
        self.language = language
        let list = ModelListScreen(app: self)
        stack = [list]
        if startOnDashboard { stack.append(DashboardScreen(app: self, list: list)) }
        showLoadProblems()
    }

    /// The files that could not be read, in a message, if there are any.
    private func showLoadProblems() {
        guard !workspace.loadProblems.isEmpty else { return }
        let lines = workspace.loadProblems.prefix(8).map { $0.message(language) }
        show(MessageBox(title: AppText.loadProblems.text(language), lines: Array(lines), choices: [("o", "OK")], isError: true)) { _ in }
    }

    /// Once the first screen is painted from the list index: checks it against every record
    /// file (changes made outside dvk) and shows what changed; true when anything did.
    @discardableResult
    public func checkRecordFiles() -> Bool {
        guard workspace.checkAgainstFiles() else { return false }
        stack.forEach { $0.didReappear() }
        if overlay == nil { showLoadProblems() }
        return true
    }

    func t(_ text: LocalizedText) -> String { text.text(language) }

    /// The titles of the screens open, the bottom one first (what tests check the stack by).
    var stackTitles: [String] { stack.map(\.title) }

    // MARK: - Running

    /// Draws, reads one key, handles it, until the user quits or the keys run out.
    public func run(screen: Screen, keys: KeySource) {
        liveScreen = screen
        defer { liveScreen = nil }
        draw(on: screen)
        if checkRecordFiles() { draw(on: screen) }
        while !wantsQuit, let key = keys.nextKey() {
            handle(key)
            draw(on: screen)
        }
    }

    // MARK: - Keys

    public func handle(_ key: Key) {
        if key == .resize { return }
        // Alt-B/Alt-F move by words in a text being typed; anywhere else ESC and a letter
        // arriving together are Esc and that letter typed quickly (Esc then q quits).
        if case .alt(let letter) = key {
            var typing = stack.last?.capturesText ?? false
            if let overlay { typing = { if case .prompt = $0 { return true } else { return false } }(overlay) }
            if !(typing && "bf".contains(letter)) { return key.splitAlt.forEach(handle) }
        }
        if isTooSmall { return handleWhileTooSmall(key) }
        if overlay != nil { return handleOverlay(key) }
        message = nil
        guard let top = stack.last else { return }
        switch key {
        case .function(1): showHelp(for: top)
        case .character("?") where !top.capturesText: showHelp(for: top)
        case .control("t"), .function(2): cycleInputMode()
        case .function(3): toggleLanguage()
        case .control("c"): requestQuit()
        case .character("q") where !top.capturesText: requestQuit()
        case .character(":") where !top.capturesText && top is CommandTarget:
            overlay = .command(ColonPrompt(history: commandHistory), ColonCommandContext(workspace: workspace, language: language))
        default: top.handle(key)
        }
    }

    /// Runs a line typed after `:`; a wrong one answers in words and stays in the history to fix.
    func runCommand(_ line: String, context: ColonCommandContext) {
        let typed = line.trimmingCharacters(in: .whitespaces)
        guard let parsed = context.parse(typed) else { return }
        if commandHistory.last != typed { commandHistory.append(typed) }
        switch parsed {
        case .failure(let error): inform(t(error.text), isError: true)
        case .success(.quit): requestQuit()
        case .success(.go(let id)): openModel(id)
        case .success(let command): (stack.last as? CommandTarget)?.perform(command)
        }
    }

    /// Opens a model's form above the current screen (selecting it in the list when the list is
    /// the current screen and shows it).
    func openModel(_ id: String) {
        guard let list = stack.first as? ModelListScreen, let summary = workspace.rows.first(where: { $0.id == id }) else {
            return inform(t(ColonText.noModel(id)), isError: true)
        }
        if stack.last === list { list.refilter(selecting: id) }
        list.openForm(summary)
    }

    /// Whether the last draw showed only the "too small" note.
    private var isTooSmall: Bool { drawnSize.rows < App.minimumSize.rows || drawnSize.columns < App.minimumSize.columns }

    /// Behind the "too small" note nothing can be seen, so nothing acts but quitting (and the
    /// answer to a question the note shows, such as "quit with unsaved changes?").
    private func handleWhileTooSmall(_ key: Key) {
        if case .message = overlay { return handleOverlay(key) }
        switch key {
        case .control("c"): requestQuit()
        case .character("q") where !(stack.last?.capturesText ?? false): requestQuit()
        default: break
        }
    }

    private func handleOverlay(_ key: Key) {
        guard let current = overlay else { return }
        let page = 10
        switch current {
        case .picker(var picker, let onPick):
            let outcome: Picker.Outcome
            if case .mouse(let event) = key {
                outcome = picker.click(event, rows: drawnSize.rows, columns: drawnSize.columns)
            } else {
                outcome = picker.handle(key, pageHeight: page)
            }
            switch outcome {
            case .picked(let option): overlay = nil; onPick(option)
            case .cancelled: overlay = nil
            case .none: overlay = .picker(picker, onPick: onPick)
            }
        case .message(let box, let onChoice):
            var choice = box.choice(for: key)
            if case .mouse(let event) = key { choice = box.choice(at: event, rows: drawnSize.rows, columns: drawnSize.columns) }
            if let choice { overlay = nil; onChoice(choice) }
        case .help(var help):
            if key == .escape || key == .character("q") || key == .character("?") || key == .enter { overlay = nil; return }
            _ = help.table.handle(key, pageHeight: 10)
            overlay = .help(help)
        case .command(var prompt, let context):
            switch prompt.handle(key, context: context, input: input) {
            case .none: overlay = .command(prompt, context)
            case .cancel: overlay = nil
            case .run(let line): overlay = nil; runCommand(line, context: context)
            }
        case .prompt(let title, var editor, let onDone):
            switch key {
            case .enter: overlay = nil; onDone(editor.committed)
            case .escape: overlay = nil
            default:
                if key == .control("t") || key == .function(2) { cycleInputMode() } else { _ = editor.handle(key, input: input) }
                overlay = .prompt(title: title, editor: editor, onDone: onDone)
            }
        }
    }

    // MARK: - Services for screens

    func push(_ screen: AppScreen) { stack.append(screen) }

    /// Leaves the top screen, asking first when it has unsaved edits.
    func pop(confirmIfDirty: Bool = true) {
        guard stack.count > 1, let top = stack.last else { return }
        if confirmIfDirty && top.isDirty {
            askYesNo(t(AppText.discardTitle), [t(AppText.discardQuestion)]) { yes in if yes { self.stack.removeLast(); self.stack.last?.didReappear() } }
        } else {
            stack.removeLast()
            stack.last?.didReappear()
        }
    }

    /// Opens a choice list; `typed`, the key that opened it, starts its filter.
    func pick(_ title: String, _ options: [Picker.Option], selected: String? = nil, typed: Key? = nil,
              onPick: @escaping (Picker.Option) -> Void) {
        var picker = Picker(title: title, options: options, selectedID: selected)
        if let typed { _ = picker.handle(typed, pageHeight: 10) }
        overlay = .picker(picker, onPick: onPick)
    }

    /// Whether the user may change data; says so when not.
    func mayEdit() -> Bool {
        if workspace.canEdit { return true }
        inform(t(AppText.readOnly), isError: true)
        return false
    }

    func prompt(_ title: String, initial: String = "", onDone: @escaping (String) -> Void) {
        overlay = .prompt(title: title, editor: LineEditor(initial), onDone: onDone)
    }

    func show(_ box: MessageBox, onChoice: @escaping (Character) -> Void) {
        overlay = .message(box, onChoice: onChoice)
    }

    /// A yes/no question whose default (Enter, Esc) is No: every caller asks before doing
    /// something that cannot be taken back (quitting or leaving with unsaved edits, submitting).
    func askYesNo(_ title: String, _ lines: [String], then: @escaping (Bool) -> Void) {
        show(MessageBox(title: title, lines: lines, choices: [("c", t(AppText.yes)), ("k", t(AppText.no))], defaultKey: "k")) { then($0 == "c") }
    }

    func inform(_ text: String, isError: Bool = false) { message = (text, isError) }

    /// Runs slow work (a PDF made by LibreOffice, a print job) after showing `note` on the
    /// screen, so the user sees dvk working rather than a frozen terminal.
    func busy<T>(_ note: LocalizedText, _ work: () throws -> T) rethrows -> T {
        if let screen = liveScreen {
            draw(on: screen)
            MessageBox(title: t(note), lines: [t(AppText.pleaseWait)], choices: []).draw(on: screen)
            screen.present()
        }
        return try work()
    }

    /// Shows a progress bar over the screen while slow work (an import's checks) runs; drawn
    /// only on a live terminal, since tests see the work's outcome instead.
    func progress(_ title: String, done: Int, total: Int) {
        guard let screen = liveScreen else { return }
        draw(on: screen)
        MessageBox(title: title, lines: [ProgressText.bar(done: done, total: total, width: 30, language: language)], choices: []).draw(on: screen)
        screen.present()
    }

    func fail(_ error: Error) {
        inform(AppErrors.describe(error, app: self), isError: true)
    }

    func requestQuit() {
        if stack.contains(where: \.isDirty) {
            askYesNo(t(AppText.quitTitle), [t(AppText.quitUnsaved)]) { yes in if yes { self.wantsQuit = true } }
        } else {
            wantsQuit = true
        }
    }

    private func showHelp(for screen: AppScreen) {
        let unavailable = screen.unavailableKeys
        var entries = screen.keyHelp.map { ($0.key, (unavailable.contains($0.key) ? t(AppText.notForYourRole) + " " : "") + t($0.help)) }
        // On a screen that takes typed text, `?` and `q` are letters of it: only F1 and Ctrl-C
        // keep those meanings there, so only they are listed.
        entries += AppText.globalKeys.map { keys, help in
            (screen.capturesText ? keys.split(separator: " ").filter { $0.count > 1 }.joined(separator: "  ") : keys, t(help))
        }
        overlay = .help(HelpOverlay(title: t(AppText.helpTitle) + " — " + screen.title, entries: entries))
    }

    private func cycleInputMode() {
        let modes = InputMode.allCases
        let next = modes[(modes.firstIndex(of: input.mode).map { $0 + 1 } ?? 0) % modes.count]
        input = VietnameseInput(mode: next)
        inform(t(AppText.inputModeNow(AppText.inputModeName(next))))
    }

    private func toggleLanguage() {
        language = language == .vi ? .en : .vi
        inform(t(AppText.languageNow))
    }

    // MARK: - Drawing

    public func draw(on screen: Screen) {
        drawnSize = screen.size
        screen.clear()
        screen.hideCursor()
        let (rows, columns) = screen.size
        guard !isTooSmall else { return drawTooSmall(on: screen) }
        guard let top = stack.last else { return }
        let header = " dvk — \(top.title)"
        // The committee's name goes beside the login when there is room, cut with "…" if need be.
        let login = "\(workspace.actor.login) "
        let room = columns - TextWidth.columns(of: header) - TextWidth.columns(of: login) - 6
        let committee = workspace.configuration.committee.shownName
        var who = login
        if !committee.isEmpty && room >= 12 {
            let shown = TextWidth.columns(of: committee) <= room ? committee : TextWidth.prefix(committee, fitting: room - 1) + "…"
            who = shown + " · " + login
        }
        screen.fill(row: 0, column: 0, width: columns, style: Style(.title))
        screen.put(header, row: 0, column: 0, style: Style(.title, bold: true))
        screen.put(who, row: 0, column: max(0, columns - TextWidth.columns(of: who)), style: Style(.title))
        top.draw(on: screen, top: 1, height: rows - 2)
        let global = top.capturesText ? [("F1", t(AppText.helpHint)), ("Ctrl-C", t(AppText.quitHint))]
                                      : [("?", t(AppText.helpHint)), ("q", t(AppText.quitHint))]
        let status = " \(AppText.inputModeName(input.mode).text(language)) · \(language.rawValue.uppercased()) "
        let hints = App.fitHints(top.keyHelp.filter { $0.hint && !top.unavailableKeys.contains($0.key) }.map { ($0.key, App.hintText(t($0.help))) },
                                 global: global, width: columns - TextWidth.columns(of: status) - 1)
        HintBar.draw(on: screen, hints: hints, status: status, message: message?.text, messageIsError: message?.isError ?? false)
        switch overlay {
        case .picker(let picker, _): picker.draw(on: screen, language: language)
        case .message(let box, _): box.draw(on: screen)
        case .help(let help): help.draw(on: screen)
        case .prompt(let title, let editor, _): PromptBox.draw(title: title, editor: editor, on: screen)
        case .command(let prompt, _): ColonLine.draw(prompt, on: screen)
        case nil: break
        }
        screen.present()
    }
}

extension App {
    /// A key's help as the hint bar shows it: its words before a colon or a parenthesis ("tìm
    /// (không dấu)" → "tìm"), the rest being for the `?` help.
    static func hintText(_ help: String) -> String {
        guard let cut = help.firstIndex(where: { $0 == ":" || $0 == "(" }), cut > help.startIndex else { return help }
        return String(help[..<cut]).trimmingCharacters(in: .whitespaces)
    }

    /// The screen's hints that fit in `width` beside the global ones (`?` help, `q` quit), which
    /// are always shown: a screen hint too long for the room left gives way to shorter ones after it.
    static func fitHints(_ hints: [(String, String)], global: [(String, String)], width: Int) -> [(String, String)] {
        func cost(_ hint: (String, String)) -> Int { TextWidth.columns(of: " \(hint.0) \(hint.1) ") }
        var used = global.map(cost).reduce(0, +)
        var shown: [(String, String)] = []
        for hint in hints {
            guard used + cost(hint) <= width else { continue }
            shown.append(hint)
            used += cost(hint)
        }
        return shown + global
    }

    /// The "too small" note wrapped to the window (current and needed size, how to quit), and
    /// under it the question a quit asked, if any, so it can be answered.
    fileprivate func drawTooSmall(on screen: Screen) {
        let (rows, columns) = screen.size
        var lines = TextWidth.wrap(t(AppText.tooSmall(rows: rows, columns: columns)), width: columns)
        var question: [String] = []
        if case .message(let box, _) = overlay {
            question = ([box.title] + box.lines + [box.footer]).flatMap { TextWidth.wrap($0, width: columns) }
        }
        // The question matters more than the advice once it is asked: keep the sizes, then it.
        if !question.isEmpty { lines = Array(lines.prefix(max(1, rows - question.count))) + question }
        for (row, line) in lines.prefix(rows).enumerated() {
            let style = row < lines.count - question.count ? Style(.warning, bold: true) : .normal
            screen.put(line, row: row, column: 0, style: style)
        }
        screen.present()
    }
}

/// The `:` command line on the bottom row, as vim and k9s draw it, with what Tab left to
/// choose from beside it.
enum ColonLine {
    static func draw(_ prompt: ColonPrompt, on screen: Screen) {
        let (rows, columns) = screen.size
        let row = rows - 1
        screen.fill(row: row, column: 0, width: columns, style: Style(.fieldFocused))
        let view = prompt.editor.visible(width: max(10, columns / 2 - 2))
        screen.put(":" + view.text, row: row, column: 0, style: Style(.fieldFocused, bold: true))
        if !prompt.candidates.isEmpty {
            let start = TextWidth.columns(of: ":" + view.text) + 2
            let list = prompt.candidates.prefix(12).joined(separator: "  ") + (prompt.candidates.count > 12 ? "  …" : "")
            let room = columns - start - 1
            if room > 4 {
                let shown = TextWidth.columns(of: list) <= room ? list : TextWidth.prefix(list, fitting: room - 1) + "…"
                screen.put(shown, row: row, column: start, style: Style(.dim))
            }
        }
        screen.setCursor(row: row, column: 1 + view.cursorColumn)
    }
}

/// A one-line text prompt in a box (a note for a move, a search word).
enum PromptBox {
    /// A one-line editor in a box, its title on the border — or, when the title is longer than
    /// the box, wrapped inside it above the line, so no word of it is cut off.
    static func draw(title: String, editor: LineEditor, on screen: Screen) {
        let (rows, columns) = screen.size
        let width = min(columns - 4, 70)
        let fits = TextWidth.columns(of: title) <= width - 6
        let lines = fits ? [] : TextWidth.wrap(title, width: width - 4)
        let height = 3 + lines.count
        let top = max(0, rows / 2 - 2 - lines.count / 2), left = (columns - width) / 2
        for row in top..<(top + height) { screen.fill(row: row, column: left, width: width, style: .normal) }
        screen.drawBox(top: top, left: left, height: height, width: width)
        if fits { screen.put(" \(title) ", row: top, column: left + 2, style: Style(.title, bold: true)) }
        for (index, line) in lines.enumerated() { screen.put(line, row: top + 1 + index, column: left + 2, style: Style(.title, bold: true)) }
        let inputRow = top + 1 + lines.count
        let view = editor.visible(width: width - 4)
        screen.put(view.text, row: inputRow, column: left + 2, style: Style(.fieldFocused))
        screen.setCursor(row: inputRow, column: left + 2 + view.cursorColumn)
    }
}

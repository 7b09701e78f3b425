import DVKCore
import DVKTerminal

/// A committee dialog as a screen: a ``DialogForm``, Ctrl-S to save, Esc to leave (asking when
/// something was typed), every other key to the form. Subclasses give the title, what saving
/// does, what is drawn under the form, and what follows a choice.
class DialogScreen: AppScreen {
    unowned let app: App
    let form: DialogForm
    /// What Ctrl-S does, for the hint bar and the help.
    let saveHelp: LocalizedText
    /// Runs after a save (the screen below refreshes its rows).
    let onDone: () -> Void

    init(app: App, saveHelp: LocalizedText, form: DialogForm, onDone: @escaping () -> Void) {
        self.app = app
        self.form = form
        self.saveHelp = saveHelp
        self.onDone = onDone
    }

    var title: String { "" }
    var capturesText: Bool { true }
    var isDirty: Bool { form.isDirty }
    var keyHelp: [(key: String, help: LocalizedText, hint: Bool)] {
        [("Ctrl-S", saveHelp, true), ("Tab", DialogText.next, true), ("Enter Space", DialogText.choose, true), ("Esc", DialogText.back, true)]
    }

    func handle(_ key: Key) {
        switch key {
        case .control("s"): save()
        case .escape: app.pop()
        default: form.handle(key, app: app) { [unowned self] id in self.chosen(id) }
        }
    }

    /// Checks the form and saves; problems go to `form.refuse`.
    func save() {}

    /// After a save: the screen below refreshes, this one closes, the outcome is told.
    func finish(_ outcome: Workspace.BatchOutcome, done: LocalizedText) {
        onDone()
        app.pop(confirmIfDirty: false)
        app.report(outcome, done: done)
    }

    /// Runs after a choice field `id` was picked.
    func chosen(_ id: String) {}

    /// The line above the form (the models or the decision concerned).
    func context() -> String { "" }

    /// Draws below the form from row `top`.
    func drawBelow(on screen: Screen, top: Int, bottom: Int) {}

    func draw(on screen: Screen, top: Int, height: Int) {
        let width = screen.size.columns
        screen.put(TextWidth.prefix(context(), fitting: width - 2), row: top, column: 1, style: Style(.dim))
        let next = form.draw(on: screen, top: top + 2, left: 1, width: width - 2, app: app)
        drawBelow(on: screen, top: next + 1, bottom: top + height)
    }
}

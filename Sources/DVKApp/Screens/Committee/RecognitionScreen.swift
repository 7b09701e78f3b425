import DVKCore
import DVKTerminal

/// A leader's recognition of one model or a marked batch: level, decision number and date,
/// recognising body, the outstanding flag and a note. Ctrl-S fires the engine's `recognised`
/// move on each model (its guards — enough score sheets, the average in a passing band —
/// refuse the ones that fail, and those are listed); the others are saved in one commit.
final class RecognitionScreen: DialogScreen {
    let ids: [String]
    /// The models as they were when the dialog opened, for their appraisal results.
    private let models: [ModelRecord]

    init(app: App, ids: [String], onDone: @escaping () -> Void) {
        self.ids = ids
        let lists = app.workspace.lists
        let levels = lists.currentLevels.map { Picker.Option($0, app.language) }
        models = ids.compactMap(app.workspace.model)
        let first = models.first
        super.init(app: app, saveHelp: RecognitionText.save, form: DialogForm([
            DialogForm.choice("level", RecognitionText.level, levels, selected: first?.level ?? levels.first?.id ?? ""),
            DialogForm.text("number", RecognitionText.number),
            DialogForm.text("date", RecognitionText.date, app.workspace.clock().utcDay.vietnamese),
            DialogForm.text("body", RecognitionText.body),
            DialogForm.toggle("outstanding", RecognitionText.outstanding),
            DialogForm.text("note", RecognitionText.note),
        ]), onDone: onDone)
    }

    override var title: String { app.t(RecognitionText.title(ids.count)) }
    override func context() -> String { ids.joined(separator: ", ") }

    override func save() {
        if form.text("number").isEmpty { return form.refuse("number", app.t(DialogText.required)) }
        guard let day = Day(parsing: form.text("date")) else { return form.refuse("date", app.t(DialogText.badDate(form.text("date")))) }
        let recognition = Recognition(level: form.chosen("level"), decisionNumber: form.text("number"), decisionDate: day,
                                      body: form.text("body"), outstanding: form.isOn("outstanding"))
        do {
            let outcome = try app.workspace.move(ids, to: "recognised", recognition: recognition, note: form.text("note"))
            finish(outcome, done: RecognitionText.done(outcome.saved.count))
        } catch {
            app.fail(error)
        }
    }

    /// The appraisal result of each model, so the leader decides with it in view.
    override func drawBelow(on screen: Screen, top: Int, bottom: Int) {
        let width = screen.size.columns
        var y = top
        let rubric = app.workspace.configuration.rubric, users = app.workspace.configuration.users
        for record in models where y < bottom {
            let view = AppraisalView(of: record.appraisals, for: app.workspace.actor, rubric: rubric, users: users)
            let band = view.summary?.band.flatMap { rubric.band(id: $0)?.label.text(app.language) } ?? "—"
            let result = app.t(QueueText.sheetCount(view.sheetCount)) + " · " + (view.summary?.average.map { NumberText.score($0, app.language) } ?? "—") + " · " + band
            screen.put(TextWidth.prefix("\(record.id)  \(record.displayName) — \(result)", fitting: width - 4), row: y, column: 3, style: .normal)
            y += 1
        }
    }
}

/// Texts of the recognition dialog.
enum RecognitionText {
    typealias L = LocalizedText
    static func title(_ n: Int) -> L { L(vi: "Công nhận \(n) mô hình", en: "Recognise \(n) model(s)") }
    static let level = L(vi: "Cấp công nhận", en: "Recognised at level")
    static let number = L(vi: "Số quyết định công nhận", en: "Decision number")
    static let date = L(vi: "Ngày quyết định (dd/mm/yyyy)", en: "Decision date (dd/mm/yyyy)")
    static let body = L(vi: "Cơ quan công nhận", en: "Recognising body")
    static let outstanding = L(vi: "Tiêu biểu", en: "Outstanding")
    static let note = L(vi: "Ghi chú", en: "Note")
    static let save = L(vi: "công nhận", en: "recognise")
    static func done(_ n: Int) -> L { L(vi: "Đã công nhận \(n) mô hình", en: "Recognised \(n) model(s)") }
}

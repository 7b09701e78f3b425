import DVKCore
import DVKTerminal

/// Recording the decision on a proposal, for its whole batch at once: the decision's number,
/// date and signer (mode TM./KT., title, name — offered from the granting body's default).
/// Saving marks the decision issued and moves every proposed model on it to awarded.
final class IssueDecisionScreen: DialogScreen {
    private let decision: AwardDecision
    private let onDone: () -> Void

    init(app: App, decision: AwardDecision, onDone: @escaping () -> Void) {
        self.decision = decision
        self.onDone = onDone
        let fallback = app.workspace.configuration.headers.issuer(decision.issuer)?.signer ?? Signer()
        let signer = decision.signer.title.isEmpty ? fallback : decision.signer
        let modes = [Picker.Option(id: "TM.", label: "TM."), Picker.Option(id: "KT.", label: "KT."),
                     Picker.Option(id: "", label: app.t(IssueText.ownRight))]
        super.init(app: app, saveHelp: IssueText.save, form: DialogForm([
            DialogForm.text("number", IssueText.number, decision.number),
            DialogForm.text("date", IssueText.date, app.workspace.clock().utcDay.vietnamese),
            DialogForm.choice("mode", IssueText.mode, modes, selected: signer.mode),
            DialogForm.text("title", IssueText.signerTitle, signer.title),
            DialogForm.text("name", IssueText.signerName, decision.signer.name.isEmpty ? fallback.name : decision.signer.name),
        ]))
    }

    override var title: String { app.t(IssueText.title(decision.id, decision.recipients.count)) }

    override func context() -> String {
        let lists = app.workspace.lists, language = app.language
        return [lists.label(decision.form, in: .awardForms, language), lists.label(decision.level, in: .levels, language),
                lists.label(decision.track, in: .tracks, language), String(decision.year)].joined(separator: " · ")
    }

    override func save() {
        let number = form.text("number")
        if number.isEmpty { return form.refuse("number", app.t(DialogText.required)) }
        let key = VietnameseText.matchKey(number)
        if let other = app.workspace.decisions().first(where: { $0.id != decision.id && VietnameseText.matchKey($0.number) == key }) {
            return form.refuse("number", app.t(IssueText.duplicate(number, other.id)))
        }
        guard let day = Day(parsing: form.text("date")) else { return form.refuse("date", app.t(DialogText.badDate(form.text("date")))) }
        if form.text("name").isEmpty { return form.refuse("name", app.t(DialogText.required)) }
        let signer = Signer(mode: form.chosen("mode"), title: form.text("title"), name: form.text("name"))
        do {
            let (saved, outcome) = try app.workspace.issue(decision, number: number, date: day, signer: signer)
            onDone()
            app.pop(confirmIfDirty: false)
            app.report(outcome, done: IssueText.done(saved.number, outcome.saved.count))
        } catch {
            app.fail(error)
        }
    }

    override func drawBelow(on screen: Screen, top: Int, bottom: Int) {
        let width = screen.size.columns
        var y = top
        screen.put(app.t(IssueText.recipients(decision.recipients.count)), row: y, column: 1, style: Style(.header, bold: true))
        y += 1
        for (i, recipient) in decision.recipients.enumerated() where y < bottom {
            let line = "\(i + 1). \(recipient.name)" + (recipient.modelId.map { "  (\($0))" } ?? "")
            screen.put(TextWidth.prefix(line, fitting: width - 4), row: y, column: 3, style: .normal)
            y += 1
        }
    }
}

/// Texts of recording a decision.
enum IssueText {
    typealias L = LocalizedText
    static func title(_ id: String, _ n: Int) -> L { L(vi: "Ghi quyết định khen thưởng \(id) (\(n) người/tập thể)", en: "Record the award decision \(id) (\(n) recipient(s))") }
    static let number = L(vi: "Số quyết định", en: "Decision number")
    static let date = L(vi: "Ngày ký (dd/mm/yyyy)", en: "Signed on (dd/mm/yyyy)")
    static let mode = L(vi: "Thẩm quyền ký", en: "Signing as")
    static let ownRight = L(vi: "(ký trực tiếp)", en: "(in own right)")
    static let signerTitle = L(vi: "Chức vụ người ký", en: "Signer's title")
    static let signerName = L(vi: "Họ tên người ký", en: "Signer's name")
    static let save = L(vi: "ghi quyết định", en: "record the decision")
    static func duplicate(_ number: String, _ id: String) -> L { L(vi: "số «\(number)» đã dùng cho \(id)", en: "number «\(number)» is already used by \(id)") }
    static func done(_ number: String, _ n: Int) -> L { L(vi: "Đã ghi quyết định \(number): \(n) mô hình được khen", en: "Decision \(number) recorded: \(n) model(s) awarded") }
    static func recipients(_ n: Int) -> L { L(vi: "Danh sách (\(n))", en: "Recipients (\(n))") }
}

import DVKCore
import DVKStorage
import DVKTerminal

/// Recording the decision on a proposal, for its whole batch at once: the decision's number,
/// date and signer (mode TM./KT., title, name — offered from the granting body's default).
/// Saving marks the decision issued and moves every proposed model on it to awarded.
final class IssueDecisionScreen: DialogScreen {
    private var decision: AwardDecision

    init(app: App, decision: AwardDecision, onDone: @escaping () -> Void) {
        self.decision = decision
        let fallback = app.workspace.configuration.headers.issuer(decision.issuer)?.signer ?? Signer()
        let signer = decision.signer.title.isEmpty ? fallback : decision.signer
        let modes = [Picker.Option(id: "TM.", label: "TM."), Picker.Option(id: "KT.", label: "KT."),
                     Picker.Option(id: "", label: app.t(IssueText.ownRight))]
        super.init(app: app, saveHelp: IssueText.save, form: DialogForm([
            DialogForm.text("number", IssueText.number),
            DialogForm.text("date", IssueText.date, app.workspace.clock().utcDay.vietnamese),
            DialogForm.choice("mode", IssueText.mode, modes, selected: signer.mode),
            DialogForm.text("title", IssueText.signerTitle, signer.title),
            DialogForm.text("name", IssueText.signerName, decision.signer.name.isEmpty ? fallback.name : decision.signer.name),
        ]), onDone: onDone)
    }

    override var title: String { app.t(IssueText.title(decision.id, decision.recipients.count)) }

    override func context() -> String {
        let lists = app.workspace.lists, language = app.language
        return [lists.label(decision.form, in: .awardForms, language), lists.label(decision.level, in: .levels, language),
                lists.label(decision.track, in: .tracks, language), String(decision.year)].joined(separator: " · ")
    }

    override func save() {
        let number = form.text("number"), typedDate = form.text("date")
        let day = Day(parsing: typedDate)
        if !typedDate.isEmpty && day == nil { return form.refuse("date", app.t(DialogText.badDate(typedDate))) }
        // The core's rule decides; the dialog only points at the field to fix.
        if let problem = app.workspace.issueProblems(decision, number: number, date: day).first {
            let c = app.workspace.configuration
            let message = problem.message(app.language, workflow: c.workflow, rubric: c.rubric, users: c.users)
            switch problem {
            case .missingNumber: return form.refuse("number", app.t(DialogText.required))
            case .numberTaken: return form.refuse("number", message)
            case .missingDate: return form.refuse("date", app.t(DialogText.required))
            case .futureDate: return form.refuse("date", message)
            case .forbidden: return app.inform(message, isError: true)
            }
        }
        guard let day else { return }
        if form.text("name").isEmpty { return form.refuse("name", app.t(DialogText.required)) }
        let signer = Signer(mode: form.chosen("mode"), title: form.text("title"), name: form.text("name"))
        let models = decision.recipients.compactMap(\.modelId).compactMap(app.workspace.model)
        // Strong: the screen leaves the stack inside this closure.
        AwardWarning.confirmNoDoubleAward(app: app, models: models, year: decision.year, excluding: decision.id) { [self] in
            issue(number: number, day: day, signer: signer)
        }
    }

    private func issue(number: String, day: Day, signer: Signer) {
        do {
            let (saved, outcome) = try app.workspace.issue(decision, number: number, date: day, signer: signer)
            guard outcome.refused.isEmpty else { return app.report(outcome, done: IssueText.notIssued) }
            finish(outcome, done: IssueText.done(saved.number, outcome.saved.count))
        } catch StorageError.conflict(_, _, _, _, let by, _) {
            // Someone changed the proposal meanwhile: show theirs; what was typed stays.
            if let fresh = try? app.workspace.store.load(AwardDecision.self, id: decision.id) { decision = fresh }
            app.inform(app.t(IssueText.reloaded(by)), isError: true)
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
    static let notIssued = L(vi: "Chưa ghi quyết định", en: "The decision was not recorded")
    static func reloaded(_ by: String) -> L {
        L(vi: "\(by) vừa sửa đề nghị này; đã tải lại danh sách — xem lại rồi Ctrl-S để ghi",
          en: "\(by) has just changed this proposal; the list was reloaded — check it, then Ctrl-S to record")
    }
    static let date = L(vi: "Ngày ký (dd/mm/yyyy)", en: "Signed on (dd/mm/yyyy)")
    static let mode = L(vi: "Thẩm quyền ký", en: "Signing as")
    static let ownRight = L(vi: "(ký trực tiếp)", en: "(in own right)")
    static let signerTitle = L(vi: "Chức vụ người ký", en: "Signer's title")
    static let signerName = L(vi: "Họ tên người ký", en: "Signer's name")
    static let save = L(vi: "ghi quyết định", en: "record the decision")
    static func done(_ number: String, _ n: Int) -> L { L(vi: "Đã ghi quyết định \(number): \(n) mô hình được khen", en: "Decision \(number) recorded: \(n) model(s) awarded") }
    static func recipients(_ n: Int) -> L { L(vi: "Danh sách (\(n))", en: "Recipients (\(n))") }
}

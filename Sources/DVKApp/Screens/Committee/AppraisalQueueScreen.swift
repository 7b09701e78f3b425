import DVKCore
import DVKTerminal

/// The appraisal queue: the models in registration review and in results appraisal, with the
/// selected one's registration, results and inspections side by side, so the appraiser scores
/// (Enter) and the leader recognises a marked batch (`c`) or refuses it (`n`) without leaving
/// the screen.
final class AppraisalQueueScreen: CommandTarget {
    unowned let app: App
    let queue: CommitteeTable
    private var detailScroll = 0

    init(app: App) {
        self.app = app
        let lists = app.workspace.lists, workflow = app.workspace.configuration.workflow, rubric = app.workspace.configuration.rubric
        let users = app.workspace.configuration.users, actor = app.workspace.actor
        let me = [actor.login, actor.name]
        queue = CommitteeTable(app: app, states: ["appraisal", "registration_review"], columns: [
            .init(title: CommitteeText.id, width: 10, minimum: 10) { $0.id },
            .init(title: CommitteeText.name, width: 0, minimum: 0) { $0.displayName },
            .init(title: CommitteeText.unit, width: 16, minimum: 8) { lists.label($0.unit, in: .units, app.language) },
            .init(title: CommitteeText.field, width: 14, minimum: 8) { lists.label($0.field, in: .fields, app.language) },
            .init(title: CommitteeText.state, width: 18, minimum: 10) { workflow.label(ofState: $0.state, app.language) },
            .init(title: QueueText.sheets, width: 6, minimum: 5, alignRight: true) {
                "\($0.appraisals.count)" + (Rubric.hasSheet(by: me, in: $0.appraisals) ? "✓" : " ")
            },
            .init(title: QueueText.average, width: 6, minimum: 5, alignRight: true) { record in
                // Blind scoring: "·" where the user may not see the others' scores yet.
                let view = AppraisalView(of: record.appraisals, for: actor, rubric: rubric, users: users)
                guard let summary = view.summary else { return "·" }
                return summary.average.map { NumberText.score($0, app.language) } ?? ""
            },
        ])
    }

    var title: String { app.t(QueueText.title) }
    var capturesText: Bool { queue.capturesText }
    var isDirty: Bool { false }
    var keyHelp: [(key: String, help: LocalizedText, hint: Bool)] {
        [("Enter", QueueText.score, true), ("c", QueueText.recognise, true), ("n", QueueText.notRecognise, true),
         ("Space", CommitteeText.mark, true), ("/", AppText.search, true), ("f", CommitteeText.filter, true), ("m", CommitteeText.move, false),
         ("*", CommitteeText.markAll, false), ("h", CommitteeText.history, false), ("[ ]", QueueText.scroll, false),
         ("x", CommitteeText.clearFilters, false), (":", ColonText.key, false), ("Ctrl-R", CommitteeText.reload, false),
         ("Esc", CommitteeText.back, true)]
    }

    /// Scoring is an appraiser's; recognising (or not) is the roles the workflow names for it;
    /// marks and other moves need a role that edits.
    var unavailableKeys: Set<String> {
        let workspace = app.workspace
        var keys: Set<String> = []
        if !workspace.canAppraise { keys.insert("Enter") }
        if !workspace.mayMove(from: "appraisal", to: "recognised") { keys.insert("c") }
        if !workspace.mayMove(from: "appraisal", to: "not_recognised") { keys.insert("n") }
        if !workspace.canEdit { keys.formUnion(["m", "Space", "*"]) }
        return keys
    }

    func perform(_ command: ColonCommand) { queue.perform(command) }

    func refresh() { queue.reload() }

    func didReappear() { refresh() }

    func handle(_ key: Key) {
        let before = queue.current?.id
        defer { if queue.current?.id != before { detailScroll = 0 } }
        if queue.handle(key) { return }
        switch key {
        case .escape: app.pop()
        case .enter: openSheet()
        case .character("c"):
            guard app.mayEdit() else { return }
            let ids = queue.targets.filter { $0.state == "appraisal" }.map(\.id)
            guard !ids.isEmpty else { return app.inform(app.t(QueueText.onlyAppraisal), isError: true) }
            app.push(RecognitionScreen(app: app, ids: ids) { [unowned self] in self.refresh() })
        case .character("n"): notRecognise()
        case .character("m"): MoveFlow(app: app) { [unowned self] in self.refresh() }.start(queue.targets)
        case .character("h"): if let record = queue.current { app.push(HistoryScreen(app: app, record: record)) }
        case .character("]"): detailScroll += 1
        case .character("["): detailScroll = max(0, detailScroll - 1)
        default: break
        }
    }

    private func openSheet() {
        guard let record = queue.current else { return app.inform(app.t(CommitteeText.empty)) }
        guard app.workspace.configuration.users.canAppraise(app.workspace.actor) else {
            return app.inform(app.t(QueueText.cannotAppraise), isError: true)
        }
        app.push(ScoreSheetScreen(app: app, record: record) { [unowned self] in self.refresh() })
    }

    private func notRecognise() {
        guard app.mayEdit() else { return }
        let ids = queue.targets.filter { $0.state == "appraisal" }.map(\.id)
        guard !ids.isEmpty else { return app.inform(app.t(QueueText.onlyAppraisal), isError: true) }
        app.prompt(app.t(QueueText.reasonPrompt(ids.count))) { [unowned self] note in
            do {
                let outcome = try self.app.workspace.move(ids, to: "not_recognised", recognition: nil, note: note)
                self.refresh()
                self.app.report(outcome, done: QueueText.notRecognised(outcome.saved.count))
            } catch {
                self.app.fail(error)
            }
        }
    }

    func draw(on screen: Screen, top: Int, height: Int) {
        let width = screen.size.columns
        screen.put(queue.summaryLine, row: top, column: 1, style: Style(.dim))
        let tableHeight = max(4, min(queue.rows.count + 1, height * 2 / 5))
        queue.draw(on: screen, top: top + 1, left: 1, width: width - 2, height: tableHeight)
        guard let record = queue.current else { return }
        var y = top + 2 + tableHeight
        let summary = ScoreSummary(sheets: record.appraisals, rubric: app.workspace.configuration.rubric)
        let line = "\(record.id) · \(record.displayName) · " + app.t(QueueText.sheetCount(summary.sheetCount))
        screen.put(TextWidth.prefix(line, fitting: width - 2), row: y, column: 1, style: Style(.header, bold: true))
        y += 1
        ModelDossier(record: record, inspections: app.workspace.inspections(of: record), lists: app.workspace.lists, language: app.language)
            .draw(on: screen, top: y, bottom: top + height, width: width, scroll: detailScroll)
    }
}

/// Texts of the appraisal queue.
enum QueueText {
    typealias L = LocalizedText
    static let title = L(vi: "Hàng đợi thẩm định", en: "Appraisal queue")
    static let sheets = L(vi: "Phiếu", en: "Sheets")
    static let average = L(vi: "TB", en: "Avg")
    static let score = L(vi: "chấm điểm (phiếu của bạn)", en: "score (your sheet)")
    static let recognise = L(vi: "công nhận (dòng này hoặc các dòng đã chọn)", en: "recognise (this row or the marked ones)")
    static let notRecognise = L(vi: "không công nhận (cần lý do)", en: "do not recognise (a reason is needed)")
    static let scroll = L(vi: "cuộn hồ sơ bên dưới", en: "scroll the file below")
    static let cannotAppraise = L(vi: "Vai trò của bạn không được chấm điểm.", en: "Your role may not score.")
    static let onlyAppraisal = L(vi: "Chỉ mô hình đang thẩm định kết quả mới được công nhận hay không công nhận.",
                                 en: "Only models in results appraisal can be recognised or refused recognition.")
    static func reasonPrompt(_ n: Int) -> L { L(vi: "Lý do không công nhận (\(n) mô hình)", en: "Reason for not recognising (\(n) model(s))") }
    static func notRecognised(_ n: Int) -> L { L(vi: "Đã ghi không công nhận \(n) mô hình", en: "\(n) model(s) not recognised") }
    static func sheetCount(_ n: Int) -> L { L(vi: "\(n) phiếu chấm", en: "\(n) score sheet(s)") }
}

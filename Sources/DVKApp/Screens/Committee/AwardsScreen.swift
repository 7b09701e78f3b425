import DVKCore
import DVKTerminal

/// The committee's awards: the recognised models waiting for a proposal, the proposals waiting
/// for a decision, the awarded ones. `p` proposes an award for the marked batch (or adds it to
/// an open proposal), `d` records the decision on a proposal for its whole batch, `e` proposes
/// awarded models to a higher level, `l` builds the award list of a decision.
final class AwardsScreen: CommandTarget {
    unowned let app: App
    let queue: CommitteeTable
    /// The decisions by id, read again on each refresh, for the decisions column.
    private let decisions = DecisionNumbers()

    init(app: App) {
        self.app = app
        let lists = app.workspace.lists, workflow = app.workspace.configuration.workflow
        let decisions = self.decisions
        decisions.load(app.workspace)
        queue = CommitteeTable(app: app, states: ["recognised", "award_proposed", "awarded"], columns: [
            .init(title: CommitteeText.id, width: 10, minimum: 10) { $0.id },
            .init(title: CommitteeText.name, width: 0, minimum: 0) { $0.displayName },
            .init(title: CommitteeText.unit, width: 16, minimum: 8) { lists.label($0.unit, in: .units, app.language) },
            .init(title: AwardsText.subject, width: 8, minimum: 5) { lists.label($0.subject, in: .subjects, app.language) },
            .init(title: CommitteeText.state, width: 18, minimum: 10) { workflow.label(ofState: $0.state, app.language) },
            .init(title: AwardsText.recognition, width: 10, minimum: 6) { lists.label($0.recognition?.level ?? "", in: .levels, app.language) },
            .init(title: AwardsText.decisions, width: 18, minimum: 8) { record in
                record.decisionIds.map(decisions.number).joined(separator: ", ")
            },
        ])
    }

    var title: String { app.t(AwardsText.title) }
    var capturesText: Bool { queue.capturesText }
    var isDirty: Bool { false }
    var keyHelp: [(key: String, help: LocalizedText, hint: Bool)] {
        [("p", AwardsText.propose, true), ("d", AwardsText.decide, true), ("e", AwardsText.escalate, true), ("b l", AwardsText.list, true),
         ("Space", CommitteeText.mark, true), ("/", AppText.search, true), ("f", CommitteeText.filter, true), ("*", CommitteeText.markAll, false),
         ("m", AwardsText.otherMoves, false), ("x", CommitteeText.clearFilters, false), ("Ctrl-R", CommitteeText.reload, false),
         ("h", CommitteeText.history, false), (":", ColonText.key, false),
         ("Esc", CommitteeText.back, true)]
    }

    /// Proposing, deciding and escalating are the roles the workflow names for them; marks and
    /// other moves need a role that edits.
    var unavailableKeys: Set<String> {
        let workspace = app.workspace
        var keys: Set<String> = []
        if !workspace.mayMove(from: "recognised", to: "award_proposed") { keys.insert("p") }
        if !workspace.mayMove(from: "award_proposed", to: "awarded") { keys.insert("d") }
        if !workspace.mayMove(from: "awarded", to: "award_proposed") { keys.insert("e") }
        if !workspace.canEdit { keys.formUnion(["m", "Space", "*"]) }
        return keys
    }

    func perform(_ command: ColonCommand) { queue.perform(command) }

    func refresh() {
        decisions.load(app.workspace)
        queue.reload()
    }

    func didReappear() { refresh() }

    func handle(_ key: Key) {
        if queue.handle(key) { return }
        switch key {
        case .escape: app.pop()
        case .character("p"): propose(from: ["recognised"], escalating: false)
        case .character("e"): propose(from: ["awarded"], escalating: true)
        case .character("d"): chooseProposal()
        case .character("l"), .character("b"): AwardListScreen.choose(app: app, preferred: queue.current?.decisionIds.last)
        case .character("h"): if let record = queue.current { app.push(HistoryScreen(app: app, record: record)) }
        case .character("m"): MoveFlow(app: app) { [unowned self] in self.refresh() }.start(queue.targets)
        default: break
        }
    }

    /// Proposes the marked models in `states`: a new proposal, or an open one to add them to.
    private func propose(from states: Set<String>, escalating: Bool) {
        guard app.mayEdit() else { return }
        let models = queue.targets.filter { states.contains($0.state) }
        guard !models.isEmpty else { return app.inform(app.t(escalating ? AwardsText.onlyAwarded : AwardsText.onlyRecognised), isError: true) }
        let level = escalating ? higherLevel(than: models) : nil
        if models.count < queue.targets.count { app.inform(app.t(AwardsText.skipped(queue.targets.count - models.count))) }
        let open = openProposals()
        let options = [Picker.Option(id: "", label: app.t(AwardsText.newProposal))] + open.map(option)
        app.pick(app.t(AwardsText.proposeTitle(models.count)), options) { [unowned self] option in
            guard let decision = open.first(where: { $0.id == option.id }) else {
                return self.app.push(ProposalScreen(app: self.app, models: models, level: level) { [unowned self] in self.refresh() })
            }
            AwardWarning.confirmNoDoubleAward(app: self.app, models: models, year: decision.year, excluding: decision.id) {
                do {
                    let (saved, outcome) = try self.app.workspace.add(models.map(\.id), to: decision, expected: decision.revision)
                    self.refresh()
                    self.app.report(outcome, done: ProposalText.done(outcome.saved.count, id: saved.id))
                } catch {
                    self.app.fail(error)
                }
            }
        }
    }

    /// The level above the highest award the models hold (for an escalation).
    private func higherLevel(than models: [ModelRecord]) -> String? {
        let ranked = app.workspace.lists.currentLevels
        let decisions = app.workspace.decisions()
        let held = models.flatMap(\.decisionIds).compactMap { id in decisions.first { $0.id == id }?.level }
        let top = held.compactMap { level in ranked.firstIndex { $0.id == level } }.max() ?? -1
        return top + 1 < ranked.count ? ranked[top + 1].id : ranked.last?.id
    }

    private func chooseProposal() {
        guard app.mayEdit() else { return }
        let open = openProposals()
        guard !open.isEmpty else { return app.inform(app.t(AwardsText.noProposals), isError: true) }
        app.pick(app.t(AwardsText.decideTitle), open.map(option), selected: queue.current?.decisionIds.last) { [unowned self] option in
            guard let decision = open.first(where: { $0.id == option.id }) else { return }
            self.app.push(IssueDecisionScreen(app: self.app, decision: decision) { [unowned self] in self.refresh() })
        }
    }

    /// The proposals waiting for a decision, newest first.
    private func openProposals() -> [AwardDecision] {
        app.workspace.decisions().filter { $0.status == AwardDecision.statusProposed }.sorted { $0.id > $1.id }
    }

    private func option(_ decision: AwardDecision) -> Picker.Option {
        Picker.Option(id: decision.id, label: describe(decision), detail: app.t(AwardsText.recipientCount(decision.recipients.count)))
    }

    private func describe(_ decision: AwardDecision) -> String {
        let lists = app.workspace.lists, language = app.language
        return [decision.number.isEmpty ? decision.id : "\(decision.id) \(decision.number)", lists.label(decision.form, in: .awardForms, language),
                lists.label(decision.level, in: .levels, language), lists.label(decision.track, in: .tracks, language), String(decision.year)]
            .joined(separator: " · ")
    }

    func draw(on screen: Screen, top: Int, height: Int) {
        screen.put(queue.summaryLine, row: top, column: 1, style: Style(.dim))
        queue.draw(on: screen, top: top + 1, left: 1, width: screen.size.columns - 2, height: height - 1)
    }
}

/// The official number of each decision (its id while it is a proposal without one).
final class DecisionNumbers {
    private var numbers: [String: String] = [:]

    func load(_ workspace: Workspace) {
        numbers = Dictionary(workspace.decisions().map { ($0.id, $0.number.isEmpty ? $0.id : $0.number) }, uniquingKeysWith: { a, _ in a })
    }

    func number(_ id: String) -> String { numbers[id] ?? id }
}

/// Texts of the awards screen.
enum AwardsText {
    typealias L = LocalizedText
    static let title = L(vi: "Khen thưởng", en: "Awards")
    static let subject = L(vi: "TT/CN", en: "Subject")
    static let recognition = L(vi: "Công nhận", en: "Recognised")
    static let decisions = L(vi: "Quyết định", en: "Decisions")
    static let propose = L(vi: "đề nghị khen (các dòng đã công nhận đã chọn)", en: "propose an award (the marked recognised rows)")
    static let decide = L(vi: "ghi quyết định cho một đề nghị (cả danh sách)", en: "record the decision on a proposal (the whole batch)")
    static let escalate = L(vi: "đề nghị cấp trên khen (các dòng đã khen)", en: "propose to a higher level (awarded rows)")
    static let list = L(vi: "lập danh sách khen thưởng", en: "build the award list")
    static let otherMoves = L(vi: "bước khác: không khen thưởng (cần lý do), dừng thực hiện…", en: "other moves: decline the award (with a reason), discontinue…")
    static let newProposal = L(vi: "+ Lập đề nghị mới…", en: "+ A new proposal…")
    static func proposeTitle(_ n: Int) -> L { L(vi: "Đề nghị khen \(n) mô hình vào", en: "Propose \(n) model(s) into") }
    static let decideTitle = L(vi: "Ghi quyết định cho đề nghị", en: "Record the decision on")
    static func recipientCount(_ n: Int) -> L { L(vi: "\(n) người/tập thể", en: "\(n) recipient(s)") }
    static func skipped(_ n: Int) -> L { L(vi: "\(n) dòng đã chọn ở trạng thái khác, được bỏ qua", en: "\(n) marked row(s) in another state left out") }
    static let noProposals = L(vi: "Chưa có đề nghị nào chờ quyết định.", en: "No proposal is waiting for a decision.")
    static let onlyRecognised = L(vi: "Chỉ đề nghị khen được mô hình đã công nhận.", en: "Only recognised models can be proposed.")
    static let onlyAwarded = L(vi: "Chỉ đề nghị cấp trên được mô hình đã khen.", en: "Only awarded models can be proposed to a higher level.")
}

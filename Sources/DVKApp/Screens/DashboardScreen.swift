import DVKCore
import DVKStorage
import DVKSync
import DVKTerminal

/// The home screen, the committee's dashboard: the queues waiting for this user's roles with
/// how long the oldest has waited — a digit opens one where it is worked on (the appraisal
/// queue, the awards, the model list) — and the year's pipeline, models per state by field.
/// Letters open the other screens (S the sync with the other offices, C the settings); Esc goes
/// to the model list. The last sync's time is shown under the queues.
final class DashboardScreen: CommandTarget {
    unowned let app: App
    unowned let list: ModelListScreen
    private var queues: [WorkQueues.Queue] = []
    private var pipeline: [String: [String: Int]] = [:]
    private var year = 0
    /// Whether this directory syncs with other offices, and when it last did.
    private var lastSyncShown = false
    private var lastSync: Timestamp?

    init(app: App, list: ModelListScreen) {
        self.app = app
        self.list = list
        refresh()
    }

    /// Counts again from the workspace's summaries (after the user comes back from a queue):
    /// no record is read for the dashboard.
    func refresh() {
        let workspace = app.workspace
        let rows = workspace.rows
        let today = workspace.clock().utcDay
        let work = WorkQueues(configuration: workspace.configuration)
        year = rows.map(\.year).max() ?? today.year
        queues = work.queues(for: workspace.actor, models: rows, today: today)
        pipeline = work.pipeline(models: rows, year: year)
        lastSyncShown = OfficeCode.read(workspace.directory) != nil
        lastSync = SyncEngine.lastSync(workspace.directory)
    }

    func didReappear() { refresh() }

    var title: String { app.t(DashboardText.title) }
    var capturesText: Bool { false }
    var isDirty: Bool { false }
    var keyHelp: [(key: String, help: LocalizedText, hint: Bool)] {
        // The digits there are: "1–4" for four queues, "1" for one, none without a queue.
        let digits = queues.count > 1 ? "1–\(queues.count)" : "1"
        return (queues.isEmpty ? [] : [(digits, DashboardText.openQueue, true)])
            + [("T", DashboardText.appraisal, true), ("K", DashboardText.awards, true),
               ("b", DashboardText.awardList, true), ("t", DashboardText.reports, true), ("S", SyncScreenText.openSync, true), ("C", SettingsText.open, true),
               ("l Esc", DashboardText.models, true), ("/", DashboardText.search, false), ("f", DashboardText.filter, false),
               (":", ColonText.key, false), ("Ctrl-R", DashboardText.reload, false)]
    }

    /// The filters and the export act on the model list, which the dashboard then gives way to.
    func perform(_ command: ColonCommand) {
        showList()
        list.perform(command)
    }

    func handle(_ key: Key) {
        switch key {
        case .escape, .character("l"): showList()
        case .character("T"): app.push(AppraisalQueueScreen(app: app))
        case .character("K"): app.push(AwardsScreen(app: app))
        case .character("b"): AwardListScreen.choose(app: app, preferred: nil)
        case .character("t"): app.push(ReportsScreen(app: app))
        case .character("S"): app.push(SyncScreen(app: app))
        case .character("C"): app.push(SettingsScreen(app: app))
        case .character("/"), .character("f"):
            // Search and filter as on every list: the model list's, shown for it.
            showList()
            list.handle(key)
        case .control("r"):
            app.workspace.reload()
            list.reorder()
            refresh()
        case .character(let c):
            guard let digit = c.wholeNumberValue, digit >= 1, digit <= queues.count else { return }
            open(queues[digit - 1])
        default: break
        }
    }

    /// The model list, always the screen below the dashboard.
    private func showList() { app.pop() }

    private func open(_ queue: WorkQueues.Queue) {
        switch queue.kind {
        case .registrationsToVet, .missingMySheet:
            let screen = AppraisalQueueScreen(app: app)
            screen.queue.filter(ids: Set(queue.modelIDs), label: app.t(DashboardText.queue(queue.kind)))
            app.push(screen)
        case .awaitingProposal, .awaitingDecision:
            let screen = AwardsScreen(app: app)
            screen.queue.filter(ids: Set(queue.modelIDs), label: app.t(DashboardText.queue(queue.kind)))
            app.push(screen)
        case .awaitingInspection:
            list.showOnly(Set(queue.modelIDs), label: app.t(DashboardText.queue(queue.kind)))
            showList()
        }
    }

    func draw(on screen: Screen, top: Int, height: Int) {
        let lists = app.workspace.lists, language = app.language, workflow = app.workspace.configuration.workflow
        var row = top + 1
        screen.put(app.t(DashboardText.waiting), row: row, column: 1, style: Style(.header, bold: true))
        row += 1
        if queues.isEmpty { screen.put(app.t(DashboardText.noQueues), row: row, column: 3, style: Style(.dim)); row += 1 }
        for (index, queue) in queues.enumerated() {
            let wait = queue.oldestWaitDays.map { app.t(DashboardText.oldest($0)) } ?? ""
            let line = "\(index + 1)  " + TextWidth.padded(app.t(DashboardText.queue(queue.kind)), to: 46)
                + TextWidth.padded(String(queue.modelIDs.count), to: 6, alignRight: true) + "   " + wait
            screen.put(line, row: row, column: 3, style: queue.modelIDs.isEmpty ? Style(.dim) : .normal)
            row += 1
        }
        if lastSyncShown {
            screen.put(app.t(SyncScreenText.dashboardLine(lastSync)), row: row, column: 3, style: Style(.dim))
            row += 1
        }
        row += 1
        screen.put(app.t(DashboardText.pipeline(year)), row: row, column: 1, style: Style(.header, bold: true))
        row += 1
        let fields = lists.fields
        let stateWidth = 26, cell = max(6, min(12, (screen.size.columns - stateWidth - 12) / max(1, fields.count + 1)))
        var header = TextWidth.padded("", to: stateWidth)
        for field in fields { header += " " + TextWidth.padded(Self.columnHead(field, language, width: cell), to: cell, alignRight: true) }
        header += " " + TextWidth.padded(app.t(AppText.total), to: cell, alignRight: true)
        screen.put(header, row: row, column: 1, style: Style(.dim))
        row += 1
        for state in workflow.states where row < top + height {
            guard let byField = pipeline[state.id] else { continue }
            var line = TextWidth.padded(state.label.text(language), to: stateWidth)
            for field in fields { line += " " + TextWidth.padded(String(byField[field.id] ?? 0), to: cell, alignRight: true) }
            line += " " + TextWidth.padded(String(byField.values.reduce(0, +)), to: cell, alignRight: true)
            screen.put(line, row: row, column: 1, style: .normal)
            row += 1
        }
    }

    /// A field's column head in `width` columns: its label when it fits, else its shortest
    /// alias that fits (the abbreviations reports use: "VH-XH", "NTM"), else the label cut with "…".
    static func columnHead(_ field: ListEntry, _ language: Language, width: Int) -> String {
        let label = field.label.text(language)
        if TextWidth.columns(of: label) <= width { return label }
        let short = field.aliases.filter { TextWidth.columns(of: $0) <= width }.min { TextWidth.columns(of: $0) < TextWidth.columns(of: $1) }
        return short ?? TextWidth.elided(label, to: width).trimmingSpaces
    }
}

/// Texts of the dashboard.
enum DashboardText {
    typealias L = LocalizedText
    static let title = L(vi: "Tổng quan", en: "Dashboard")
    static let waiting = L(vi: "Việc đang chờ bạn", en: "Waiting for you")
    static let noQueues = L(vi: "Vai trò của bạn không có bước nào phải làm.", en: "Your role has no step to take.")
    static let openQueue = L(vi: "mở hàng đợi", en: "open the queue")
    static let appraisal = L(vi: "hàng đợi thẩm định (chấm điểm, công nhận)", en: "appraisal queue: score, recognise")
    static let awards = L(vi: "khen thưởng: đề nghị, quyết định", en: "awards: propose, decide")
    static let awardList = L(vi: "lập danh sách khen thưởng", en: "build an award list")
    static let reports = L(vi: "báo cáo, biểu tổng hợp", en: "reports, summary tables")
    static let models = L(vi: "danh sách mô hình", en: "the model list")
    static let reload = L(vi: "tải lại dữ liệu", en: "reload the data")
    static let search = L(vi: "tìm trong danh sách mô hình", en: "search the model list")
    static let filter = L(vi: "lọc danh sách mô hình", en: "filter the model list")
    static func oldest(_ days: Int) -> L { L(vi: "lâu nhất \(days) ngày", en: "oldest \(days) days") }
    static func pipeline(_ year: Int) -> L { L(vi: "Mô hình năm \(year) theo trạng thái và lĩnh vực", en: "Models of \(year) by state and field") }
    static func queue(_ kind: WorkQueues.Queue.Kind) -> L {
        switch kind {
        case .registrationsToVet: return L(vi: "Đăng ký chờ thẩm định", en: "Registrations to vet")
        case .awaitingInspection: return L(vi: "Đang thực hiện, chưa kiểm tra", en: "In progress, not yet inspected")
        case .missingMySheet: return L(vi: "Chờ phiếu chấm của bạn", en: "Appraisals missing your score sheet")
        case .awaitingProposal: return L(vi: "Đã công nhận, chưa đề nghị khen", en: "Recognised, no award proposed")
        case .awaitingDecision: return L(vi: "Đề nghị khen, chưa có quyết định", en: "Proposed, no decision yet")
        }
    }
}

import DVKCore
import DVKTerminal

/// Recording an inspection round for one model or a marked batch: date, inspecting level, team,
/// members, findings and recommendations shared by the batch, then one line of findings per
/// model (left blank, the shared findings apply); Ctrl-S saves the round and links every model.
final class InspectionScreen: AppScreen {
    unowned let app: App
    unowned let list: ModelListScreen
    let models: [ModelRecord]
    private var editors: [TextArea]
    private var level: String
    private var focus = 0
    private var error: String?
    private let original: [String]

    /// Field order: date, level, team, members, findings, recommendations, then one findings
    /// line per model of a batch.
    private static let multiline: Set<Int> = [4, 5]
    private static let sharedFields = 6

    init(app: App, list: ModelListScreen, models: [ModelRecord]) {
        self.app = app
        self.list = list
        self.models = models
        level = app.workspace.lists.currentLevels.first?.id ?? ""
        editors = [TextArea(app.workspace.clock().utcDay.vietnamese), TextArea(), TextArea(), TextArea(), TextArea(), TextArea()]
        if models.count > 1 { editors += models.map { _ in TextArea() } }
        original = editors.map(\.text)
    }

    var title: String { app.t(InspectionText.title(models.count)) }
    var capturesText: Bool { true }
    var isDirty: Bool { editors.map(\.text) != original }
    var keyHelp: [(key: String, help: LocalizedText, hint: Bool)] {
        [("Ctrl-S", FormText.save, true), ("Tab", FormText.next, true), ("Enter", FormText.choose, false), ("Esc", FormText.back, true)]
    }

    func handle(_ key: Key) {
        error = nil
        switch key {
        case .control("s"): return save()
        case .escape: return app.pop()
        case .tab: focus = (focus + 1) % editors.count
        case .backTab: focus = (focus + editors.count - 1) % editors.count
        case .enter where focus == 1, .character where focus == 1:
            let options = app.workspace.lists.levels.map { Picker.Option($0, app.language) }
            app.pick(app.t(InspectionText.labels[1]), options, selected: level) { [unowned self] option in self.level = option.id }
        case .enter where !InspectionScreen.multiline.contains(focus):
            focus = (focus + 1) % editors.count
        default:
            if focus != 1 { _ = editors[focus].handle(key, input: app.input) }
        }
    }

    private func save() {
        guard let day = Day(parsing: editors[0].committed) else {
            focus = 0
            error = app.t(DialogText.badDate(editors[0].committed))
            return app.inform(error ?? "", isError: true)
        }
        var round = InspectionRound(id: "", date: day, level: level, body: editors[2].committed,
                                    created: Stamp(at: app.workspace.clock(), by: app.workspace.actor.login))
        round.team = editors[3].committed.split(separator: ";").map { VietnameseText.cleanField(String($0)) }.filter { !$0.isEmpty }
        round.units = Array(Set(models.map(\.unit))).sorted()
        round.findings = models.enumerated().map { index, model in
            let own = models.count > 1 ? editors[InspectionScreen.sharedFields + index].committed : ""
            return InspectionFinding(modelId: model.id, findings: own.isEmpty ? editors[4].committed : own, recommendations: editors[5].committed)
        }
        do {
            let saved = try app.workspace.recordInspection(round, modelIDs: models.map(\.id))
            list.reorder()
            app.pop(confirmIfDirty: false)
            app.inform(app.t(InspectionText.saved(saved.id, models: models.count)))
        } catch {
            app.fail(error)
        }
    }

    func draw(on screen: Screen, top: Int, height: Int) {
        let width = screen.size.columns
        screen.put(models.map(\.id).joined(separator: ", "), row: top, column: 1, style: Style(.dim))
        var row = top + 2
        for index in editors.indices where row < top + height {
            let focused = index == focus
            let label = index < InspectionScreen.sharedFields ? app.t(InspectionText.labels[index])
                : app.t(InspectionText.findingsOf(models[index - InspectionScreen.sharedFields].id))
            screen.put(TextWidth.padded(label, to: 24), row: row, column: 1, style: Style(focused ? .header : .normal, bold: focused))
            let style = Style(focused ? .fieldFocused : .field)
            if index == 1 {
                let levelLabel = app.workspace.lists.label(level, in: .levels, app.language) + (focused ? "  ▾" : "")
                screen.put(TextWidth.padded(levelLabel, to: width - 28), row: row, column: 26, style: style)
                row += 1
                continue
            }
            let lines = InspectionScreen.multiline.contains(index) ? 3 : 1
            let view = editors[index].visible(width: width - 28, height: lines, fromStart: !focused)
            for offset in 0..<lines {
                screen.put(TextWidth.padded(offset < view.lines.count ? view.lines[offset] : "", to: width - 28), row: row + offset, column: 26, style: style)
            }
            if focused { screen.setCursor(row: row + view.cursorRow, column: 26 + view.cursorColumn) }
            row += lines
            if index == 0, let error { screen.put("⚠ " + error, row: row, column: 26, style: Style(.error)); row += 1 }
        }
    }
}

/// Texts of the inspection screen.
enum InspectionText {
    typealias L = LocalizedText
    static func title(_ n: Int) -> L { L(vi: "Ghi đợt kiểm tra (\(n) mô hình)", en: "Record an inspection (\(n) models)") }
    static let labels: [L] = [
        L(vi: "Ngày (dd/mm/yyyy)", en: "Date (dd/mm/yyyy)"), L(vi: "Cấp kiểm tra", en: "Inspecting level"),
        L(vi: "Đoàn kiểm tra", en: "Inspecting team"), L(vi: "Thành viên (cách nhau ;)", en: "Members (separated by ;)"),
        L(vi: "Kết quả kiểm tra", en: "Findings"), L(vi: "Kiến nghị", en: "Recommendations"),
    ]
    static func findingsOf(_ id: String) -> L { L(vi: "Kết quả tại \(id)", en: "Findings at \(id)") }
    static func saved(_ id: String, models: Int) -> L { L(vi: "Đã ghi đợt kiểm tra \(id) cho \(models) mô hình", en: "Recorded inspection \(id) for \(models) model(s)") }
}

import Foundation
import DVKCore
import DVKTerminal

/// The history of one record: every move and event (who by name, when in local time, from → to,
/// note), then, under its own heading, the save journal in words.
final class HistoryScreen: AppScreen {
    unowned let app: App
    let record: ModelRecord
    private var table = TableState()
    private let lines: [[String]]

    init(app: App, record: ModelRecord) {
        self.app = app
        self.record = record
        let configuration = app.workspace.configuration, language = app.language
        let workflow = configuration.workflow, readable = ReadableStamps(users: configuration.users)
        var rows: [[String]] = self.record.history.reversed().map { h in
            let move = h.from == h.to ? workflow.label(ofState: h.to, language) + " · " + HistoryText.event(h.transition).text(language)
                                      : workflow.label(ofState: h.from, language) + " → " + workflow.label(ofState: h.to, language)
            return [readable.time(h.at), readable.person(h.by), move, h.note]
        }
        let journal = app.workspace.journal(of: record.id)
        if !journal.isEmpty {
            rows.append(["", "", "── " + app.t(HistoryText.journal) + " ──", ""])
            rows += journal.reversed().map { j in
                [readable.time(j.at), readable.person(j.by),
                 SaveActionWording.describe(j.action, fromRevision: j.fromRevision, toRevision: j.toRevision, workflow: workflow, language), j.note]
            }
        }
        lines = rows
        table.setCount(rows.count)
    }

    var title: String { app.t(HistoryText.title) + " — " + record.id }
    var capturesText: Bool { false }
    var isDirty: Bool { false }
    var keyHelp: [(key: String, help: LocalizedText, hint: Bool)] {
        [("Esc", HistoryText.back, true), ("↑↓", AppText.navigate, false)]
    }

    func handle(_ key: Key) {
        if key == .escape || key == .character("h") { return app.pop() }
        _ = table.handle(key, pageHeight: 10)
    }

    func draw(on screen: Screen, top: Int, height: Int) {
        screen.put(record.displayName, row: top, column: 1, style: Style(.header, bold: true))
        let columns = [TableColumn(app.t(HistoryText.when), width: 16), TableColumn(app.t(HistoryText.who), width: 18),
                       TableColumn(app.t(HistoryText.what), width: 44), TableColumn(app.t(HistoryText.note), width: 0)]
        TableRenderer.draw(on: screen, top: top + 1, left: 1, width: screen.size.columns - 2, height: height - 1, columns: columns,
                           state: table, cells: { self.lines[$0] }, style: { $0 == self.table.selected ? Style(.selected) : .normal })
    }
}

/// Texts of the history screen.
enum HistoryText {
    typealias L = LocalizedText
    static let title = L(vi: "Lịch sử", en: "History")
    static let back = L(vi: "quay lại", en: "back")
    static let when = L(vi: "Thời điểm", en: "When")
    static let journal = L(vi: "Nhật ký lưu", en: "Save journal")

    /// An event that is not a move, in words (the history's `transition` of a same-state entry).
    static func event(_ transition: String) -> L {
        switch transition {
        case "inspect": return L(vi: "kiểm tra", en: "inspection")
        case "appraise": return L(vi: "chấm điểm", en: "score sheet")
        case "replicate": return L(vi: "nhân rộng", en: "replication")
        case "import": return L(vi: "nhập từ tệp", en: "import")
        default: return L(vi: transition, en: transition)
        }
    }
    static let who = L(vi: "Người", en: "Who")
    static let what = L(vi: "Việc", en: "What")
    static let note = L(vi: "Ghi chú", en: "Note")
}

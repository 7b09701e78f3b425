import Foundation
import DVKCore
import DVKTerminal

/// The history of one record: every move and event (who, when, from → to, note), then the save
/// journal.
final class HistoryScreen: AppScreen {
    unowned let app: App
    let record: ModelRecord
    private var table = TableState()
    private let lines: [[String]]

    init(app: App, record: ModelRecord) {
        self.app = app
        self.record = record
        let workflow = app.workspace.configuration.workflow, language = app.language
        var rows: [[String]] = self.record.history.reversed().map { h in
            let move = h.from == h.to ? workflow.label(ofState: h.to, language) + " · " + h.transition
                                      : workflow.label(ofState: h.from, language) + " → " + workflow.label(ofState: h.to, language)
            return [h.at.iso.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: ""), h.by, move, h.note]
        }
        rows += app.workspace.journal(of: record.id).reversed().map { j in
            [j.at.iso.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: ""), j.by,
             "\(j.action) r\(j.fromRevision)→r\(j.toRevision)", j.note]
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
        let columns = [TableColumn(app.t(HistoryText.when), width: 19), TableColumn(app.t(HistoryText.who), width: 12),
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
    static let when = L(vi: "Thời điểm (UTC)", en: "When (UTC)")
    static let who = L(vi: "Người", en: "Who")
    static let what = L(vi: "Việc", en: "What")
    static let note = L(vi: "Ghi chú", en: "Note")
}

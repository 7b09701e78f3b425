import DVKCore
import DVKTerminal

/// After a save conflict: the fields the other person changed since the form was opened, my
/// value beside theirs, one choice per field. Enter hands the choices back to the form, which
/// saves the merged values on top of their revision.
final class MergeScreen: AppScreen {
    struct Row {
        let key: String
        let label: String
        let mine: String
        let theirs: String
        /// True when my value is taken.
        var takeMine: Bool
    }

    unowned let app: App
    private var rows: [Row]
    private let who: String
    /// Labels of the fields only I changed: kept as mine, named so nothing happens unseen.
    private let mineOnly: [String]
    private let onAccept: ([String: Bool]) -> Void
    private var selected = 0

    init(app: App, rows: [Row], who: String, mineOnly: [String], onAccept: @escaping ([String: Bool]) -> Void) {
        self.app = app
        self.rows = rows
        self.who = who
        self.mineOnly = mineOnly
        self.onAccept = onAccept
    }

    var title: String { app.t(MergeText.title) }
    var isDirty: Bool { false }
    var capturesText: Bool { false }

    var keyHelp: [(key: String, help: LocalizedText, hint: Bool)] {
        [("↑↓", MergeText.move, true), ("← m", MergeText.takeMine, true), ("→ t", MergeText.takeTheirs, true),
         ("Space", MergeText.toggle, false), ("Enter", MergeText.accept, true), ("Esc", MergeText.cancel, true)]
    }

    func handle(_ key: Key) {
        switch key {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(rows.count - 1, selected + 1)
        case .left, .character("m"): if !rows.isEmpty { rows[selected].takeMine = true }
        case .right, .character("t"): if !rows.isEmpty { rows[selected].takeMine = false }
        case .character(" "): if !rows.isEmpty { rows[selected].takeMine.toggle() }
        case .enter:
            let choices = Dictionary(uniqueKeysWithValues: rows.map { ($0.key, $0.takeMine) })
            app.pop(confirmIfDirty: false)
            onAccept(choices)
        case .escape: app.pop(confirmIfDirty: false)
        default: break
        }
    }

    func draw(on screen: Screen, top: Int, height: Int) {
        let width = screen.size.columns
        screen.put(TextWidth.prefix(app.t(MergeText.intro(who)), fitting: width - 2), row: top, column: 1, style: Style(.dim))
        let labelWidth = min(30, width / 4)
        let valueWidth = (width - labelWidth - 8) / 2
        let mineLeft = labelWidth + 3, theirsLeft = mineLeft + valueWidth + 3
        screen.put(TextWidth.padded(app.t(MergeText.field), to: labelWidth), row: top + 2, column: 1, style: Style(.header, bold: true))
        screen.put(TextWidth.padded(app.t(MergeText.mine), to: valueWidth), row: top + 2, column: mineLeft, style: Style(.header, bold: true))
        screen.put("│", row: top + 2, column: theirsLeft - 2, style: Style(.dim))
        screen.put(TextWidth.padded(app.t(MergeText.theirs(who)), to: valueWidth), row: top + 2, column: theirsLeft, style: Style(.header, bold: true))
        if rows.isEmpty { screen.put(app.t(MergeText.nothing), row: top + 3, column: 1, style: .normal) }
        if !mineOnly.isEmpty, top + 4 + max(1, rows.count) < top + height {
            let note = app.t(MergeText.keptMine) + mineOnly.joined(separator: ", ")
            for (offset, text) in TextWidth.wrap(note, width: width - 2).prefix(3).enumerated() {
                screen.put(text, row: top + 4 + max(1, rows.count) + offset, column: 1, style: Style(.dim))
            }
        }
        for (index, row) in rows.enumerated() {
            let y = top + 3 + index
            guard y < top + height else { break }
            let focused = index == selected
            let oneLine = { (text: String) in text.isEmpty ? "—" : text.replacingOccurrences(of: "\n", with: " ⏎ ") }
            screen.put(TextWidth.elided(row.label, to: labelWidth), row: y, column: 1,
                       style: Style(focused ? .header : .normal, bold: focused))
            let mine = (row.takeMine ? "● " : "○ ") + oneLine(row.mine)
            let theirs = (row.takeMine ? "○ " : "● ") + oneLine(row.theirs)
            screen.put(TextWidth.elided(mine, to: valueWidth), row: y, column: mineLeft,
                       style: Style(row.takeMine ? .fieldFocused : .field))
            screen.put("│", row: y, column: theirsLeft - 2, style: Style(.dim))
            screen.put(TextWidth.elided(theirs, to: valueWidth), row: y, column: theirsLeft,
                       style: Style(row.takeMine ? .field : .fieldFocused))
        }
    }
}

/// Texts of the merge screen.
enum MergeText {
    typealias L = LocalizedText
    static let title = L(vi: "Gộp thay đổi", en: "Merge changes")
    static func intro(_ who: String) -> L {
        L(vi: "Các trường \(who) đã sửa sau khi bạn mở phiếu. Chọn bản giữ lại cho từng trường; trường chỉ bạn sửa giữ bản của bạn.",
          en: "The fields \(who) changed since you opened the form. Pick the value to keep for each; fields only you changed keep yours.")
    }
    static let field = L(vi: "Trường", en: "Field")
    static let keptMine = L(vi: "Chỉ bạn sửa, giữ bản của bạn: ", en: "Changed only by you, yours kept: ")
    static let mine = L(vi: "Của tôi", en: "Mine")
    static func theirs(_ who: String) -> L { L(vi: "Của \(who)", en: "\(who)'s") }
    static let nothing = L(vi: "(họ không sửa trường nào khác với bạn)", en: "(they changed nothing that differs from yours)")
    static let move = L(vi: "trường trước/sau", en: "previous/next field")
    static let takeMine = L(vi: "lấy của tôi", en: "take mine")
    static let takeTheirs = L(vi: "lấy của họ", en: "take theirs")
    static let toggle = L(vi: "đổi lựa chọn", en: "switch the choice")
    static let accept = L(vi: "nhận và lưu lên bản của họ", en: "accept and save on top of theirs")
    static let cancel = L(vi: "quay lại phiếu, chưa lưu", en: "back to the form, nothing saved")
}

import DVKCore
import DVKTerminal

/// The short form of a committee dialog (a recognition, an award proposal, a decision):
/// labelled fields typed on one line, chosen from a list, or switched on and off. Tab,
/// Shift-Tab, ↑ and ↓ move between fields; Enter (or typing) on a choice opens its picker;
/// Space switches a toggle. Problems found on saving show beside their field.
final class DialogForm {
    enum Kind {
        case text, toggle
        case choice([Picker.Option])
    }

    struct Field {
        let id: String
        let label: LocalizedText
        var kind: Kind
        var editor: LineEditor
        var chosen: String
        var isOn: Bool
    }

    private(set) var fields: [Field]
    var focus = 0
    /// Problems by field id, shown until the next key.
    var problems: [String: String] = [:]
    private let start: [String]

    init(_ fields: [Field]) {
        self.fields = fields
        start = fields.map { "\($0.editor.committed)|\($0.chosen)|\($0.isOn)" }
    }

    static func text(_ id: String, _ label: LocalizedText, _ initial: String = "") -> Field {
        Field(id: id, label: label, kind: .text, editor: LineEditor(initial), chosen: "", isOn: false)
    }

    /// A choice; a `selected` id the options do not offer (a level no longer in use) falls back
    /// to the first option, so what is saved is always what is shown.
    static func choice(_ id: String, _ label: LocalizedText, _ options: [Picker.Option], selected: String) -> Field {
        let chosen = options.contains { $0.id == selected } ? selected : options.first?.id ?? ""
        return Field(id: id, label: label, kind: .choice(options), editor: LineEditor(), chosen: chosen, isOn: false)
    }

    static func toggle(_ id: String, _ label: LocalizedText, _ isOn: Bool = false) -> Field {
        Field(id: id, label: label, kind: .toggle, editor: LineEditor(), chosen: "", isOn: isOn)
    }

    var isDirty: Bool { fields.map { "\($0.editor.committed)|\($0.chosen)|\($0.isOn)" } != start }

    private func index(_ id: String) -> Int? { fields.firstIndex { $0.id == id } }

    /// The typed text of a text field, NFC, trimmed, on one line (a pasted tab is a space).
    func text(_ id: String) -> String { index(id).map { VietnameseText.cleanLine(fields[$0].editor.committed) } ?? "" }
    /// The option id chosen in a choice field.
    func chosen(_ id: String) -> String { index(id).map { fields[$0].chosen } ?? "" }
    func isOn(_ id: String) -> Bool { index(id).map { fields[$0].isOn } ?? false }

    /// Replaces the options of a choice (keeping the choice when it is still offered).
    func setOptions(_ id: String, _ options: [Picker.Option]) {
        guard let i = index(id) else { return }
        fields[i].kind = .choice(options)
        if !options.contains(where: { $0.id == fields[i].chosen }) { fields[i].chosen = options.first?.id ?? "" }
    }

    /// Chooses `option` in a choice field.
    func select(_ id: String, _ option: String) {
        if let i = index(id) { fields[i].chosen = option }
    }

    /// Notes a problem and moves the focus to its field.
    func refuse(_ id: String, _ problem: String) {
        problems[id] = problem
        if let i = index(id) { focus = i }
    }

    /// Handles a key for the focused field; `onChange` runs after a choice is picked.
    func handle(_ key: Key, app: App, onChange: @escaping (String) -> Void = { _ in }) {
        problems = [:]
        switch key {
        case .tab, .down: focus = (focus + 1) % fields.count
        case .backTab, .up: focus = (focus + fields.count - 1) % fields.count
        case .enter where isText(focus): focus = (focus + 1) % fields.count
        default:
            let field = fields[focus]
            switch field.kind {
            case .toggle:
                if key == .character(" ") || key == .enter { fields[focus].isOn.toggle() }
            case .choice(let options):
                guard key == .enter || key.isCharacter else { return }
                let at = focus
                app.pick(app.t(field.label), options, selected: field.chosen, typed: key == .enter ? nil : key) { [unowned self] option in
                    self.fields[at].chosen = option.id
                    onChange(self.fields[at].id)
                }
            case .text:
                _ = fields[focus].editor.handle(key, input: app.input)
            }
        }
    }

    private func isText(_ i: Int) -> Bool {
        if case .text = fields[i].kind { return true }
        return false
    }

    /// Draws the fields from `top`; returns the next free row.
    @discardableResult
    func draw(on screen: Screen, top: Int, left: Int, width: Int, labelWidth: Int = 28, app: App) -> Int {
        var row = top
        let valueWidth = max(10, width - labelWidth - 2)
        for (i, field) in fields.enumerated() {
            let focused = i == focus
            screen.put(TextWidth.padded(app.t(field.label), to: labelWidth), row: row, column: left,
                       style: Style(focused ? .header : .normal, bold: focused))
            let column = left + labelWidth + 1
            let style = Style(focused ? .fieldFocused : .field)
            switch field.kind {
            case .text where focused:
                let view = field.editor.visible(width: valueWidth)
                screen.put(TextWidth.padded(view.text, to: valueWidth), row: row, column: column, style: style)
                screen.setCursor(row: row, column: column + view.cursorColumn)
            case .text:
                // Not being typed in: the text from its start, as far as it fits.
                screen.put(TextWidth.padded(TextWidth.prefix(field.editor.text, fitting: valueWidth), to: valueWidth), row: row, column: column, style: style)
            case .toggle:
                let mark = field.isOn ? "[x] " + app.t(DialogText.yes) : "[ ] " + app.t(DialogText.no)
                screen.put(TextWidth.padded(mark, to: valueWidth), row: row, column: column, style: style)
            case .choice(let options):
                let label = options.first { $0.id == field.chosen }?.label ?? "—"
                screen.put(TextWidth.padded(label + (focused ? "  ▾" : ""), to: valueWidth), row: row, column: column, style: style)
            }
            row += 1
            if let problem = problems[field.id] {
                screen.put("⚠ " + problem, row: row, column: column, style: Style(.error))
                row += 1
            }
        }
        return row
    }
}

extension Key {
    /// A printable character (typing on a choice opens its picker).
    var isCharacter: Bool {
        if case .character = self { return true }
        return false
    }
}

/// Texts shared by the committee's dialogs.
enum DialogText {
    typealias L = LocalizedText
    static let yes = L(vi: "có", en: "yes")
    static let no = L(vi: "không", en: "no")
    static let required = L(vi: "bắt buộc nhập", en: "required")
    static func badDate(_ text: String) -> L { L(vi: "«\(text)» không phải ngày hợp lệ (dd/mm/yyyy)", en: "«\(text)» is not a valid date (dd/mm/yyyy)") }
    static let next = L(vi: "ô tiếp theo", en: "next field")
    static let choose = L(vi: "chọn trong danh sách / bật tắt", en: "choose from the list / switch")
    static let back = L(vi: "quay lại (hỏi nếu chưa lưu)", en: "back (asks when unsaved)")
}

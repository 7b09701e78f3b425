import DVKCore
import DVKDocuments
import DVKTerminal

/// The pieces the first-run setup and the settings screen share to show a letterhead's fields:
/// a labelled one-line field, the issuer chooser, the two name lines, the signing modes and the
/// preview as printed.
enum LetterheadFields {
    static let labelWidth = 26
    /// The signing modes ←→/Space cycles through ("" is "in own right").
    static let signerModes = ["", "TM.", "KT."]

    /// A labelled one-line field at `row`; the cursor shows in the focused one when `cursor` is
    /// given (nil: a choice, not typed).
    static func draw(_ label: String, _ text: String, cursor: Int?, focused: Bool, row: Int, on screen: Screen) {
        let width = max(10, min(70, screen.size.columns - labelWidth - 4))
        screen.put(" " + TextWidth.padded(label, to: labelWidth - 1), row: row, column: 0,
                   style: Style(focused ? .header : .normal, bold: focused))
        var editor = LineEditor(text)
        if let cursor { for _ in 0..<max(0, text.count - cursor) { editor.moveLeft() } } else { editor.moveHome() }
        let view = editor.visible(width: width)
        screen.put(TextWidth.padded(view.text, to: width), row: row, column: labelWidth + 1,
                   style: Style(focused ? .fieldFocused : .field))
        if focused && cursor != nil { screen.setCursor(row: row, column: labelWidth + 1 + view.cursorColumn) }
    }

    /// "◀ 1/2 ĐẢNG ỦY XÃ KIM BÌNH ▶": which of the bodies is shown.
    static func chooser(_ issuer: DocumentHeaders.Issuer?, index: Int, count: Int) -> String {
        issuer.map { "◀ \(index + 1)/\(count) \($0.name.replacingOccurrences(of: "\n", with: " · ")) ▶" } ?? ""
    }

    /// "◀ TM. ▶", or "in own right" for no mode.
    static func mode(_ mode: String, _ language: Language) -> String {
        "◀ " + (mode.isEmpty ? SetupText.ownRight.text(language) : mode) + " ▶"
    }

    /// A body's name as its two typed lines (a third line and beyond join the second).
    static func nameLines(_ name: String) -> (String, String) {
        let lines = name.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return (lines.first ?? "", lines.count > 1 ? lines.dropFirst().joined(separator: " ") : "")
    }

    /// The two typed lines as a body's name, empty lines left out.
    static func name(_ line1: String, _ line2: String) -> String {
        [line1, line2].filter { !$0.trimmingSpaces.isEmpty }.joined(separator: "\n")
    }

    /// The letterhead and signature as the award list prints them, as text lines.
    static func preview(_ issuer: DocumentHeaders.Issuer, today: Day?, columns: Int) -> [String] {
        let width = max(40, min(columns - 4, 96))
        return LetterheadPreview.lines(issuer, day: today, year: today?.year ?? 2026, width: width)
    }
}

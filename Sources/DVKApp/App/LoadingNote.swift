import DVKCore
import DVKTerminal

/// What the screen shows while the records are read at start (a large data directory takes a
/// moment), so the user sees at once that dvk is working.
public enum LoadingNote {
    public static func draw(on screen: Screen, language: Language, path: String) {
        screen.clear()
        screen.hideCursor()
        let (rows, columns) = screen.size
        let text = LocalizedText(vi: "Đang đọc dữ liệu…", en: "Reading the data…").text(language)
        screen.put(" dvk", row: 0, column: 0, style: Style(.title, bold: true))
        screen.put(text, row: rows / 2, column: max(0, (columns - TextWidth.columns(of: text)) / 2), style: Style(.header, bold: true))
        screen.put(path, row: rows / 2 + 1, column: max(0, (columns - TextWidth.columns(of: path)) / 2), style: Style(.dim))
        screen.present()
    }
}

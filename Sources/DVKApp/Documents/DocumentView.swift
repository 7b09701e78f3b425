import DVKDocuments
import DVKTerminal

/// A document drawn in the terminal as it will print (the plain-text layout of the same page
/// model the DOCX/XLSX writers use), laid out again only when the width changes, scrolled line
/// by line with the list keys.
struct DocumentView {
    private(set) var document: ExportDocument
    private var lines: [String] = []
    private var width = 0
    private var table = TableState()
    private var pageHeight = 10

    init(_ document: ExportDocument) {
        self.document = document
    }

    /// Shows another document from its first line.
    mutating func show(_ newDocument: ExportDocument) {
        document = newDocument
        width = 0
        table = TableState()
    }

    /// Scrolls for the navigation keys (arrows, j/k, PgUp/PgDn, Home/End, the wheel); false for other keys.
    mutating func handle(_ key: Key) -> Bool {
        table.handle(key, pageHeight: pageHeight)
    }

    mutating func draw(on screen: Screen, top: Int, height: Int) {
        let columns = screen.size.columns
        pageHeight = max(1, height)
        if width != columns - 2 {
            width = columns - 2
            lines = PlainTextWriter(document.layout, width: width).lines()
            table.setCount(lines.count)
        }
        for (offset, index) in table.visibleRows(pageHeight: pageHeight).enumerated() {
            screen.put(lines[index], row: top + offset, column: 1, style: index == table.selected ? Style(.dim) : .normal)
        }
    }
}

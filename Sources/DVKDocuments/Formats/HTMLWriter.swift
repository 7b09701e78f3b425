/// Writes a ``PrintDocument`` as one HTML page with print CSS: `@page` A4 in the document's
/// orientation with the official margins, Times New Roman, bordered tables whose header rows
/// repeat on every printed page (`thead`), rows kept whole. A preview format: the official path
/// to paper is DOCX → PDF.
public struct HTMLWriter: Sendable {
    public let document: PrintDocument

    public init(_ document: PrintDocument) {
        self.document = document
    }

    public func html() -> String {
        let width = PageSetup.sizeMM(document.orientation).width - PageSetup.leftMM - PageSetup.rightMM
        var out = "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<title>\(XMLText.escape(document.title))</title>\n<style>\n"
            + "@page { size: A4 \(document.orientation.rawValue); margin: \(mm(PageSetup.topMM)) \(mm(PageSetup.rightMM)) \(mm(PageSetup.bottomMM)) \(mm(PageSetup.leftMM)); }\n"
            + "body { font-family: \"Times New Roman\", \"Liberation Serif\", serif; font-size: 13pt; color: #000; margin: 0; }\n"
            + "@media screen { body { width: \(mm(width)); margin: 10mm auto; } }\n"
            + "p { margin: 0; }\n"
            + ".rule { border-top: 1px solid #000; height: 0; margin: 1pt auto 0; }\n"
            + "table { border-collapse: collapse; width: 100%; table-layout: fixed; }\n"
            + "table.columns td { vertical-align: top; padding: 0 1mm; }\n"
            + "table.grid th, table.grid td { border: 1px solid #000; padding: 2pt 1mm; vertical-align: top; overflow-wrap: anywhere; }\n"
            + "table.grid th { vertical-align: middle; text-align: center; }\n"
            + "thead { display: table-header-group; }\n"
            + "tr { break-inside: avoid; page-break-inside: avoid; }\n"
            + ".closing { break-before: avoid; break-inside: avoid; }\n"
            + "@page portrait { size: A4 portrait; }\n@page landscape { size: A4 landscape; }\n"
            + "section.portrait { page: portrait; break-before: page; }\nsection.landscape { page: landscape; break-before: page; }\n"
            + "</style>\n</head>\n<body>\n"
        for (index, section) in document.sections.enumerated() {
            if index > 0 { out += "<section class=\"\(section.orientation.rawValue)\">\n" }
            out += blocks(section.blocks)
            if index > 0 { out += "</section>\n" }
        }
        return out + "</body>\n</html>\n"
    }

    /// The blocks of one section (page breaks are sections, see ``html()``).
    private func blocks(_ blocks: [PrintBlock]) -> String {
        var out = ""
        for block in blocks {
            switch block {
            case .paragraph(let p): out += paragraph(p) + "\n"
            case .columns(let left, let right, let share): out += columns(left, right, share) + "\n"
            case .table(let t):
                out += table(t) + "\n"
                if !t.closing.isEmpty { out += "<div class=\"closing\">\n" + self.blocks(t.closing) + "</div>\n" }
            case .pageBreak: break
            }
        }
        return out
    }

    private func mm(_ value: Double) -> String { "\(XlsxStyles.number(value))mm" }

    private func pt(_ value: Double) -> String { "\(XlsxStyles.number(value))pt" }

    func paragraph(_ p: PrintParagraph) -> String {
        var style = "text-align: \(HTMLWriter.align(p.alignment))"
        if p.spaceBefore > 0 { style += "; margin-top: \(pt(p.spaceBefore))" }
        if p.spaceAfter > 0 { style += "; margin-bottom: \(pt(p.spaceAfter))" }
        if p.firstLineIndent > 0 { style += "; text-indent: \(pt(p.firstLineIndent))" }
        let runs = p.runs.map { "<span style=\"\(css($0.style))\">\(HTMLWriter.text($0.text))</span>" }.joined()
        var out = "<p style=\"\(style)\">\(runs.isEmpty ? "&#160;" : runs)</p>"
        if let rule = p.ruleBelow { out += "<div class=\"rule\" style=\"width: \(pt(rule))\"></div>" }
        return out
    }

    private func css(_ s: TextStyle) -> String {
        var out = "font-size: \(pt(s.size))"
        if s.bold { out += "; font-weight: bold" }
        if s.italic { out += "; font-style: italic" }
        if s.underline { out += "; text-decoration: underline" }
        return out
    }

    private func columns(_ left: [PrintParagraph], _ right: [PrintParagraph], _ share: Double) -> String {
        let percent = Int((share * 100).rounded())
        return "<table class=\"columns\"><tr><td style=\"width: \(percent)%\">" + left.map(paragraph).joined()
            + "</td><td style=\"width: \(100 - percent)%\">" + right.map(paragraph).joined() + "</td></tr></table>"
    }

    private func table(_ t: PrintTable) -> String {
        let total = max(1, t.columns.reduce(0) { $0 + $1.width })
        var out = "<table class=\"grid\" style=\"font-size: \(pt(t.bodyStyle.size))\"><colgroup>"
            + t.columns.map { "<col style=\"width: \(XlsxStyles.number($0.width / total * 100))%\">" }.joined() + "</colgroup><thead>"
        for row in 0..<t.header.rowCount {
            out += "<tr>" + t.header.cells(startingIn: row).map { cell in
                let spans = (cell.colSpan > 1 ? " colspan=\"\(cell.colSpan)\"" : "") + (cell.rowSpan > 1 ? " rowspan=\"\(cell.rowSpan)\"" : "")
                return "<th\(spans) style=\"font-size: \(pt(t.headerStyle.size))\">\(HTMLWriter.text(cell.text))</th>"
            }.joined() + "</tr>"
        }
        out += "</thead><tbody>"
        for row in t.rows {
            var column = 0
            out += "<tr>"
            for cell in row.cells where column < t.columns.count {
                let align = HTMLWriter.align(cell.alignment ?? t.columns[column].alignment)
                let weight = cell.bold ? "; font-weight: bold" : ""
                out += "<td\(cell.span > 1 ? " colspan=\"\(cell.span)\"" : "") style=\"text-align: \(align)\(weight)\">\(HTMLWriter.text(cell.text))</td>"
                column += cell.span
            }
            out += "</tr>"
        }
        return out + "</tbody></table>"
    }

    /// Escaped text with line breaks as `<br>`.
    static func text(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { XMLText.escape(String($0)) }.joined(separator: "<br>")
    }

    static func align(_ alignment: PrintParagraph.Alignment) -> String {
        switch alignment {
        case .left: return "left"
        case .center: return "center"
        case .right: return "right"
        case .justified: return "justify"
        }
    }
}

import Foundation
import DVKCore
import Testing
@testable import DVKDocuments

/// The HTML preview: print CSS for A4 in the document's orientation with the official margins,
/// header rows in `thead` (repeated by browsers on every page), merged cells as spans, text escaped.
@Suite struct HTMLTests {
    @Test func thePageHasPrintCSSHeaderRowsSpansAndEscapedText() throws {
        let table = try ChiemHoaFixture.awardsTable()
        let html = HTMLWriter(Annex(table: table, note: "(Kèm theo <Báo cáo> & \"x\")").layout()).html()
        #expect(html.contains("@page { size: A4 landscape; margin: 20mm 15mm 20mm 30mm; }"))
        #expect(html.contains("font-family: \"Times New Roman\""))
        #expect(html.contains("<thead><tr><th rowspan=\"3\""))
        #expect(html.contains("<th colspan=\"8\" style=\"font-size: 12pt\">Cấp khen</th>"))
        #expect(html.contains("(Kèm theo &lt;Báo cáo&gt; &amp; &quot;x&quot;)"))
        // Three header rows, the year rows and the total row (no letterhead without an issuer).
        #expect(html.components(separatedBy: "<tr>").count - 1 == 3 + table.rows.count + 1)
        let portrait = HTMLWriter(PrintDocument(title: "t", orientation: .portrait, blocks: [])).html()
        #expect(portrait.contains("size: A4 portrait"))
    }
}

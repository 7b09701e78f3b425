import DVKCore
import DVKTestSupport
import Foundation
import Testing
@testable import DVKDocuments

/// Annexes printed from the core's statistics: the figures in the DOCX and XLSX equal the
/// StatisticsBuilder's for a data set built to match the Chiêm Hóa tables, the totals are the
/// sums, and the header cells are merged as in the seed.
@Suite struct AnnexTests {
    typealias C = ChiemHoaFixture

    @Test func theFixtureReproducesTheSeedRows() throws {
        let table = try C.byFieldTable()
        for row in C.rows {
            let computed = try #require(table.rows.first { $0.key == row.field })
            #expect(table.columns.map { computed.value($0.id) } == row.figures, "\(row.field)")
        }
    }

    @Test func theDocxTableHoldsTheComputedFiguresAndTotals() throws {
        let table = try C.byFieldTable()
        let annex = Annex(table: table, note: "(Kèm theo Báo cáo số 45-BC/BCĐ)")
        let docx = try PythonReader.docx(try DocumentFixtures.write(try DocxWriter(annex.layout()).bytes(), "annex.docx"))
        let texts = Reading.allTexts(docx)
        #expect(Reading.containsExactly(texts, "BIỂU TỔNG HỢP"))
        #expect(Reading.containsExactly(texts, "TỔNG HỢP SỐ LIỆU \"DÂN VẬN KHÉO\" GIAI ĐOẠN 2020 - 2022"))
        #expect(Reading.containsExactly(texts, "(Kèm theo Báo cáo số 45-BC/BCĐ)"))
        let grid = try #require(Reading.tables(docx).first)
        let headerRows = 3
        #expect(grid.count == headerRows + table.rows.count + 1)
        // Merged cells repeat their text over the grid columns they span.
        #expect(grid[0][0] == "STT" && grid[2][0] == "STT")
        #expect(grid[0][2] == grid[0][5] && grid[0][2].hasPrefix("Tổng số mô hình"))
        #expect(grid[1][2] == "Mô hình" && grid[1][3] == "Mô hình" && grid[1][4] == "Nội dung việc làm")
        #expect(grid[1][10] == "Tập thể" && grid[2][10] == "Tập thể")
        for (index, row) in table.rows.enumerated() {
            let cells = grid[headerRows + index]
            #expect(cells[0] == String(index + 1))
            #expect(cells[1] == row.label.vi)
            #expect(cells.dropFirst(2).map { Int($0) } == table.columns.map { row.value($0.id) }, "\(row.key)")
        }
        let totals = try #require(grid.last)
        #expect(totals[1] == "Tổng cộng")
        #expect(totals.dropFirst(2).map { Int($0) } == table.columns.map { table.totals[$0.id] })
        #expect(Array(totals.dropFirst(2)) == ["555", "1184", "287", "1093", "252", "1054", "108", "483", "84", "378"])
    }

    @Test func theXlsxHoldsRealNumbersMergedHeadersAndSumsEqualToTheTotals() throws {
        let table = try C.awardsTable()
        let xlsx = try PythonReader.xlsx(try DocumentFixtures.write(try XlsxWriter(Annex(table: table).layout()).bytes(), "awards.xlsx"))
        let cells = Reading.cells(xlsx)
        let merged = try #require(xlsx["merged"] as? [String])
        // Title rows are merged across; the header: STT, Năm, Tổng số, Tập thể, Cá nhân down three
        // rows, "Cấp khen" across the eight level columns, each level across two.
        let headerTop = try #require(cells.first { $0["value"] as? String == "STT" }?["row"] as? Int)
        let r = { (offset: Int) in headerTop + offset }
        for expected in ["A\(r(0)):A\(r(2))", "B\(r(0)):B\(r(2))", "C\(r(0)):C\(r(2))", "D\(r(0)):D\(r(2))", "E\(r(0)):E\(r(2))",
                         "F\(r(0)):M\(r(0))", "F\(r(1)):G\(r(1))", "L\(r(1)):M\(r(1))"] {
            #expect(merged.contains(expected), "merged \(expected) in \(merged)")
        }
        #expect(cells.first { $0["ref"] as? String == "F\(r(0))" }?["value"] as? String == "Cấp khen")
        #expect(cells.first { $0["ref"] as? String == "F\(r(1))" }?["value"] as? String == "Cơ sở")
        // Body rows: numbers are numeric cells equal to the computed figures.
        for (index, row) in table.rows.enumerated() {
            let rowNumber = r(3) + index
            let numbers = cells.filter { $0["row"] as? Int == rowNumber && ($0["column"] as? Int ?? 0) >= 3 }
            #expect(numbers.allSatisfy { $0["type"] as? String == "n" })
            #expect(numbers.map { $0["value"] as? Int } == table.columns.map { row.value($0.id) }, "row \(row.key)")
        }
        // The total row: SUM formulas whose cached values are the computed totals and the sums.
        let totalRow = r(3) + table.rows.count
        let totals = cells.filter { $0["row"] as? Int == totalRow && ($0["column"] as? Int ?? 0) >= 3 }
        #expect(totals.count == table.columns.count)
        for (cell, column) in zip(totals, table.columns) {
            let formula = cell["value"] as? String ?? ""
            #expect(cell["type"] as? String == "f" && formula.hasPrefix("=SUM("), "\(formula)")
            let cached = cell["cached"] as? Int
            #expect(cached == table.totals[column.id])
            #expect(cached == table.rows.reduce(0) { $0 + $1.value(column.id) })
        }
        #expect(table.totals["total"] == 77 + 80)
        #expect(table.rows.first?.value("total") == 77)
        #expect(xlsx["orientation"] as? String == "landscape")
        #expect(xlsx["paper"] as? Int == 9)
    }
}

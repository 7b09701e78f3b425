import Testing
@testable import DVKDocuments

/// Merged header cells built from header paths, as the seeds' tables merge them.
@Suite struct HeaderGridTests {
    @Test func groupsSpanTheirColumnsAndShortPathsSpanDown() {
        let grid = HeaderGrid(paths: [
            ["STT"], ["Năm"], ["Tổng số"],
            ["Cấp khen", "Cơ sở", "Tập thể"], ["Cấp khen", "Cơ sở", "Cá nhân"],
            ["Cấp khen", "Huyện", "Tập thể"], ["Cấp khen", "Huyện", "Cá nhân"],
        ])
        #expect(grid.rowCount == 3)
        #expect(grid.columnCount == 7)
        let cells = Set(grid.cells.map { "\($0.text)@\($0.row),\($0.column) \($0.rowSpan)x\($0.colSpan)" })
        #expect(cells == [
            "STT@0,0 3x1", "Năm@0,1 3x1", "Tổng số@0,2 3x1", "Cấp khen@0,3 1x4",
            "Cơ sở@1,3 1x2", "Huyện@1,5 1x2",
            "Tập thể@2,3 1x1", "Cá nhân@2,4 1x1", "Tập thể@2,5 1x1", "Cá nhân@2,6 1x1",
        ])
        #expect(grid.cell(coveringRow: 2, column: 2).text == "Tổng số")
        #expect(grid.cell(coveringRow: 1, column: 6).text == "Huyện")
        #expect(grid.leafTitles == ["STT", "Năm", "Tổng số", "Tập thể", "Cá nhân", "Tập thể", "Cá nhân"])
        #expect(grid.columnPaths[4] == ["Cấp khen", "Cơ sở", "Cá nhân"])
    }

    @Test func equalTitlesUnderDifferentGroupsAreNotMerged() {
        let grid = HeaderGrid(paths: [["A", "Mô hình", "Tập thể"], ["B", "Mô hình", "Tập thể"]])
        #expect(grid.cells(startingIn: 1).map(\.colSpan) == [1, 1])
        #expect(grid.cells(startingIn: 0).map(\.text) == ["A", "B"])
    }

    @Test func aSingleRowHasOneCellPerTitle() {
        let grid = HeaderGrid(titles: ["STT", "Họ và tên", ""])
        #expect(grid.rowCount == 1)
        #expect(grid.cells.count == 3)
        #expect(grid.cells(startingIn: 0).map(\.column) == [0, 1, 2])
    }
}

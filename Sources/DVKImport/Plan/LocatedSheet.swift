import DVKCore

/// A sheet whose header row has been found (the first of its first ten rows that names every
/// required column of its kind — registers often carry a title above the table) and matched to
/// a kind's columns.
struct LocatedSheet {
    let table: SourceTable
    let kind: ImportKind
    let catalog: ColumnCatalog
    let headerIndex: Int
    let headers: [String]
    let positions: [String: Int]
    let unused: [String]

    var name: String { table.name }

    /// Indexes of the rows below the header.
    var dataRows: Range<Int> { (headerIndex + 1)..<table.rows.count }

    func row(_ index: Int) -> SheetRow {
        SheetRow(sheet: name, number: table.rowNumbers[index], cells: table.rows[index], positions: positions, headers: headers, catalog: catalog)
    }

    /// Calls `body` with each data row that is not blank, counted in `state.rows`, telling
    /// `progress` how far the sheet is read.
    func eachRow(_ state: inout PlanningState, progress: (Int) -> Void, _ body: (inout SheetRow, inout PlanningState) -> Void) {
        for (offset, index) in dataRows.enumerated() {
            progress(offset)
            var sheetRow = row(index)
            guard !sheetRow.isBlank else { continue }
            state.rows += 1
            body(&sheetRow, &state)
        }
    }

    /// How many rows the header search looks at.
    static let headerSearchRows = 10

    /// The sheet read as `kind` (or the kind its headers name), or nil when no row of the first
    /// ten names every required column.
    static func locate(_ table: SourceTable, kind: ImportKind?, lists: ListCatalog) -> LocatedSheet? {
        for index in table.rows.indices.prefix(headerSearchRows) {
            let headers = table.rows[index].map { VietnameseText.cleanLine($0.text) }
            guard headers.contains(where: { !$0.isEmpty }) else { continue }
            let found = kind.map { kind in
                let catalog = ColumnCatalog(kind: kind, lists: lists)
                let positions = catalog.match(headers: headers).positions
                return catalog.columns.filter(\.required).allSatisfy { positions[$0.key] != nil } ? kind : nil
            } ?? ColumnCatalog.recognise(headers: headers, lists: lists)
            guard let found else { continue }
            let catalog = ColumnCatalog(kind: found, lists: lists)
            let match = catalog.match(headers: headers)
            return LocatedSheet(table: table, kind: found, catalog: catalog, headerIndex: index, headers: headers,
                                positions: match.positions, unused: match.unused)
        }
        return nil
    }

    /// The required columns of `kind` the first non-empty row of `table` lacks, for the report
    /// of a sheet that could not be read.
    static func missingColumns(_ table: SourceTable, kind: ImportKind, lists: ListCatalog) -> [ImportColumn] {
        let catalog = ColumnCatalog(kind: kind, lists: lists)
        let first = table.rows.first { $0.contains { !$0.isEmpty } } ?? []
        let found = catalog.match(headers: first.map(\.text)).positions
        return catalog.columns.filter { $0.required && found[$0.key] == nil }
    }
}

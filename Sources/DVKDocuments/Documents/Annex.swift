import DVKCore

/// A statistical annex ("Biểu tổng hợp") of a committee's report, printed from a computed
/// ``StatisticsTable``: optional letterhead with place and date, an optional label ("Phụ lục
/// 1"), "BIỂU TỔNG HỢP", the table's title in capitals, an optional italic note ("(Kèm theo Báo
/// cáo số …)"), then the table with its merged header cells, numbered rows and the computed
/// total row "Tổng cộng", and the signature block kept with the table's last rows.
public struct Annex: Sendable {
    public var table: StatisticsTable
    /// The language of the row and column labels (documents are Vietnamese by default).
    public var language: Language
    public var issuer: IssuerHeading?
    public var placeAndDate: String?
    public var note: String?
    /// "Phụ lục 1": which annex of the report this is.
    public var label: String?
    /// The signature lines and the signer's name; no signature block when both are empty.
    public var signatureLines: [String] = []
    public var signerName = ""

    public init(table: StatisticsTable, language: Language = .vi, issuer: IssuerHeading? = nil, placeAndDate: String? = nil,
                note: String? = nil, label: String? = nil) {
        self.table = table
        self.label = label
        self.language = language
        self.issuer = issuer
        self.placeAndDate = placeAndDate
        self.note = note.map { XMLText.clean($0).trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The annex laid out for printing.
    public func layout() -> PrintDocument {
        let t = Typography.forLayout(issuer?.layout ?? .state)
        let printed = ColumnFitter.measured(printTable(t))
        let orientation = ColumnFitter.orientation(for: [printed])
        let width = PageSetup.textWidth(orientation)
        var blocks: [PrintBlock] = []
        if let issuer { blocks.append(Letterhead.block(issuer, placeAndDate: placeAndDate, typography: t, textWidth: width)) }
        if let label {
            blocks.append(.paragraph(PrintParagraph(label, style: t.documentKind, alignment: .center, spaceBefore: issuer == nil ? 0 : 12,
                                                    keepWithNext: true)))
        }
        blocks.append(.paragraph(PrintParagraph(DocumentText.annexHeading, style: t.documentKind, alignment: .center,
                                                spaceBefore: issuer == nil || label != nil ? 0 : 18, keepWithNext: true)))
        blocks.append(.paragraph(PrintParagraph(table.title.text(language).uppercased(), style: t.title, alignment: .center,
                                                spaceAfter: note == nil ? 10 : 0, keepWithNext: true)))
        if let note {
            blocks.append(.paragraph(PrintParagraph(note, style: t.subtitle, alignment: .center, spaceAfter: 10, keepWithNext: true)))
        }
        var fitted = ColumnFitter.fitted(printed, width: width)
        if !signatureLines.isEmpty || !signerName.isEmpty {
            fitted.closing = [Letterhead.signature(lines: signatureLines, name: signerName, typography: t)]
            fitted.closingRows = 1
        }
        blocks.append(.table(fitted))
        return PrintDocument(title: "\(DocumentText.annexHeading) \(table.id)", orientation: orientation, blocks: blocks)
    }

    /// The table as CSV (the core's rendering: header paths joined with " / ", a total row).
    public var csv: String { table.renderCSV(language) }

    /// STT and label columns, then one column per statistics column; header paths become merged
    /// cells; the total row holds the table's computed totals.
    private func printTable(_ t: Typography) -> PrintTable {
        let paths = [[DocumentText.number], [table.rowHeader.text(language)]]
            + table.columns.map { $0.headers.map { $0.text(language) } }
        var columns = [PrintColumn(alignment: .center), PrintColumn(alignment: .left)]
        columns += table.columns.map { _ in PrintColumn(alignment: .center) }
        var rows = table.rows.enumerated().map { index, row in
            PrintRow([PrintCell(number: index + 1), PrintCell(row.label.text(language))] + table.columns.map { PrintCell(number: row.value($0.id)) })
        }
        let totals = table.totals
        rows.append(PrintRow([PrintCell(""), PrintCell(StatisticsStrings.total.text(language), bold: true)]
                             + table.columns.map { PrintCell(number: totals[$0.id] ?? 0, bold: true) }, kind: .total))
        return PrintTable(columns: columns, header: HeaderGrid(paths: paths), rows: rows, headerStyle: t.tableHeader, bodyStyle: t.tableBody)
    }
}

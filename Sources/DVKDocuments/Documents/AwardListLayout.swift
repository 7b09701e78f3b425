/// The printed form of an award list: letterhead, "DANH SÁCH", title and subtitle, one bordered
/// table per part (I. TẬP THỂ, II. CÁ NHÂN — numbered by the parts present), the totals line
/// and the signature block. Portrait when the tables fit, landscape otherwise. A part whose
/// notes are all empty has no "Ghi chú" column; the totals line and the signature stay on the
/// page of the last table's last rows.
extension AwardList {
    public func layout() -> PrintDocument {
        let t = Typography.forLayout(issuer.layout)
        var parts: [(heading: String, table: PrintTable)] = []
        if !collectives.isEmpty {
            parts.append((DocumentText.collectivesPart, table(DocumentText.collectiveColumns, collectives.map(\.collectiveCells), centred: [0, 6], t)))
        }
        if !individuals.isEmpty {
            parts.append((DocumentText.individualsPart, table(DocumentText.individualColumns, individuals.map(\.individualCells), centred: [0, 2, 7], t)))
        }
        if let last = parts.indices.last {
            parts[last].table.closing = [
                .paragraph(PrintParagraph(totalsLine, style: t.body.withBold, spaceBefore: 8, spaceAfter: 6, keepWithNext: true)),
                Letterhead.signature(lines: signatureLines, name: signerName, typography: t),
            ]
        }
        let orientation = ColumnFitter.orientation(for: parts.map(\.table))
        let width = PageSetup.textWidth(orientation)
        var blocks: [PrintBlock] = [
            Letterhead.block(issuer, placeAndDate: placeAndDate, typography: t, textWidth: width),
            .paragraph(PrintParagraph(DocumentText.list, style: t.documentKind, alignment: .center, spaceBefore: 18, keepWithNext: true)),
            .paragraph(PrintParagraph(title, style: t.title, alignment: .center, keepWithNext: true)),
            .paragraph(PrintParagraph(subtitle, style: t.subtitle, alignment: .center, spaceAfter: 6, keepWithNext: true)),
        ]
        for (index, part) in parts.enumerated() {
            let heading = "\(DocumentText.roman(index + 1)). \(part.heading)"
            blocks.append(.paragraph(PrintParagraph(heading, style: t.body.withBold, spaceBefore: 8, spaceAfter: 4, keepWithNext: true)))
            blocks.append(.table(ColumnFitter.fitted(part.table, width: width)))
        }
        return PrintDocument(title: [DocumentText.list, decisionNumbers.joined(separator: ", ")].joined(separator: " "),
                             orientation: orientation, blocks: blocks)
    }

    /// One part's table, measured: STT numeric; the `centred` columns (STT, birth year, form)
    /// centred; the last column ("Ghi chú") left out when no row has a note.
    private func table(_ titles: [String], _ rows: [[String]], centred: Set<Int>, _ t: Typography) -> PrintTable {
        var titles = titles
        var rows = rows
        if rows.allSatisfy({ $0.last?.isEmpty ?? true }) {
            titles.removeLast()
            rows = rows.map { Array($0.dropLast()) }
        }
        let columns = titles.indices.map { PrintColumn(alignment: centred.contains($0) ? .center : .left) }
        let body = rows.enumerated().map { index, cells in
            PrintRow([PrintCell(number: index + 1)] + cells.map { PrintCell($0) })
        }
        return ColumnFitter.measured(PrintTable(columns: columns, header: HeaderGrid(titles: titles), rows: body,
                                                headerStyle: t.tableHeader, bodyStyle: t.listBody))
    }

    /// The list as CSV rows, one per recipient: the part, STT, then the columns of both parts.
    public var csvRows: [[String]] {
        var rows = [["Phần", DocumentText.number, "Tên tập thể / Họ và tên", "Năm sinh (Nam/Nữ)",
                     "Địa chỉ, đơn vị chủ quản / Chức vụ, đơn vị công tác", "Tên mô hình / điển hình", "Lĩnh vực",
                     "Tóm tắt thành tích", "Hình thức khen thưởng", "Ghi chú"]]
        for (part, entries) in [(DocumentText.collectivesPart, collectives), (DocumentText.individualsPart, individuals)] {
            for (index, e) in entries.enumerated() {
                rows.append([part, String(index + 1), e.name, e.birthAndSex, e.affiliation, e.model, e.field, e.summary, e.form, e.note]
                    .map(XMLText.clean))
            }
        }
        return rows
    }
}

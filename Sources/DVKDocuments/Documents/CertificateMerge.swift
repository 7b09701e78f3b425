import DVKCore

/// The data merge for pre-printed Giấy khen / Bằng khen blanks: one row per recipient of a
/// decision with the name, subject, position, unit, reason, form, decision number and date (whole
/// and split into day, month, year with the decree's leading zeros), place and date, issuer and
/// signer. Written as CSV and as a flat XLSX sheet (headers in row 1) for mail merge.
public struct CertificateMerge: Sendable {
    /// Header row first, then one row per recipient.
    public let rows: [[String]]

    /// The merge rows of `decision`. Throws ``DocumentError/noRecipients(decisions:)`` for a
    /// decision without recipients and ``DocumentError/noIssuer`` when no body is configured.
    public init(decision: AwardDecision, models: [ModelRecord], configuration: Configuration) throws {
        let list = try AwardListBuilder(configuration: configuration).build(decisions: [decision], models: models)
        let lists = configuration.lists
        let form = decision.form.isEmpty ? "" : lists.label(decision.form, in: .awardForms, .vi)
        let date = decision.date
        let dayText = date.map { $0.day < 10 ? "0\($0.day)" : "\($0.day)" } ?? ""
        let monthText = date.map { $0.month < 3 ? "0\($0.month)" : "\($0.month)" } ?? ""
        let signature = list.signatureLines
        var rows = [DocumentText.certificateColumns]
        for (index, recipient) in decision.recipients.enumerated() {
            rows.append([
                String(index + 1), recipient.name, lists.label(recipient.subject, in: .subjects, .vi),
                recipient.position, recipient.unit, decision.reason, form, decision.number, date?.vietnamese ?? "",
                dayText, monthText, date.map { String($0.year) } ?? "", list.placeAndDate, list.issuer.issuingBody,
                signature.count > 1 ? signature[0] : "", signature.last ?? "", list.signerName,
            ].map { XMLText.clean($0).trimmingSpaces })
        }
        self.rows = rows
    }

    /// The rows as CSV.
    public var csv: String { CSVWriter.document(rows) }

    /// A document holding only the table (row 1 the headers), for the XLSX writer.
    public func layout() -> PrintDocument {
        let header = rows.first ?? []
        let body = rows.dropFirst().map { row in
            PrintRow(row.enumerated().map { index, text in index == 0 ? PrintCell(number: Int(text) ?? 0) : PrintCell(text) })
        }
        let table = PrintTable(columns: header.map { _ in PrintColumn(alignment: .left) }, header: HeaderGrid(titles: header),
                               rows: body, headerStyle: TextStyle(size: 12, bold: true), bodyStyle: TextStyle(size: 12))
        let measured = ColumnFitter.measured(table)
        let width = measured.columns.reduce(0) { $0 + $1.preferred }
        return PrintDocument(title: DocumentText.certificatesTitle, orientation: .landscape,
                             blocks: [.table(ColumnFitter.fitted(measured, width: width))])
    }
}

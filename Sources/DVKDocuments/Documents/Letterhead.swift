import DVKCore

/// The two-column blocks at the top and bottom of an official page: the letterhead (issuer on
/// the left, national title or Party title on the right, with place and date) and the signature
/// block on the right.
enum Letterhead {
    /// The letterhead of `issuer` for a page `textWidth` points wide.
    ///
    /// State (Nghị định 30/2020): parent body, issuing body in bold with a short rule beneath (two
    /// fifths of its line); "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", the motto in bold with a rule as
    /// long as the motto beneath; a name too long for its column goes on lines of about equal
    /// length. Party (Hướng dẫn 36-HD/VPTW): parent body, issuing body in bold,
    /// a star beneath; "ĐẢNG CỘNG SẢN VIỆT NAM" underlined. Place and date, italic, under the right.
    /// A `number` ("112/QĐ-UBND") is printed under the issuer: "Số: 112/QĐ-UBND" (State), "Số 112-QĐ/BCĐ" (Party).
    static func block(_ issuer: IssuerHeading, placeAndDate: String?, typography t: Typography, textWidth: Double,
                      number: String? = nil) -> PrintBlock {
        let share = issuer.layout == .party ? 0.5 : 0.4
        let leftWidth = textWidth * share - ColumnFitter.padding
        let rightWidth = textWidth * (1 - share) - ColumnFitter.padding
        var left: [PrintParagraph] = []
        let fitted = { (text: String, style: TextStyle) in
            PrintParagraph(TextMetrics.balanced(text, size: style.size, bold: style.bold, lineWidth: leftWidth), style: style, alignment: .center)
        }
        if !issuer.parent.isEmpty { left.append(fitted(issuer.parent, t.issuerParent)) }
        for line in issuer.bodyLines { left.append(fitted(line, t.issuerBody)) }
        var right: [PrintParagraph] = []
        switch issuer.layout {
        case .state:
            if !issuer.bodyLines.isEmpty, let last = left.last {
                let lineWidth = min(TextMetrics.longestLine(last.text, size: t.issuerBody.size, bold: true), leftWidth)
                left[left.count - 1].ruleBelow = (lineWidth * 0.4).rounded()
            }
            right.append(PrintParagraph(DocumentText.nationalTitle, style: t.nationalTitle, alignment: .center))
            let mottoWidth = TextMetrics.width(DocumentText.motto, size: t.motto.size, bold: true)
            right.append(PrintParagraph(DocumentText.motto, style: t.motto, alignment: .center, ruleBelow: min(mottoWidth, rightWidth).rounded()))
        case .party:
            left.append(PrintParagraph(DocumentText.partyStar, style: t.issuerParent, alignment: .center))
            right.append(PrintParagraph(DocumentText.partyTitle, style: t.nationalTitle, alignment: .center))
        }
        if let number {
            let shown = number.isEmpty ? "…" : number
            left.append(PrintParagraph(issuer.layout == .party ? "Số \(shown)" : "Số: \(shown)", style: t.issuerParent, alignment: .center,
                                       spaceBefore: 6))
        }
        if let placeAndDate {
            right.append(PrintParagraph(placeAndDate, style: t.placeDate, alignment: .center, spaceBefore: 10))
        }
        return .columns(left: left, right: right, leftShare: share)
    }

    /// The room left to sign and stamp above the signer's name, in points (2 cm).
    static let signingRoom = PageSetup.points(mm: 20)

    /// The signature block: the "TM."/"KT." line and title in bold, room to sign, the name in bold;
    /// beside it on the left, "Nơi nhận:" (bold italic, 12 pt) and its lines (11 pt) when given.
    static func signature(lines: [String], name: String, typography t: Typography, copiesTo: [String] = []) -> PrintBlock {
        var right = lines.enumerated().map { PrintParagraph($1, style: t.signature, alignment: .center, spaceBefore: $0 == 0 ? 6 : 0) }
        right.append(PrintParagraph(name, style: t.signature, alignment: .center, spaceBefore: signingRoom))
        var left: [PrintParagraph] = []
        if !copiesTo.isEmpty {
            left.append(PrintParagraph(DocumentText.copiesTo, style: TextStyle(size: 12, bold: true, italic: true)))
            left += copiesTo.map { PrintParagraph("- " + $0, style: TextStyle(size: 11)) }
        }
        return .columns(left: left, right: right, leftShare: 0.45)
    }
}

/// A letterhead as the award list prints it, rendered as text lines: the two columns of the
/// heading with the place and date, then the signature block. The first-run setup previews the
/// names it is about to write with it.
public enum LetterheadPreview {
    public static func lines(_ issuer: DocumentHeaders.Issuer, day: Day?, year: Int, width: Int) -> [String] {
        let heading = IssuerHeading(issuer)
        let t = Typography.forLayout(heading.layout)
        let textWidth = PageSetup.textWidth(.portrait)
        let placeAndDate = OfficialWording.placeAndDate(place: heading.place, day: day, year: year)
        let signatureLines = OfficialWording.signatureLines(heading.signer, issuingBody: heading.issuingBody)
        let document = PrintDocument(title: heading.issuingBody, orientation: .portrait, blocks: [
            Letterhead.block(heading, placeAndDate: placeAndDate, typography: t, textWidth: textWidth),
            Letterhead.signature(lines: signatureLines, name: XMLText.clean(heading.signer.name).trimmingSpaces, typography: t),
        ])
        var lines = PlainTextWriter(document, width: width).lines()
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}

/// The printed form of a report: A4 portrait, the letterhead with the report's number, "BÁO
/// CÁO", the title with a short rule under it and the draft mark, the opening and the sections
/// (bold headings kept with what follows, running text justified with an indented first line,
/// placeholders in italics), "Nơi nhận" beside the signature (kept with the last paragraph),
/// then each annex on pages of its own orientation.
extension ReportDraft {
    /// The first-line indent of running text (1 cm).
    static let indent = PageSetup.points(mm: 10)

    public func layout() -> PrintDocument {
        let t = Typography.forLayout(issuer.layout)
        let width = PageSetup.textWidth(.portrait)
        var blocks: [PrintBlock] = [
            Letterhead.block(issuer, placeAndDate: placeAndDate, typography: t, textWidth: width, number: number),
            .paragraph(PrintParagraph(documentKind, style: t.documentKind, alignment: .center, spaceBefore: 18, keepWithNext: true)),
            .paragraph(PrintParagraph(title, style: t.title, alignment: .center, ruleBelow: (width / 4).rounded(), keepWithNext: true)),
        ]
        if !draftMark.isEmpty {
            blocks.append(.paragraph(PrintParagraph(draftMark, style: t.subtitle, alignment: .center, spaceBefore: 4)))
        }
        blocks.append(body(opening, t, spaceBefore: 12))
        for section in sections {
            blocks.append(.paragraph(PrintParagraph(section.heading, style: t.body.withBold, alignment: .justified, spaceBefore: 6,
                                                    spaceAfter: 3, keepWithNext: true)))
            for paragraph in section.paragraphs {
                switch paragraph.kind {
                case .subheading:
                    var p = PrintParagraph(paragraph.text, style: t.body.withBold, alignment: .justified, spaceBefore: 3, spaceAfter: 3,
                                           keepWithNext: true)
                    p.firstLineIndent = ReportDraft.indent
                    blocks.append(.paragraph(p))
                case .body: blocks.append(body(paragraph.text, t))
                case .placeholder: blocks.append(body(paragraph.text, t, style: t.body.withItalic))
                }
            }
        }
        // The last paragraph goes with the signature: it never stands alone on a page.
        if case .paragraph(var last)? = blocks.last {
            last.keepWithNext = true
            blocks[blocks.count - 1] = .paragraph(last)
        }
        blocks.append(.paragraph(PrintParagraph("", style: t.body, spaceBefore: 6, keepWithNext: true)))
        blocks.append(Letterhead.signature(lines: signatureLines, name: signerName, typography: t, copiesTo: recipients))
        for annex in annexes {
            let printed = annex.layout()
            blocks.append(.pageBreak(printed.orientation))
            blocks += printed.blocks
        }
        return PrintDocument(title: [documentKind, title].joined(separator: " "), orientation: .portrait, blocks: blocks)
    }

    /// Running text: justified, first line indented, a little space after.
    private func body(_ text: String, _ t: Typography, style: TextStyle? = nil, spaceBefore: Double = 0) -> PrintBlock {
        var p = PrintParagraph(text, style: style ?? t.body, alignment: .justified, spaceBefore: spaceBefore, spaceAfter: 4)
        p.firstLineIndent = ReportDraft.indent
        return .paragraph(p)
    }
}

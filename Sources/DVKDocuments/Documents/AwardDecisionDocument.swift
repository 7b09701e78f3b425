import DVKCore

/// The award decision itself ("QUYẾT ĐỊNH Về việc khen thưởng …"), the paper the award list is
/// attached to: letterhead with the decision's number, the subject, the authority that decides,
/// the legal bases in force on the decision's date (`config/legal-bases.json`), "Xét đề nghị …",
/// "QUYẾT ĐỊNH:", the articles (`config/decision.json`), "Nơi nhận" and the signature.
public struct AwardDecisionDocument: Sendable {
    public var issuer: IssuerHeading
    public var number: String
    public var placeAndDate: String
    public var subject: String
    /// "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN CHIÊM HÓA", or the Party body that decides.
    public var authority: String
    /// The bases cited, each without "Căn cứ " and final punctuation.
    public var bases: [String]
    public var considering: String
    public var articles: [String]
    public var recipientsOfCopies: [String]
    public var signatureLines: [String]
    public var signerName: String

    /// The decision as printed, from the record, the award form's label and the configuration.
    /// Throws when no issuer is configured or `config/decision.json` is missing.
    public static func build(_ decision: AwardDecision, configuration: Configuration) throws -> AwardDecisionDocument {
        guard let issuer = IssuerHeading.forDecision(decision, headers: configuration.headers) else { throw DocumentError.noIssuer }
        guard let wording = configuration.decisionWording else { throw DocumentError.missingConfiguration(file: "decision.json") }
        if let problem = wording.problems().first { throw DocumentError.invalidConfiguration(file: "decision.json", problem: problem) }
        let form = decision.form.isEmpty ? "" : configuration.lists.label(decision.form, in: .awardForms, .vi)
        let collectives = decision.recipients.filter { $0.subject != StatisticsBuilder.individual }.count
        let recipients = DocumentText.recipientCount(collectives: collectives, individuals: decision.recipients.count - collectives)
        var reason = VietnameseText.cleanField(decision.reason)
        while reason.hasSuffix(".") { reason.removeLast() }
        var values = ["form": form, "recipients": recipients, "year": String(decision.year),
                      "body": OfficialWording.sentenceCase(issuer.issuingBody)]
        values["reason"] = DecisionWording.fill(reason.isEmpty ? wording.defaultReason : OfficialWording.lowercasingFirst(reason), values)
        let day = decision.date ?? Day(year: decision.year, month: 12, day: 31)!
        let signer = decision.signer.filled(from: issuer.signer)
        return AwardDecisionDocument(
            issuer: issuer, number: XMLText.clean(decision.number).trimmingSpaces,
            placeAndDate: OfficialWording.placeAndDate(place: issuer.place, day: decision.date, year: decision.year),
            subject: DecisionWording.fill(wording.subject, values),
            authority: OfficialWording.authority(signer, issuingBody: issuer.issuingBody, layout: issuer.layout),
            bases: configuration.legalBases.cited(on: day, layout: issuer.layout.rawValue, document: "decision").map(\.citation),
            considering: DecisionWording.fill(wording.considering, values),
            articles: wording.articles.map { DecisionWording.fill($0, values) }.filter { !$0.trimmingSpaces.isEmpty },
            recipientsOfCopies: wording.recipientsOfCopies,
            signatureLines: OfficialWording.signatureLines(signer, issuingBody: issuer.issuingBody),
            signerName: XMLText.clean(signer.name).trimmingSpaces)
    }

    /// The printed decision: portrait A4, 13–14 pt Times New Roman as the layout asks.
    public func layout() -> PrintDocument {
        let t = Typography.forLayout(issuer.layout)
        let width = PageSetup.textWidth(.portrait)
        var blocks: [PrintBlock] = [
            Letterhead.block(issuer, placeAndDate: placeAndDate, typography: t, textWidth: width, number: number),
            .paragraph(PrintParagraph(DocumentText.decision, style: t.documentKind, alignment: .center, spaceBefore: 18, keepWithNext: true)),
            .paragraph(PrintParagraph(subject, style: t.title, alignment: .center, ruleBelow: 60, keepWithNext: true)),
            .paragraph(PrintParagraph(authority, style: t.title, alignment: .center, spaceBefore: 12, spaceAfter: 6, keepWithNext: true)),
        ]
        let citing = bases.map { "Căn cứ \(DocumentText.withoutFinalPunctuation($0));" } + [considering]
        for line in citing {
            blocks.append(.paragraph(PrintParagraph(line, style: t.body.withItalic, alignment: .justified, spaceAfter: 4, keepWithNext: true)))
        }
        blocks.append(.paragraph(PrintParagraph(DocumentText.decides, style: t.documentKind, alignment: .center, spaceBefore: 8,
                                                spaceAfter: 6, keepWithNext: true)))
        for (index, article) in articles.enumerated() {
            let runs = [PrintRun("Điều \(index + 1). ", style: t.body.withBold), PrintRun(article, style: t.body)]
            blocks.append(.paragraph(PrintParagraph(runs, alignment: .justified, spaceAfter: 6, keepWithNext: index == articles.count - 1)))
        }
        blocks.append(Letterhead.signature(lines: signatureLines, name: signerName, typography: t, copiesTo: recipientsOfCopies))
        return PrintDocument(title: [DocumentText.decision, number].joined(separator: " "), orientation: .portrait, blocks: blocks)
    }

    /// The decision as CSV: one line per printed paragraph, for a spreadsheet or a mail merge.
    public var csvRows: [[String]] {
        [[DocumentText.decision, number], ["", subject], ["", authority]] + bases.map { ["Căn cứ", $0] }
            + [["", considering]] + articles.enumerated().map { ["Điều \($0.offset + 1)", $0.element] }
    }
}

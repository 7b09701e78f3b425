import DVKCore

/// Builds the draft of a committee's report from the figures of its period (and of the period
/// before, for the comparison), the committee's own text and the templates: every number comes
/// from ``ReportFigures``, every phrase from `report-templates.json`, every narrative from
/// `reports/<period>/`; a narrative not written yet becomes a marked placeholder, and a period
/// without data says so instead of printing zeros as results.
public struct ReportDraftBuilder: Sendable {
    public let templates: ReportTemplates
    /// The language of the wording (reports are Vietnamese; English is for reading along).
    public let language: Language

    public init(templates: ReportTemplates, language: Language = .vi) {
        self.templates = templates
        self.language = language
    }

    /// The draft. `legalBases` are the documents the opening cites ("Kế hoạch số 04-KH/BCĐ
    /// ngày 01/8/2022 …"); none gives the plain opening. `day` is the report's date (blank
    /// when nil, to fill in by hand).
    public func build(figures: ReportFigures, previous: ReportFigures?, narratives: ReportNarratives, issuer: IssuerHeading,
                      day: Day?, legalBases: [String] = []) -> ReportDraft {
        let period = figures.period
        let phrase = periodPhrase(period)
        let year = day?.year ?? period.years.upperBound
        let placeAndDate = OfficialWording.placeAndDate(place: issuer.place, day: day, year: year)
        let body = OfficialWording.sentenceCase(issuer.issuingBody)
        let annexes = figures.isEmpty ? [] : reportAnnexes(figures, issuer: issuer, day: day, year: year)
        let labels = figures.isEmpty ? [:] : ["byField": annexLabel(1), "awards": annexLabel(3)]
        let text = ReportFigureText(templates: templates, language: language, figures: figures, previous: previous, period: phrase,
                                    previousPeriod: period.previous.map(periodPhrase) ?? "", annexLabels: labels)
        var missing: [String] = []
        var sections: [ReportSection] = []
        var saidNoData = false
        for section in templates.sections {
            let heading = section.heading.text(language)
            var paragraphs: [ReportParagraph] = []
            for part in section.parts {
                var content: [ReportParagraph] = []
                if let id = part.figures {
                    if figures.isEmpty {
                        if !saidNoData { paragraphs.append(ReportParagraph(templates.fill("noData", language, ["period": phrase]))) }
                        saidNoData = true
                        continue
                    }
                    content = text.paragraphs(id)
                } else if let id = part.narrative {
                    let file = "\(narratives.folder)/\(id).txt"
                    if let written = narratives.text(id) {
                        content = written.split(whereSeparator: \.isNewline).map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
                            .map { ReportParagraph($0) }
                    } else if !part.optional {
                        missing.append(file)
                        let name = (part.heading ?? section.heading).text(language)
                        content = [ReportParagraph(templates.fill("placeholder", language, ["section": name, "file": file]), .placeholder)]
                    }
                }
                guard !content.isEmpty else { continue }
                if let subheading = part.heading { paragraphs.append(ReportParagraph(subheading.text(language), .subheading)) }
                paragraphs += content
            }
            sections.append(ReportSection(heading: heading, paragraphs: paragraphs))
        }
        let bases = legalBases.map(\.trimmingSpaces).filter { !$0.isEmpty }
        let opening = bases.isEmpty
            ? templates.fill("opening", language, ["issuer": body, "period": phrase])
            : templates.fill("openingWithBases", language, ["issuer": body, "period": phrase, "bases": bases.joined(separator: "; ")])
        let written = narratives.text(ReportNarratives.recipients)?.split(whereSeparator: \.isNewline).map(ReportDraftBuilder.undashed)
            .filter { !$0.isEmpty }
        return ReportDraft(
            period: period, issuer: issuer, number: number(issuer), placeAndDate: placeAndDate,
            documentKind: templates.fill("documentKind", language), title: templates.fill("title", language, ["period": phrase]),
            draftMark: templates.fill("draftMark", language), opening: opening, sections: sections,
            recipients: written ?? templates.recipients.map { $0.text(language) },
            signatureLines: OfficialWording.signatureLines(issuer.signer, issuingBody: issuer.issuingBody),
            signerName: XMLText.clean(issuer.signer.name).trimmingSpaces, annexes: annexes, missingNarratives: missing)
    }

    /// "6 tháng đầu năm 2025", "năm 2025", "giai đoạn 2020 - 2022".
    public func periodPhrase(_ period: ReportPeriod) -> String {
        templates.fill("period.\(period.kind.rawValue)", language, [
            "year": String(period.years.upperBound), "first": String(period.years.lowerBound), "last": String(period.years.upperBound),
        ])
    }

    /// "      -BC/BCĐ": the report's number, blank to fill in.
    public func number(_ issuer: IssuerHeading) -> String { issuer.blankReportNumber }

    /// A recipients line without the dash it was typed with (the document adds its own).
    static func undashed(_ line: Substring) -> String {
        var text = String(line).trimmingSpaces
        while let first = text.first, first == "-" || first == "–" || first == "•" { text = String(text.dropFirst()).trimmingSpaces }
        return text
    }

    /// "Phụ lục 2".
    public func annexLabel(_ number: Int) -> String {
        templates.fill("annexLabel", language, ["number": String(number)])
    }

    /// An annex as it goes with the report: the issuer's letterhead and date, "Phụ lục N", the
    /// "(Kèm theo Báo cáo số …)" line and the signature.
    public func annex(_ table: StatisticsTable, number: Int, issuer: IssuerHeading, day: Day?, year: Int) -> Annex {
        let date = OfficialWording.placeAndDate(place: "", day: day, year: year)
        let note = templates.fill("attachedTo", language, ["number": issuer.blankReportNumber, "date": date,
                                                           "issuer": OfficialWording.sentenceCase(issuer.issuingBody)])
        var annex = Annex(table: table, language: language, issuer: issuer,
                          placeAndDate: OfficialWording.placeAndDate(place: issuer.place, day: day, year: year), note: note,
                          label: annexLabel(number))
        annex.signatureLines = OfficialWording.signatureLines(issuer.signer, issuingBody: issuer.issuingBody)
        annex.signerName = XMLText.clean(issuer.signer.name).trimmingSpaces
        return annex
    }

    /// The report's annexes in their fixed order: by field (1), registered and recognised (2),
    /// awards (3) — the order of ``StatisticsTableID``.
    private func reportAnnexes(_ figures: ReportFigures, issuer: IssuerHeading, day: Day?, year: Int) -> [Annex] {
        [figures.byField, figures.registeredRecognised, figures.awards].enumerated().map { index, table in
            annex(table, number: index + 1, issuer: issuer, day: day, year: year)
        }
    }
}

extension ReportDraftBuilder {
    /// The document kind `legal-bases.json` names for reports.
    public static let document = "report"

    /// The draft for `period` straight from the records: the figures of the period and of the one
    /// before, the issuer (`issuerID`, else the steering committee of the committee's level, see
    /// ``IssuerHeading/forReport(_:id:level:)``), and the legal bases of `legal-bases.json` a
    /// report of its layout cites on its date (`day`, else the period's last day). Throws
    /// ``DocumentError/noIssuer`` when the configuration has no body to write it.
    public func draft(_ period: ReportPeriod, configuration: Configuration, models: [ModelRecord], decisions: [AwardDecision],
                      inspections: [InspectionRound], narratives: ReportNarratives, issuerID: String? = nil,
                      day: Day? = nil) throws -> ReportDraft {
        guard let issuer = IssuerHeading.forReport(configuration.headers, id: issuerID, level: configuration.committee.level) else {
            throw DocumentError.noIssuer
        }
        let figures = ReportFiguresBuilder(configuration: configuration, language: language)
        let current = figures.figures(period, models: models, decisions: decisions, inspections: inspections)
        let previous = period.previous.map { figures.figures($0, models: models, decisions: decisions, inspections: inspections) }
        let bases = configuration.legalBases.cited(on: day ?? period.lastDay, layout: issuer.layout.rawValue,
                                                   document: ReportDraftBuilder.document)
        return build(figures: current, previous: previous, narratives: narratives, issuer: issuer, day: day,
                     legalBases: bases.map(\.citation))
    }
}

import DVKCore

/// A document ready to be written: its base file name, its printed layout, its CSV form and the
/// formats it can be written in.
public struct ExportDocument: Sendable {
    /// The file name without extension (ASCII, see ``FileNames``).
    public var baseName: String
    public var layout: PrintDocument
    public var csv: String
    public var formats: Set<DocumentFormat>

    public init(baseName: String, layout: PrintDocument, csv: String, formats: Set<DocumentFormat> = Set(DocumentFormat.allCases)) {
        self.baseName = baseName
        self.layout = layout
        self.csv = csv
        self.formats = formats
    }

    /// An award list named after its decisions ("danh-sach-khen-thuong-112-QD-UBND"), or after
    /// `selection` (year, level, track) when it covers several.
    public static func awardList(_ list: AwardList, selection: [String] = []) -> ExportDocument {
        let parts = selection.isEmpty ? list.decisionNumbers : selection
        return ExportDocument(baseName: FileNames.safe(["danh-sach-khen-thuong"] + parts), layout: list.layout(),
                              csv: CSVWriter.document(list.csvRows))
    }

    /// An award decision named after its number ("quyet-dinh-khen-thuong-112-QD-UBND").
    public static func decision(_ decision: AwardDecisionDocument) -> ExportDocument {
        ExportDocument(baseName: FileNames.safe(["quyet-dinh-khen-thuong", decision.number]), layout: decision.layout(),
                       csv: CSVWriter.document(decision.csvRows))
    }

    /// An annex named after its table and years ("bieu-tong-hop-by-field-2020-2022").
    public static func annex(_ annex: Annex, years: ClosedRange<Int>) -> ExportDocument {
        ExportDocument(baseName: FileNames.safe(["bieu-tong-hop", annex.table.id, YearPeriod.text(years)]), layout: annex.layout(), csv: annex.csv)
    }

    /// A report draft named after its period ("bao-cao-2025-H1"), in the formats a report is
    /// edited and read in (its figures are in the annexes; there is no CSV or sheet form).
    public static func report(_ draft: ReportDraft) -> ExportDocument {
        ExportDocument(baseName: FileNames.safe(["bao-cao", draft.period.text]), layout: draft.layout(), csv: "",
                       formats: [.docx, .pdf, .html, .txt])
    }

    /// The certificates' data merge ("du-lieu-in-khen-thuong-112-QD-UBND"), CSV and XLSX only.
    public static func certificates(_ merge: CertificateMerge, decisionNumber: String) -> ExportDocument {
        ExportDocument(baseName: FileNames.safe(["du-lieu-in-khen-thuong", decisionNumber]), layout: merge.layout(), csv: merge.csv,
                       formats: [.csv, .xlsx])
    }
}

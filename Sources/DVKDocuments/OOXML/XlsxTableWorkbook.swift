import DVKCore

/// A workbook of plain tables, for dvk's list exports and the import template: each sheet a
/// header row (bold on a fill, frozen, with an autofilter) over rows of text, numbers and dates.
///
/// Text cells are inline strings, written exactly as given (after NFC and the removal of
/// characters XML cannot carry): an inline string is never evaluated, so text that starts like
/// a formula (`=`, `+`, `-`, `@`) stays text without the apostrophe ``CSVWriter`` puts in front —
/// an import must read back the value as it was. Numbers are numbers (a NaN or infinity is left
/// out); dates are Excel serials shown as dd/mm/yyyy.
///
/// A column with `choices` gets a drop-down list on its data cells (typing another value is still
/// allowed: the import checks values, the list only helps). The choices are written on one extra,
/// visible sheet named "Danh mục" — one column per list, headed by the column's header — so the
/// user can see them all and no list meets Excel's 255-character limit for inline lists. A
/// column's `note` is shown as the input message of its header and data cells.
public struct XlsxTableWorkbook: Sendable {
    /// One sheet: its name (cleaned to what Excel accepts), its columns and its rows.
    public struct Sheet: Sendable {
        public var name: String
        public var columns: [Column]
        public var rows: [[Cell]]

        public init(name: String, columns: [Column], rows: [[Cell]]) {
            self.name = name
            self.columns = columns
            self.rows = rows
        }
    }

    /// One column: its header, its width in characters, an optional drop-down list of choices
    /// and an optional note for whoever fills it in.
    public struct Column: Sendable {
        public var header: String
        public var width: Double
        public var choices: [String]?
        public var note: String?

        public init(header: String, width: Double, choices: [String]? = nil, note: String? = nil) {
            self.header = header
            self.width = width
            self.choices = choices
            self.note = note
        }
    }

    /// The value of one cell.
    public enum Cell: Sendable, Hashable {
        case text(String)
        case number(Double)
        case date(Day)
        case empty
    }

    public var sheets: [Sheet]

    public init(sheets: [Sheet]) {
        self.sheets = sheets
    }

    /// The name of the sheet that holds the drop-down lists (made unique if a table takes it).
    public static let choicesSheetName = "Danh mục"

    /// The zipped XLSX.
    public func bytes() throws -> [UInt8] {
        let lists = XlsxChoiceLists(sheets)
        let names = XlsxSheetNames.unique(sheets.map(\.name) + (lists.isEmpty ? [] : [XlsxTableWorkbook.choicesSheetName]))
        var rendered = sheets.enumerated().map { index, sheet in
            XlsxTableSheet(sheet: sheet, selected: index == 0).xml(lists: lists.references(sheet: index, listsSheet: names.last!))
        }
        if !lists.isEmpty { rendered.append(XlsxTableSheet(sheet: lists.sheet, selected: false).xml(lists: [:])) }
        let sheetPaths = rendered.indices.map { "xl/worksheets/sheet\($0 + 1).xml" }
        var package = ZipPackage()
        package.add("[Content_Types].xml", ZipPackage.contentTypes([
            ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
            ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
        ] + sheetPaths.map { ("/" + $0, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml") }
            + ZipPackage.commonOverrides))
        package.addCommonParts(mainPart: "xl/workbook.xml", title: names.first ?? "")
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        package.add("xl/_rels/workbook.xml.rels", ZipPackage.relationships(
            sheetPaths.enumerated().map { ("rId\($0.offset + 1)", relationships + "worksheet", String($0.element.dropFirst(3))) }
                + [("rIdStyles", relationships + "styles", "styles.xml")]))
        let tables = sheets + (lists.isEmpty ? [] : [lists.sheet])
        package.add("xl/workbook.xml", workbookXML(names: names, tables: tables))
        package.add("xl/styles.xml", XlsxTableSheet.styles)
        for (path, xml) in zip(sheetPaths, rendered) { package.add(path, xml) }
        return try package.bytes()
    }

    /// `xl/workbook.xml`: the sheets, and the hidden filter ranges Excel keeps for autofilters.
    func workbookXML(names: [String], tables: [Sheet]) -> String {
        let sheetTags = names.enumerated().map { index, name in
            "<sheet name=\"\(XMLText.escape(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        let filters = zip(names, tables).enumerated().compactMap { index, pair -> String? in
            guard let range = XlsxTableSheet.filterRange(pair.1) else { return nil }
            return "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
                + XMLText.escape(XlsxSheetNames.quoted(pair.0) + "!" + range.absolute) + "</definedName>"
        }.joined()
        return ZipPackage.declaration + "<workbook xmlns=\"\(XlsxWriter.main)\" xmlns:r=\"\(ZipPackage.relationshipNamespace)\">"
            + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>\(sheetTags)</sheets>"
            + (filters.isEmpty ? "" : "<definedNames>\(filters)</definedNames>") + "</workbook>"
    }
}

/// The cell formats of a sheet, collected as cells are written and emitted as `xl/styles.xml`:
/// Times New Roman fonts by size and emphasis, no border or a thin border all round, alignment
/// and wrapping. Format 0 is the default (Times New Roman 12 pt, no border).
struct XlsxStyles {
    struct Format: Hashable {
        var font: TextStyle
        var bordered: Bool
        var horizontal: PrintParagraph.Alignment
        var verticalCentre: Bool
        var wrap: Bool
    }

    static let defaultFont = TextStyle(size: 12)
    private(set) var fonts: [TextStyle] = [XlsxStyles.defaultFont]
    private(set) var formats: [Format] = [Format(font: XlsxStyles.defaultFont, bordered: false, horizontal: .left,
                                                 verticalCentre: false, wrap: false)]
    private var formatIndex: [Format: Int] = [:]

    /// The index of `format` in `cellXfs`, adding it when new.
    mutating func index(_ format: Format) -> Int {
        if let known = formatIndex[format] { return known }
        if !fonts.contains(format.font) { fonts.append(format.font) }
        formats.append(format)
        formatIndex[format] = formats.count - 1
        return formats.count - 1
    }

    var xml: String {
        let fontXML = fonts.map { f in
            "<font>" + (f.bold ? "<b/>" : "") + (f.italic ? "<i/>" : "") + (f.underline ? "<u/>" : "")
                + "<sz val=\"\(XlsxStyles.number(f.size))\"/><name val=\"Times New Roman\"/><family val=\"1\"/><charset val=\"163\"/></font>"
        }.joined()
        let thin = ["left", "right", "top", "bottom"].map { "<\($0) style=\"thin\"><color indexed=\"64\"/></\($0)>" }.joined()
        let xfs = formats.enumerated().map { index, f -> String in
            let fontID = fonts.firstIndex(of: f.font) ?? 0
            let alignment = "<alignment horizontal=\"\(XlsxStyles.horizontal(f.horizontal))\" vertical=\"\(f.verticalCentre ? "center" : "top")\""
                + (f.wrap ? " wrapText=\"1\"" : "") + "/>"
            let apply = index == 0 ? "" : " applyFont=\"1\" applyBorder=\"1\" applyAlignment=\"1\""
            return "<xf numFmtId=\"0\" fontId=\"\(fontID)\" fillId=\"0\" borderId=\"\(f.bordered ? 1 : 0)\" xfId=\"0\"\(apply)>\(alignment)</xf>"
        }.joined()
        return ZipPackage.declaration
            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<fonts count=\"\(fonts.count)\">\(fontXML)</fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border><border>\(thin)<diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(formats.count)\">\(xfs)</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>"
    }

    static func horizontal(_ alignment: PrintParagraph.Alignment) -> String {
        switch alignment {
        case .left: return "left"
        case .center: return "center"
        case .right: return "right"
        case .justified: return "justify"
        }
    }

    /// A number as spreadsheet XML writes it: "12", "12.5".
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String((value * 100).rounded() / 100)
    }
}

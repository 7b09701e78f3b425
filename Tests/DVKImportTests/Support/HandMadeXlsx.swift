/// XLSX packages written by hand for the reader tests: the parts a test does not give are the
/// smallest valid ones, so each test shows only the XML it is about.
enum HandMadeXlsx {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A worksheet part around `sheetData` content.
    static func sheet(_ rows: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="\#(main)"><sheetData>\#(rows)</sheetData></worksheet>"#
    }

    /// A shared-strings part of `items` (each the inside of an `<si>`).
    static func sharedStrings(_ items: [String]) -> String {
        #"<sst xmlns="\#(main)" count="\#(items.count)">"# + items.map { "<si>\($0)</si>" }.joined() + "</sst>"
    }

    /// A package with `sheets` (name → worksheet XML, or nil for a chartsheet) and the optional
    /// shared strings and styles; `absoluteTargets` writes relationship targets as `/xl/…`.
    static func package(sheets: [(String, String?)], sharedStrings: String? = nil, styles: String? = nil,
                        absoluteTargets: Bool = false) throws -> [UInt8] {
        let prefix = absoluteTargets ? "/xl/" : ""
        var relations: [String] = []
        var parts: [(String, [UInt8])] = []
        var sheetTags = ""
        for (index, (name, xml)) in sheets.enumerated() {
            let id = "rId\(index + 1)"
            if let xml {
                relations.append(#"<Relationship Id="\#(id)" Type="\#(relationships)/worksheet" Target="\#(prefix)worksheets/sheet\#(index + 1).xml"/>"#)
                parts.append(("xl/worksheets/sheet\(index + 1).xml", Array(xml.utf8)))
            } else {
                relations.append(#"<Relationship Id="\#(id)" Type="\#(relationships)/chartsheet" Target="\#(prefix)chartsheets/sheet\#(index + 1).xml"/>"#)
                parts.append(("xl/chartsheets/sheet\(index + 1).xml", Array("<chartsheet/>".utf8)))
            }
            sheetTags += #"<sheet name="\#(name)" sheetId="\#(index + 1)" r:id="\#(id)"/>"#
        }
        if let sharedStrings {
            relations.append(#"<Relationship Id="rIdS" Type="\#(relationships)/sharedStrings" Target="sharedStrings.xml"/>"#)
            parts.append(("xl/sharedStrings.xml", Array(sharedStrings.utf8)))
        }
        if let styles {
            relations.append(#"<Relationship Id="rIdT" Type="\#(relationships)/styles" Target="styles.xml"/>"#)
            parts.append(("xl/styles.xml", Array(styles.utf8)))
        }
        parts.append(("xl/workbook.xml", Array(#"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><sheets>\#(sheetTags)</sheets></workbook>"#.utf8)))
        parts.append(("xl/_rels/workbook.xml.rels", Array(
            (#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"# + relations.joined() + "</Relationships>").utf8)))
        return try SpreadsheetTools.zip(parts)
    }
}

/// Writes a ``PrintDocument`` as a Word document (DOCX) by hand, without a template: A4 in the
/// document's orientation, margins left 30 mm, right 15 mm, top and bottom 20 mm, Times New Roman
/// 13 pt by default (`styles.xml` docDefaults), table header rows repeated on every page, and the
/// page number centred in the top margin from page 2 on (a default header with a PAGE field, an
/// empty first-page header, `w:titlePg`).
public struct DocxWriter: Sendable {
    public let document: PrintDocument

    public init(_ document: PrintDocument) {
        self.document = document
    }

    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// The zipped DOCX.
    public func bytes() throws -> [UInt8] {
        var package = ZipPackage()
        package.add("[Content_Types].xml", ZipPackage.contentTypes([
            ("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
            ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
            ("/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"),
            ("/word/header2.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"),
        ] + ZipPackage.commonOverrides))
        package.addCommonParts(mainPart: "word/document.xml", title: document.title)
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        package.add("word/_rels/document.xml.rels", ZipPackage.relationships([
            ("rIdStyles", relationships + "styles", "styles.xml"),
            ("rIdHeaderDefault", relationships + "header", "header1.xml"),
            ("rIdHeaderFirst", relationships + "header", "header2.xml"),
        ]))
        package.add("word/styles.xml", DocxWriter.styles)
        package.add("word/header1.xml", DocxWriter.header(pageNumber: true))
        package.add("word/header2.xml", DocxWriter.header(pageNumber: false))
        package.add("word/document.xml", documentXML())
        return try package.bytes()
    }

    /// `word/document.xml`.
    /// Each run of one orientation is a section; every section but the last ends with a paragraph
    /// carrying its properties, as Word writes section breaks.
    func documentXML() -> String {
        let sections = document.sections
        var body = ""
        for (index, section) in sections.enumerated() {
            body += DocxBody(textWidth: PageSetup.textWidth(section.orientation)).xml(section.blocks)
            let properties = sectionProperties(section.orientation, first: index == 0)
            // The paragraph ending a section is one point high: on a full page it must not spill
            // onto a page of its own.
            body += index == sections.count - 1 ? properties
                : "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>\(properties)</w:pPr></w:p>"
        }
        return ZipPackage.declaration
            + "<w:document xmlns:w=\"\(DocxWriter.main)\" xmlns:r=\"\(ZipPackage.relationshipNamespace)\"><w:body>"
            + body + "</w:body></w:document>"
    }

    /// A4 in `orientation`, the official margins, page numbers from a section's second page
    /// (numbering starts at 1 in the first section and runs on).
    func sectionProperties(_ orientation: PageOrientation, first: Bool) -> String {
        let size = PageSetup.sizeMM(orientation)
        let orient = orientation == .landscape ? " w:orient=\"landscape\"" : ""
        return "<w:sectPr>"
            + "<w:headerReference w:type=\"default\" r:id=\"rIdHeaderDefault\"/>"
            + "<w:headerReference w:type=\"first\" r:id=\"rIdHeaderFirst\"/>"
            + "<w:pgSz w:w=\"\(PageSetup.twips(mm: size.width))\" w:h=\"\(PageSetup.twips(mm: size.height))\"\(orient)/>"
            + "<w:pgMar w:top=\"\(PageSetup.twips(mm: PageSetup.topMM))\" w:right=\"\(PageSetup.twips(mm: PageSetup.rightMM))\" "
            + "w:bottom=\"\(PageSetup.twips(mm: PageSetup.bottomMM))\" w:left=\"\(PageSetup.twips(mm: PageSetup.leftMM))\" "
            + "w:header=\"\(PageSetup.twips(mm: PageSetup.headerMM))\" w:footer=\"\(PageSetup.twips(mm: PageSetup.headerMM))\" w:gutter=\"0\"/>"
            + (first ? "<w:pgNumType w:start=\"1\"/>" : "") + "<w:titlePg/></w:sectPr>"
    }

    /// A header part: the centred PAGE field, or empty (the first page).
    static func header(pageNumber: Bool) -> String {
        let size = "<w:rPr><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr>"
        let field = pageNumber
            ? "<w:r>\(size)<w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>\(size)<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                + "<w:r>\(size)<w:fldChar w:fldCharType=\"separate\"/></w:r><w:r>\(size)<w:t>2</w:t></w:r>"
                + "<w:r>\(size)<w:fldChar w:fldCharType=\"end\"/></w:r>"
            : ""
        return ZipPackage.declaration + "<w:hdr xmlns:w=\"\(main)\" xmlns:r=\"\(ZipPackage.relationshipNamespace)\">"
            + "<w:p><w:pPr><w:pStyle w:val=\"Header\"/><w:jc w:val=\"center\"/></w:pPr>\(field)</w:p></w:hdr>"
    }

    /// Times New Roman 13 pt, single spacing, no space after paragraphs; the Normal, Header and
    /// Table Normal styles.
    static let styles = ZipPackage.declaration + "<w:styles xmlns:w=\"\(main)\">"
        + "<w:docDefaults><w:rPrDefault><w:rPr>"
        + "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
        + "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/><w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\" w:bidi=\"ar-SA\"/>"
        + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
        + "</w:pPrDefault></w:docDefaults>"
        + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/>"
        + "<w:pPr><w:tabs><w:tab w:val=\"center\" w:pos=\"4680\"/><w:tab w:val=\"right\" w:pos=\"9360\"/></w:tabs></w:pPr></w:style>"
        + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/>"
        + "<w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>"
        + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:semiHidden/>"
        + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
        + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
        + "</w:tblCellMar></w:tblPr></w:style>"
        + "</w:styles>"
}

/// What `xl/workbook.xml` and its relationships say: the worksheets in workbook order with the
/// parts that hold them, and where the shared strings and the styles are. The workbook part is
/// the one the package's root relationships name (`xl/workbook.xml` when they name none).
struct XlsxWorkbook {
    struct Sheet {
        var name: String
        /// The worksheet part, nil when the sheet is a chartsheet (or another kind) or its
        /// relationship is missing.
        var part: String?
    }

    var sheets: [Sheet] = []
    var sharedStringsPart: String?
    var stylesPart: String?

    static let relationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    init(_ package: XlsxPackage) throws(SourceError) {
        let rootRelations = try XlsxWorkbook.relationships(package, "_rels/.rels", base: "")
        let workbookPart = rootRelations.values.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        guard var scanner = try package.scanner(workbookPart) else { throw XlsxErrors.notExcel(package.file) }
        let folder = XlsxWorkbook.folder(of: workbookPart)
        let fileName = String(workbookPart.dropFirst(folder.isEmpty ? 0 : folder.count + 1))
        let relations = try XlsxWorkbook.relationships(package, folder + (folder.isEmpty ? "" : "/") + "_rels/\(fileName).rels", base: folder)
        sharedStringsPart = relations.values.first { $0.type.hasSuffix("/sharedStrings") }?.target
            ?? (package.contains(folder + "/sharedStrings.xml") ? folder + "/sharedStrings.xml" : nil)
        stylesPart = relations.values.first { $0.type.hasSuffix("/styles") }?.target
            ?? (package.contains(folder + "/styles.xml") ? folder + "/styles.xml" : nil)
        while let token = try scanner.next() {
            guard case .start(let tag) = token, tag.name == "sheet" else { continue }
            guard sheets.count < package.limits.sheets else {
                throw XlsxErrors.tooManySheets(package.file, count: sheets.count + 1, limit: package.limits.sheets)
            }
            let relation = tag.attribute("id").flatMap { relations[$0] }
            let isWorksheet = relation?.type.hasSuffix("/worksheet") ?? false
            sheets.append(Sheet(name: tag.attribute("name") ?? "Sheet\(sheets.count + 1)", part: isWorksheet ? relation?.target : nil))
        }
    }

    /// The relationships of a `.rels` part by id, targets resolved against `base` (the folder of
    /// the part they belong to); external targets are left out.
    static func relationships(_ package: XlsxPackage, _ path: String, base: String) throws(SourceError)
        -> [String: (type: String, target: String)] {
        guard var scanner = try package.scanner(path) else { return [:] }
        var found: [String: (type: String, target: String)] = [:]
        while let token = try scanner.next() {
            guard case .start(let tag) = token, tag.name == "Relationship", tag.attribute("TargetMode") != "External",
                  let id = tag.attribute("Id"), let type = tag.attribute("Type"), let target = tag.attribute("Target") else { continue }
            found[id] = (type, resolve(target, base: base))
        }
        return found
    }

    /// A part path from a relationship target: absolute (`/xl/worksheets/sheet1.xml`) or
    /// relative to `base` (`worksheets/sheet1.xml`), with `.` and `..` segments applied.
    static func resolve(_ target: String, base: String) -> String {
        let joined = target.hasPrefix("/") ? target : base + "/" + target
        var segments: [Substring] = []
        for segment in joined.split(separator: "/") where segment != "." {
            if segment == ".." {
                _ = segments.popLast()
            } else {
                segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    /// The folder of a part path ("" at the package root).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }
}

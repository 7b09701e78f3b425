import DVKCore

/// One thing wrong with an imported file, where the user can find it: the row as the
/// spreadsheet numbers it (the header is row 1; nil for a problem of the whole sheet), the
/// column's header as the file writes it, the value read, what is wrong, and the nearest known
/// value when there is one.
public struct ImportProblem: Sendable, Hashable, Codable {
    public var sheet: String
    public var row: Int?
    public var column: String?
    public var value: String
    public var message: LocalizedText
    public var suggestion: String?

    public init(sheet: String, row: Int?, column: String?, value: String, message: LocalizedText, suggestion: String? = nil) {
        self.sheet = sheet
        self.row = row
        self.column = column
        self.value = value
        self.message = message
        self.suggestion = suggestion
    }

    /// "dòng 17, cột Lĩnh vực: «Kinh te xa hoi» không có trong danh mục — gần nhất: «Văn hóa – xã hội»"
    public func text(_ language: Language, withSheet: Bool = false) -> String {
        var place: [String] = []
        if withSheet { place.append(language == .vi ? "trang «\(sheet)»" : "sheet «\(sheet)»") }
        if let row { place.append(language == .vi ? "dòng \(row)" : "row \(row)") }
        if let column { place.append(language == .vi ? "cột \(column)" : "column \(column)") }
        var line = place.joined(separator: ", ")
        line += (line.isEmpty ? "" : ": ") + message.text(language)
        if let suggestion { line += language == .vi ? " — gần nhất: «\(suggestion)»" : " — nearest: «\(suggestion)»" }
        return line
    }
}

/// What an import found and did: rows read, records written (0 when anything was wrong, or on
/// a dry run), list values added, columns the file has that dvk does not read, and every problem.
public struct ImportReport: Sendable, Hashable {
    public var file: String
    public var sheets: [SheetSummary]
    public var rows: Int
    /// Records the import creates (models, decisions, inspection rounds), and those it changes.
    public var created: Int
    public var updated: Int
    /// Records written: created + updated once written, 0 before (or on a dry run).
    public var written: Int
    /// Values added to the lists by `--add-new-values`, by list name (`units`, `fields`…).
    public var added: [String: [String]]
    public var problems: [ImportProblem]

    /// One sheet's part of the report: which kind it was read as and which of its columns were not used.
    public struct SheetSummary: Sendable, Hashable {
        public var name: String
        public var kind: ImportKind
        public var rows: Int
        public var ignoredColumns: [String]
    }

    public init(file: String) {
        self.file = file
        sheets = []
        rows = 0
        created = 0
        written = 0
        updated = 0
        added = [:]
        problems = []
    }

    /// The report in words, one line per fact, as the command line prints it.
    public func lines(_ language: Language, dryRun: Bool) -> [String] {
        var out: [String] = []
        let many = sheets.count > 1
        for sheet in sheets {
            let kind = sheet.kind.label.text(language)
            out.append(language == .vi ? "\(file)\(many ? " · trang «\(sheet.name)»" : ""): \(sheet.rows) dòng \(kind)"
                                       : "\(file)\(many ? " · sheet «\(sheet.name)»" : ""): \(sheet.rows) rows of \(kind)")
            if !sheet.ignoredColumns.isEmpty {
                let names = sheet.ignoredColumns.map { "«\($0)»" }.joined(separator: ", ")
                out.append(language == .vi ? "  cột không dùng (bỏ qua): \(names)" : "  columns not used (ignored): \(names)")
            }
        }
        for (list, values) in added.sorted(by: { $0.key < $1.key }) {
            let names = values.map { "«\($0)»" }.joined(separator: ", ")
            out.append(language == .vi ? "Thêm vào danh mục \(ImportKind.listLabel(list, .vi)): \(names)"
                                       : "Added to the list \(ImportKind.listLabel(list, .en)): \(names)")
        }
        for problem in problems { out.append(problem.text(language, withSheet: many)) }
        if !problems.isEmpty {
            out.append(language == .vi ? "\(problems.count) lỗi — chưa ghi gì; sửa tệp rồi nhập lại."
                                       : "\(problems.count) problems — nothing written; correct the file and import it again.")
        } else if dryRun {
            out.append(language == .vi ? "Kiểm tra xong, không có lỗi: sẽ ghi \(created) bản ghi mới, cập nhật \(updated) (chưa ghi vì --dry-run)."
                                       : "Checked, no problems: \(created) new records and \(updated) updates would be written (not written: --dry-run).")
        } else {
            out.append(language == .vi ? "Đã ghi \(created) bản ghi mới, cập nhật \(updated)."
                                       : "Written: \(created) new records, \(updated) updated.")
        }
        return out
    }
}

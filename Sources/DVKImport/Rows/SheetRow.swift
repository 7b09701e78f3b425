import DVKCore

/// One data row of a sheet with its columns found: reads each column's cell by key and
/// collects the row's problems, each naming the row as the spreadsheet numbers it and the
/// column by the header the file gives it.
struct SheetRow {
    let sheet: String
    let number: Int
    let cells: [SourceCell]
    let positions: [String: Int]
    let headers: [String]
    let catalog: ColumnCatalog
    private(set) var problems: [ImportProblem] = []

    init(sheet: String, number: Int, cells: [SourceCell], positions: [String: Int], headers: [String], catalog: ColumnCatalog) {
        self.sheet = sheet
        self.number = number
        self.cells = cells
        self.positions = positions
        self.headers = headers
        self.catalog = catalog
    }

    /// Whether every cell is empty (such rows are skipped, not reported).
    var isBlank: Bool { cells.allSatisfy(\.isEmpty) }

    func cell(_ key: String) -> CellValue? {
        guard let index = positions[key] else { return nil }
        let value = CellValue(cell: index < cells.count ? cells[index] : .empty)
        return value.isEmpty ? nil : value
    }

    /// The header of `key`'s column as the file writes it, or its Vietnamese label.
    func header(_ key: String) -> String {
        if let index = positions[key], index < headers.count, !headers[index].isEmpty { return VietnameseText.cleanLine(headers[index]) }
        return catalog.columns.first { $0.key == key }?.label.vi ?? key
    }

    mutating func problem(_ key: String?, _ value: String, _ vi: String, _ en: String, suggestion: String? = nil) {
        problems.append(ImportProblem(sheet: sheet, row: number, column: key.map(header), value: value,
                                      message: LocalizedText(vi: vi, en: en), suggestion: suggestion))
    }

    // MARK: Typed reads (nil for an empty cell; a problem for one that cannot be read)

    mutating func line(_ key: String) -> String {
        guard let cell = cell(key) else { return "" }
        let text = VietnameseText.cleanLine(cell.cell.text)
        if text.count > 2_000 { problem(key, String(text.prefix(40)) + "…", "quá dài (tối đa 2.000 ký tự)", "too long (2,000 characters at most)") }
        return text
    }

    /// `line(key)`, reported when empty.
    mutating func requiredLine(_ key: String) -> String {
        let value = line(key)
        if value.isEmpty && cell(key) == nil { problem(key, "", "bắt buộc, đang để trống", "required, but empty") }
        return value
    }

    mutating func text(_ key: String) -> String {
        cell(key)?.text ?? ""
    }

    mutating func year(_ key: String, required: Bool = false) -> Int? {
        guard let cell = cell(key) else {
            if required { problem(key, "", "cần có năm", "a year is needed") }
            return nil
        }
        if let year = cell.wholeNumber(), (1900...2200).contains(year) { return year }
        if let day = cell.day() { return day.year }
        problem(key, cell.text, "«\(cell.text)» không phải là năm (ví dụ: 2021)", "«\(cell.text)» is not a year (e.g. 2021)")
        return nil
    }

    mutating func wholeNumber(_ key: String) -> Int? {
        guard let cell = cell(key) else { return nil }
        if let value = cell.wholeNumber(), value >= 0 { return value }
        problem(key, cell.text, "«\(cell.text)» không phải số nguyên không âm", "«\(cell.text)» is not a whole number of 0 or more")
        return nil
    }

    mutating func number(_ key: String) -> Double? {
        guard let cell = cell(key) else { return nil }
        if let value = cell.number(), value >= 0, JSONLimits.isAcceptable(value) { return value }
        problem(key, cell.text, "«\(cell.text)» không phải là số không âm", "«\(cell.text)» is not a number of 0 or more")
        return nil
    }

    mutating func amount(_ key: String) -> Int64? {
        guard let cell = cell(key) else { return nil }
        if let value = cell.number(), value >= 0, value.rounded() == value, value <= Double(RecordFieldSetter.maximumAmount) {
            return Int64(value)
        }
        let maximum = NumberText.grouped(RecordFieldSetter.maximumAmount)
        problem(key, cell.text, "số tiền «\(cell.text)» phải là số nguyên đồng từ 0 đến \(maximum) (ví dụ: 70.000.000)",
                "the amount «\(cell.text)» must be a whole number of đồng from 0 to \(maximum) (e.g. 70,000,000)")
        return nil
    }

    mutating func day(_ key: String) -> Day? {
        guard let cell = cell(key) else { return nil }
        if let day = cell.day() { return day }
        problem(key, cell.text, "«\(cell.text)» không phải ngày hợp lệ (dd/mm/yyyy)", "«\(cell.text)» is not a valid date (dd/mm/yyyy)")
        return nil
    }

    mutating func yesNo(_ key: String) -> Bool? {
        guard let cell = cell(key) else { return nil }
        if let value = cell.yesNo() { return value }
        problem(key, cell.text, "«\(cell.text)» phải là Có hoặc Không", "«\(cell.text)» must be Có (yes) or Không (no)")
        return nil
    }

    mutating func several(_ key: String) -> [String] {
        guard let cell = cell(key) else { return [] }
        return cell.text.split(whereSeparator: { $0 == ";" || $0 == "\n" }).map { VietnameseText.cleanLine(String($0)) }.filter { !$0.isEmpty }
    }

    mutating func listValue(_ key: String, _ list: ListName, _ resolver: inout ListResolver, required: Bool = false) -> String {
        guard let cell = cell(key) else {
            if required { _ = requiredLine(key) }
            return ""
        }
        switch resolver.resolve(cell.text, in: list) {
        case .found(let id): return id
        case .unknown(let nearest):
            problem(key, cell.text, "«\(cell.text)» không có trong danh mục", "«\(cell.text)» is not in the list", suggestion: nearest)
            return ""
        }
    }
}

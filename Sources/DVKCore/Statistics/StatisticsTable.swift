/// The statistical tables ("Biểu tổng hợp") the tool computes from records (product P8).
public enum StatisticsTableID: String, CaseIterable, Sendable {
    /// Recognised models and deeds by field × kind group × subject, new registrations of the last
    /// year and replicated outstanding models (the Chiêm Hóa table).
    case byField = "by-field"
    /// Registered → recognised by field and subject (the Phụng Hiệp figures).
    case registeredRecognised = "registered-recognised"
    /// Awards by year × level × subject (the Chiêm Hóa award table).
    case awardsByLevel = "awards-by-level"
}

/// One numeric column of a statistics table: a stable id and its header path, from the outermost
/// merged group down to the leaf (["Số đăng ký mới năm 2022", "Mô hình", "Tập thể"]). Adjacent
/// columns that share a prefix of their paths share those merged header cells.
public struct StatisticsColumn: Sendable, Hashable {
    public let id: String
    public let headers: [LocalizedText]

    public init(id: String, headers: [LocalizedText]) {
        self.id = id
        self.headers = headers
    }
}

/// One row of a statistics table: a key (a field id or a year), its label and its counts by
/// column id (a column missing from `values` counts as zero).
public struct StatisticsRow: Sendable, Hashable {
    public let key: String
    public let label: LocalizedText
    public let values: [String: Int]

    public init(key: String, label: LocalizedText, values: [String: Int]) {
        self.key = key
        self.label = label
        self.values = values
    }

    /// The count in `column`, zero when absent.
    public func value(_ column: String) -> Int { values[column] ?? 0 }
}

/// A computed statistics table. The totals are always the sums of the rows: there is no way to
/// give them, so a table can never print a total its parts do not add up to.
///
/// Encoding it (`Encodable`) writes the scripting contract with Vietnamese labels; use
/// ``JSONView`` to choose the label language.
public struct StatisticsTable: Sendable, Hashable, Encodable {
    public let id: String
    public let title: LocalizedText
    public let columns: [StatisticsColumn]
    /// The header of the label column ("Lĩnh vực", "Năm").
    public let rowHeader: LocalizedText
    public let rows: [StatisticsRow]
    /// Ids of the records (or award decisions) that passed the table's filters but fit no row or
    /// column: a field, kind, subject or level missing from the config lists. Not encoded;
    /// callers warn about them so that a total never silently leaves records out.
    public let unplaced: [String]

    public init(id: String, title: LocalizedText, columns: [StatisticsColumn], rowHeader: LocalizedText,
                rows: [StatisticsRow], unplaced: [String] = []) {
        self.id = id
        self.title = title
        self.columns = columns
        self.rowHeader = rowHeader
        self.rows = rows
        self.unplaced = unplaced
    }

    /// The same table under another title (a half-year report's annex).
    public func titled(_ title: LocalizedText) -> StatisticsTable {
        StatisticsTable(id: id, title: title, columns: columns, rowHeader: rowHeader, rows: rows, unplaced: unplaced)
    }

    /// The sum of every row, by column id (every column present, zero for empty ones).
    public var totals: [String: Int] {
        var sums: [String: Int] = [:]
        for column in columns {
            sums[column.id] = rows.reduce(0) { $0 + $1.value(column.id) }
        }
        return sums
    }

    /// The table's JSON contract with labels in `language`:
    /// `{"table": id, "columns": [column ids…], "rows": [{"label": text, "values": {column: n}}],
    /// "totals": {column: n}}`. Every row's `values` and the `totals` name every column.
    public struct JSONView: Encodable, Sendable {
        public let table: StatisticsTable
        public let language: Language

        public init(table: StatisticsTable, language: Language) {
            self.table = table
            self.language = language
        }

        enum CodingKeys: String, CodingKey { case table, columns, rows, totals }
        enum RowKeys: String, CodingKey { case label, values }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(table.id, forKey: .table)
            let ids = table.columns.map(\.id)
            try container.encode(ids, forKey: .columns)
            var rows = container.nestedUnkeyedContainer(forKey: .rows)
            for row in table.rows {
                var object = rows.nestedContainer(keyedBy: RowKeys.self)
                try object.encode(row.label.text(language), forKey: .label)
                try object.encode(Dictionary(ids.map { ($0, row.value($0)) }, uniquingKeysWith: { first, _ in first }), forKey: .values)
            }
            try container.encode(table.totals, forKey: .totals)
        }
    }

    /// Writes the JSON contract with Vietnamese labels (see ``JSONView``).
    public func encode(to encoder: Encoder) throws {
        try JSONView(table: self, language: .vi).encode(to: encoder)
    }
}

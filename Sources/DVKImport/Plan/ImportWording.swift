import DVKCore

/// The words an import leaves in records and the journal (stored data, in the committee's
/// language, like the notes users type).
enum ImportWording {
    /// The history entry's transition id for an imported model (not a workflow transition).
    static let transition = "import"

    static func historyNote(file: String, row: Int) -> String {
        "Nhập từ tệp «\(file)», dòng \(row)"
    }

    static func updateNote(file: String, row: Int) -> String {
        "Cập nhật từ tệp «\(file)», dòng \(row)"
    }

    static func journalNote(file: String, sheet: String, row: Int) -> String {
        "\(file) · \(sheet) · \(row)"
    }
}

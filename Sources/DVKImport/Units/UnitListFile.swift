import DVKCore

/// A committee's unit list read from a file: a text file with one unit per line, or a CSV or
/// XLSX sheet whose column headed "Đơn vị" / "Tên đơn vị" / "unit" / "name" (else the first
/// column) holds the names, and a column "Loại" / "type" the kind (commune, town, agency;
/// guessed from the name when absent). Names are cleaned, blank and repeated ones dropped.
public enum UnitListFile {
    public static func read(_ path: String) throws -> [UnitEntry] {
        let file = try ImportFile.read(path: path, encoding: .auto)
        guard let table = file.tables.first(where: { !$0.rows.isEmpty }) else { return [] }
        let headers = table.rows[0].map { VietnameseText.matchKey($0.text) }
        let nameKeys = ["donvi", "tendonvi", "unit", "name", "ten", "units"].map(VietnameseText.matchKey)
        let typeKeys = ["loai", "type", "kind"]
        let nameColumn = headers.firstIndex(where: nameKeys.contains)
        let typeColumn = headers.firstIndex(where: typeKeys.contains)
        let rows = nameColumn == nil ? table.rows : Array(table.rows.dropFirst())
        var units: [UnitEntry] = []
        var seen = Set<String>()
        for row in rows {
            let index = nameColumn ?? 0
            let name = index < row.count ? VietnameseText.cleanLine(row[index].text) : ""
            let key = VietnameseText.matchKey(name)
            guard !key.isEmpty, seen.insert(key).inserted else { continue }
            let typed = typeColumn.flatMap { $0 < row.count ? VietnameseText.matchKey(row[$0].text) : nil } ?? ""
            let type = ["commune", "town", "agency"].contains(typed) ? typed : unitType(name)
            units.append(UnitEntry(id: freeID(name, taken: Set(units.map(\.id))), name: name, type: type))
        }
        return units
    }

    /// A commune ("Xã …"), a town ("Phường …", "Thị trấn …", "Đặc khu …") or an agency.
    public static func unitType(_ name: String) -> String {
        let key = VietnameseText.fold(name)
        if key.hasPrefix("xa ") { return "commune" }
        if key.hasPrefix("phuong ") || key.hasPrefix("thi tran ") || key.hasPrefix("dac khu ") { return "town" }
        return "agency"
    }

    /// The folded words of `name` joined by `-` ("Xã Minh Quang" → "xa-minh-quang"), numbered when taken.
    public static func freeID(_ name: String, taken: Set<String>) -> String {
        let words = VietnameseText.fold(name).split(whereSeparator: { !($0.isLetter || $0.isNumber) || !$0.isASCII })
        let base = words.isEmpty ? "don-vi" : String(words.joined(separator: "-").prefix(60))
        var candidate = base
        var number = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        return candidate
    }
}

import DVKCore

/// The office a data directory belongs to when offices synchronise (`dvk sync setup --office`):
/// kept in `office.json`, private to the machine (never synchronised), read by the store to
/// stamp saves and to make new ids unique across offices (`2026-XA01-0001`).
public struct OfficeCode: Sendable, Hashable, Codable {
    public var office: String

    public init(office: String) {
        self.office = office
    }

    /// Whether `code` can be an office code: 2 to 12 capital ASCII letters or digits (it goes
    /// into record ids and file names).
    public static func isValid(_ code: String) -> Bool {
        (2...12).contains(code.utf8.count) && code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }

    /// The office code of `directory`, or nil when it does not sync (or the file is unreadable).
    public static func read(_ directory: DataDirectory) -> String? {
        guard let bytes = try? DurableFile.read(directory.officePath, limit: 4096),
              let code = try? RecordCoding.decodeConfig(OfficeCode.self, from: bytes, path: directory.officePath),
              isValid(code.office) else { return nil }
        return code.office
    }

    /// Writes `office.json` durably.
    public func write(to directory: DataDirectory) throws {
        try DurableFile.write(try RecordCoding.encode(self), to: directory.officePath)
    }
}

extension DataDirectory {
    /// `office.json`: this machine's office code (``OfficeCode``).
    public var officePath: String { path + "/office.json" }
}

import DVKCore
import Foundation

/// How records become bytes and back: pretty-printed, keys sorted (stable diffs), UTF-8 NFC,
/// older schema versions migrated, newer ones refused, broken files located by line and column.
/// Every decoding entry point first checks the bytes against `JSONLimits`, so Foundation's
/// decoder never sees input that could trap, recurse without end or hang.
public enum RecordCoding {
    /// The schema versions a record file may carry: a small positive integer.
    public static let schemaVersions = 1...1000

    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value)) + [0x0A]
    }

    /// One line of JSON, keys sorted (a value shown in a table or a conflict list).
    public static func encodeCompact<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Decodes a record file, migrating an older schema; throws `StorageError.malformed` with the
    /// position of the problem or `StorageError.newerSchema`.
    public static func decode<T: StoredRecord>(_ type: T.Type, from bytes: [UInt8], path: String) throws -> T {
        try decodeReportingMigration(type, from: bytes, path: path).record
    }

    /// Decodes a record file and says whether it had to be migrated from an older schema.
    public static func decodeReportingMigration<T: StoredRecord>(_ type: T.Type, from bytes: [UInt8], path: String) throws -> (record: T, migrated: Bool) {
        try checkLimits(bytes, path: path)
        let data = Data(bytes)
        let decoder = JSONDecoder()
        if let record = try? decoder.decode(T.self, from: data), record.schemaVersion == T.currentSchemaVersion {
            return (record, false)
        }
        let json: JSONValue
        do {
            json = try decoder.decode(JSONValue.self, from: data)
        } catch {
            throw StorageError.malformed(LoadProblem.from(error, bytes: bytes, path: path))
        }
        guard case .number(let number)? = json.value(at: "schemaVersion") else {
            throw StorageError.malformed(LoadProblem.from(
                DecodingError.keyNotFound(Key("schemaVersion"), .init(codingPath: [], debugDescription: "")), bytes: bytes, path: path))
        }
        guard number.rounded() == number, number >= Double(schemaVersions.lowerBound), number <= Double(schemaVersions.upperBound) else {
            throw StorageError.malformed(LoadProblem.at(["schemaVersion"], LocalizedText(
                vi: "cần một số nguyên từ \(schemaVersions.lowerBound) đến \(schemaVersions.upperBound)",
                en: "expected a whole number from \(schemaVersions.lowerBound) to \(schemaVersions.upperBound)"), bytes: bytes, path: path))
        }
        let version = Int(number)
        if version > T.currentSchemaVersion {
            throw StorageError.newerSchema(path: path, found: version, supported: T.currentSchemaVersion)
        }
        let migrated = Migrations.migrate(json, kind: T.kind, from: version)
        do {
            var record = try decoder.decode(T.self, from: JSONEncoder().encode(migrated))
            record.schemaVersion = T.currentSchemaVersion
            return (record, true)
        } catch {
            throw StorageError.malformed(LoadProblem.from(error, bytes: bytes, path: path))
        }
    }

    /// Decodes a configuration file (no migration yet: every config file is at version 1), or any
    /// other JSON document read as it is (a journal line, the revision of a record).
    public static func decodeConfig<T: Decodable>(_ type: T.Type, from bytes: [UInt8], path: String) throws -> T {
        try checkLimits(bytes, path: path)
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch {
            throw StorageError.malformed(LoadProblem.from(error, bytes: bytes, path: path))
        }
    }

    /// Throws `StorageError.malformed` at the first place `bytes` exceed the `JSONLimits`.
    private static func checkLimits(_ bytes: [UInt8], path: String) throws {
        do {
            try JSONLimits.check(bytes)
        } catch let error as JSONParser.SyntaxError {
            throw StorageError.malformed(.syntax(error, path: path))
        }
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ value: String) { stringValue = value }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

/// Upgrades record JSON written by older versions of dvk, one schema step at a time.
public enum Migrations {
    /// Applies every step from `version` up to the current version of `kind`.
    public static func migrate(_ json: JSONValue, kind: RecordKind, from version: Int) -> JSONValue {
        var current = json
        var step = version
        while step < currentVersion(of: kind) {
            current = upgrade(current, kind: kind, from: step)
            step += 1
        }
        return current.setting(["schemaVersion"], to: .number(Double(step)))
    }

    static func currentVersion(of kind: RecordKind) -> Int {
        switch kind {
        case .model: return ModelRecord.currentSchemaVersion
        case .inspection: return InspectionRound.currentSchemaVersion
        case .decision: return AwardDecision.currentSchemaVersion
        case .settings, .settingsVersion: return 1
        }
    }

    /// Model schema 1 → 2: history entries said `when`/`who` (now `at`/`by`), and the person in
    /// charge was one text (now an object with name, position and phone).
    static func upgrade(_ json: JSONValue, kind: RecordKind, from version: Int) -> JSONValue {
        guard kind == .model, version == 1, case .object(var object) = json else { return json }
        if case .array(let entries)? = object["history"] {
            object["history"] = .array(entries.map { entry in
                guard case .object(var fields) = entry else { return entry }
                if let when = fields.removeValue(forKey: "when") { fields["at"] = when }
                if let who = fields.removeValue(forKey: "who") { fields["by"] = who }
                return .object(fields)
            })
        }
        if case .string(let name)? = object["personInCharge"] {
            object["personInCharge"] = .object(["name": .string(name), "position": .string(""), "phone": .string("")])
        }
        return .object(object)
    }
}

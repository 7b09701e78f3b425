import Foundation

/// A value typed for one record key that cannot be used, with a message naming the key.
public struct FieldInputError: Error, Sendable, Hashable {
    public var key: String
    public var message: LocalizedText

    public init(key: String, message: LocalizedText) {
        self.key = key
        self.message = message
    }
}

/// Sets model-record keys from typed text (`KEY=VALUE`): the one path the command line's
/// `add`/`edit` and the TUI's form share. List values are resolved to ids (typed as labels or ids,
/// with or without diacritics), dates parsed from dd/mm/yyyy, numbers typed the Vietnamese way,
/// text normalised to NFC; the result is decoded and validated before it is returned.
public struct RecordFieldSetter: Sendable {
    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Keys changed only through their own commands (move, appraise, inspect, award).
    public static let protectedKeys: Set<String> = [
        "id", "revision", "schemaVersion", "state", "history", "created", "updated", "appraisals", "inspectionIds", "decisionIds",
    ]
    /// Keys whose value is an id from a configured list.
    public static let listKeys: [String: ListName] = [
        "unit": .units, "level": .levels, "subject": .subjects, "kind": .kinds, "origin": .origins, "field": .fields,
        "individual.sex": .sexes, "recognition.level": .levels,
    ]
    /// Keys holding a day.
    public static let dateKeys: Set<String> = ["startDate", "expectedCompletion", "recognition.decisionDate", "resultsReport.submitted"]

    /// A record with every optional part present, to learn the JSON type of any key.
    private static let template: JSONValue = {
        var r = ModelRecord(id: "t", year: 2000, state: "draft", created: Stamp(at: Timestamp(seconds: 0), by: ""))
        let day = Day(year: 2000, month: 1, day: 1)
        r.individual = IndividualDetails(birthYear: 1970)
        r.recognition = Recognition(decisionDate: day)
        r.resultsReport = ResultsReport(submitted: day)
        r.startDate = day
        r.expectedCompletion = day
        r.parentId = ""
        r.resources = Resources(workdays: 0, donatedLandM2: 0)
        return (try? JSONValue(encoding: r)) ?? .null
    }()

    /// The record with every pair applied. A new record (revision 0) must be valid as a whole; an
    /// edit is refused only for problems in the keys it touches.
    public func apply(_ pairs: [(String, String)], to record: ModelRecord) throws -> ModelRecord {
        var json = try JSONValue(encoding: record)
        for (key, typed) in pairs {
            json = json.setting(key.split(separator: ".").map(String.init), to: try value(for: key, typed: typed))
        }
        let updated: ModelRecord
        do {
            updated = try json.decode(as: ModelRecord.self)
        } catch {
            let keys = pairs.map(\.0).joined(separator: ", ")
            throw FieldInputError(key: pairs.first?.0 ?? "", message: LocalizedText(vi: "giá trị không hợp lệ cho \(keys)", en: "invalid value for \(keys)"))
        }
        let normalized = updated.normalized()
        let problems = RecordValidator(configuration: configuration).problems(in: normalized)
        let touched = Set(pairs.map(\.0))
        let blocking = record.revision == 0 ? problems : problems.filter { problem in
            touched.contains(problem.key) || touched.contains { problem.key.hasPrefix($0 + ".") }
        }
        if let first = blocking.first {
            throw FieldInputError(key: first.key, message: LocalizedText(vi: first.message(.vi), en: first.message(.en)))
        }
        return normalized
    }

    /// The JSON value typed text stands for at `key`; throws naming the key.
    public func value(for key: String, typed: String) throws -> JSONValue {
        func bad(_ vi: String, _ en: String) -> FieldInputError { FieldInputError(key: key, message: LocalizedText(vi: vi, en: en)) }
        let root = String(key.split(separator: ".").first ?? "")
        if Self.protectedKeys.contains(key) || Self.protectedKeys.contains(root) {
            throw bad("«\(key)» không sửa trực tiếp được; dùng lệnh move/appraise/inspect/award",
                      "«\(key)» cannot be set directly; use move/appraise/inspect/award")
        }
        guard let sample = Self.template.value(at: key) else {
            throw bad("không có trường «\(key)» trong bản ghi mô hình (xem docs/data-format.md)",
                      "a model record has no key «\(key)» (see docs/data-format.md)")
        }
        let text = VietnameseText.cleanField(typed)
        if text.isEmpty { return sample.isString ? .string("") : .null }
        let label = RecordFieldLabels.label(key, .vi)
        if let list = Self.listKeys[key] {
            if let entry = configuration.lists.lookup(text, in: list) { return .string(entry.id) }
            let choices = configuration.lists.entries(list).map { "\($0.label.vi) (\($0.id))" }.joined(separator: ", ")
            let choicesEn = configuration.lists.entries(list).map { "\($0.label.en) (\($0.id))" }.joined(separator: ", ")
            throw bad("«\(label)»: «\(text)» không có trong danh mục; chọn một trong: \(choices)",
                      "«\(RecordFieldLabels.label(key, .en))»: «\(text)» is not in the list; choose one of: \(choicesEn)")
        }
        if Self.dateKeys.contains(key) {
            guard let day = Day(parsing: text) else {
                throw bad("«\(label)»: «\(text)» không phải ngày hợp lệ (dd/mm/yyyy)", "«\(RecordFieldLabels.label(key, .en))»: «\(text)» is not a valid date (dd/mm/yyyy)")
            }
            return .string(day.iso)
        }
        switch sample {
        case .number:
            guard let number = Self.number(text) else {
                throw bad("«\(label)»: «\(text)» không phải là số", "«\(RecordFieldLabels.label(key, .en))»: «\(text)» is not a number")
            }
            guard JSONLimits.isAcceptable(number) else {
                throw bad("«\(label)»: \(JSONLimits.numberOutOfRange.vi)", "«\(RecordFieldLabels.label(key, .en))»: \(JSONLimits.numberOutOfRange.en)")
            }
            return .number(number)
        case .bool:
            let folded = VietnameseText.matchKey(text)
            if ["true", "co", "yes", "1", "x"].contains(folded) { return .bool(true) }
            if ["false", "khong", "no", "0"].contains(folded) { return .bool(false) }
            throw bad("«\(label)»: «\(text)» phải là có/không", "«\(RecordFieldLabels.label(key, .en))»: «\(text)» must be yes or no")
        case .array where !text.hasPrefix("["):
            return .array(text.split(separator: ";").map { .string(VietnameseText.cleanField(String($0))) })
        case .array, .object:
            do {
                return try JSONParser.parse(Array(text.utf8))
            } catch let error as JSONParser.SyntaxError {
                let column = error.position.column
                throw bad("«\(label)»: cần giá trị JSON hợp lệ (cột \(column): \(error.message.vi))",
                          "«\(key)»: expects valid JSON (column \(column): \(error.message.en))")
            }
        default:
            return .string(text)
        }
    }

    /// The largest amount of money dvk takes, in đồng: 10^15 (a million billion), far above any
    /// model's budget and far below where sums of amounts could overflow.
    public static let maximumAmount: Int64 = 1_000_000_000_000_000

    /// An amount of money in đồng, typed like `number`: a whole number from 0 to `maximumAmount`;
    /// nil otherwise.
    public static func amount(_ text: String) -> Int64? {
        guard let value = number(text), value.rounded() == value, value >= 0, value <= Double(maximumAmount) else { return nil }
        return Int64(value)
    }

    /// A number typed the Vietnamese way (`70.000.000`, `1,5`, `1.150,5`) or the plain way (`1.5`).
    public static func number(_ text: String) -> Double? {
        let compact = text.replacingOccurrences(of: " ", with: "")
        // "1.150,5": dots group the thousands before a decimal comma.
        if let comma = compact.lastIndex(of: ","), compact.contains("."), !compact[comma...].contains(".") {
            let whole = compact[..<comma].split(separator: ".", omittingEmptySubsequences: false)
            guard whole.count > 1, whole.dropFirst().allSatisfy({ $0.count == 3 }), !whole[0].isEmpty else { return nil }
            return Double(whole.joined() + "." + compact[compact.index(after: comma)...])
        }
        let groups = compact.split(separator: ".", omittingEmptySubsequences: false)
        if groups.count > 2 || (groups.count == 2 && groups[1].count == 3 && !compact.contains(",")) {
            if groups.dropFirst().allSatisfy({ $0.count == 3 }), let whole = Double(groups.joined()) { return whole }
        }
        return Double(compact.replacingOccurrences(of: ",", with: "."))
    }
}

extension JSONValue {
    /// Whether this is a text value.
    public var isString: Bool {
        if case .string = self { return true }
        return false
    }
}

import Foundation
import DVKCore

/// Sets model-record keys from typed text (`KEY=VALUE`), the one path `add` and `edit` share:
/// list values are resolved to ids, dates parsed from dd/mm/yyyy, numbers and lists checked, text
/// normalised to NFC; the result is decoded and validated before anything is saved.
struct FieldSetter {
    let session: Session

    /// Keys changed only through their own commands (move, appraise, inspect, award).
    static let protectedKeys: Set<String> = [
        "id", "revision", "schemaVersion", "state", "history", "created", "updated", "appraisals", "inspectionIds", "decisionIds",
    ]
    static let listKeys: [String: ListName] = [
        "unit": .units, "level": .levels, "subject": .subjects, "kind": .kinds, "origin": .origins, "field": .fields,
        "individual.sex": .sexes, "recognition.level": .levels,
    ]
    static let dateKeys: Set<String> = ["startDate", "expectedCompletion", "recognition.decisionDate", "resultsReport.submitted"]

    /// A record with every optional part present, to learn the JSON type of any key.
    private static let template: JSONValue = {
        var r = ModelRecord(id: "t", year: 2000, state: "draft", created: Stamp(at: Timestamp(seconds: 0), by: ""))
        r.individual = IndividualDetails(birthYear: 1970)
        r.recognition = Recognition(decisionDate: Day(year: 2000, month: 1, day: 1))
        r.resultsReport = ResultsReport(submitted: Day(year: 2000, month: 1, day: 1))
        r.startDate = Day(year: 2000, month: 1, day: 1)
        r.expectedCompletion = r.startDate
        r.parentId = ""
        r.resources = Resources(workdays: 0, donatedLandM2: 0)
        return (try? JSONValue(encoding: r)) ?? .null
    }()

    /// Parses `KEY=VALUE` arguments.
    static func pairs(_ arguments: [String]) throws -> [(String, String)] {
        try arguments.map { argument in
            guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else {
                throw CLIError.badInput("--set: «\(argument)» phải có dạng KHÓA=GIÁ_TRỊ", "--set: «\(argument)» must be KEY=VALUE")
            }
            return (String(argument[..<equals]).trimmingSpaces, String(argument[argument.index(after: equals)...]))
        }
    }

    /// The record with every pair applied; throws a bad-input error naming the key.
    func apply(_ pairs: [(String, String)], to record: ModelRecord) throws -> ModelRecord {
        var json = try JSONValue(encoding: record)
        for (key, typed) in pairs {
            json = json.setting(key.split(separator: ".").map(String.init), to: try value(for: key, typed: typed))
        }
        let updated: ModelRecord
        do {
            updated = try json.decode(as: ModelRecord.self)
        } catch {
            let keys = pairs.map(\.0).joined(separator: ", ")
            throw CLIError.badInput("giá trị không hợp lệ cho \(keys)", "invalid value for \(keys)")
        }
        let normalized = updated.normalized()
        let problems = RecordValidator(configuration: session.configuration).problems(in: normalized)
        // A new record must be valid as a whole; an edit is refused for the keys it touches (an
        // older record with a since-removed list value can still be edited elsewhere).
        let touched = Set(pairs.map(\.0))
        let blocking = record.revision == 0 ? problems : problems.filter { problem in
            touched.contains(problem.key) || touched.contains { problem.key.hasPrefix($0 + ".") }
        }
        if let first = blocking.first {
            throw CLIError(LocalizedText(vi: first.message(.vi), en: first.message(.en)), exitCode: 2)
        }
        return normalized
    }

    private func value(for key: String, typed: String) throws -> JSONValue {
        if FieldSetter.protectedKeys.contains(key) || FieldSetter.protectedKeys.contains(String(key.split(separator: ".").first ?? "")) {
            throw CLIError.badInput("«\(key)» không sửa trực tiếp được; dùng lệnh move/appraise/inspect/award",
                                    "«\(key)» cannot be set directly; use move/appraise/inspect/award")
        }
        guard let sample = FieldSetter.template.value(at: key) else {
            throw CLIError.badInput("không có trường «\(key)» trong bản ghi mô hình (xem docs/data-format.md)",
                                    "a model record has no key «\(key)» (see docs/data-format.md)")
        }
        let text = VietnameseText.cleanField(typed)
        if text.isEmpty { return sample.isString ? .string("") : .null }
        if let list = FieldSetter.listKeys[key] {
            return .string(try session.resolve(text, in: list, option: key))
        }
        if FieldSetter.dateKeys.contains(key) {
            return .string(try session.parseDay(text, option: key).iso)
        }
        switch sample {
        case .number:
            guard let number = FieldSetter.number(text) else {
                throw CLIError.badInput("\(key): «\(text)» không phải là số", "\(key): «\(text)» is not a number")
            }
            return .number(number)
        case .bool:
            let folded = VietnameseText.matchKey(text)
            if ["true", "co", "yes", "1", "x"].contains(folded) { return .bool(true) }
            if ["false", "khong", "no", "0"].contains(folded) { return .bool(false) }
            throw CLIError.badInput("\(key): «\(text)» phải là có/không (true/false)", "\(key): «\(text)» must be true or false")
        case .array where !text.hasPrefix("["):
            return .array(text.split(separator: ";").map { .string(VietnameseText.cleanField(String($0))) })
        case .array, .object:
            guard let parsed = try? JSONValue.parse(text) else {
                throw CLIError.badInput("\(key): cần giá trị JSON hợp lệ", "\(key): expects valid JSON")
            }
            return parsed
        default:
            return .string(text)
        }
    }

    /// A number typed the Vietnamese way (`70.000.000`, `1,5`) or the plain way (`1.5`).
    static func number(_ text: String) -> Double? {
        let compact = text.replacingOccurrences(of: " ", with: "")
        let groups = compact.split(separator: ".", omittingEmptySubsequences: false)
        if groups.count > 2 || (groups.count == 2 && groups[1].count == 3 && !compact.contains(",")) {
            if groups.dropFirst().allSatisfy({ $0.count == 3 }), let whole = Double(groups.joined()) { return whole }
        }
        return Double(compact.replacingOccurrences(of: ",", with: "."))
    }
}

extension JSONValue {
    var isString: Bool {
        if case .string = self { return true }
        return false
    }

    static func parse(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }
}

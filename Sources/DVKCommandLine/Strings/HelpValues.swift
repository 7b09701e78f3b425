import DVKCore
import DVKStorage
import Foundation

/// What the help says an option accepts: the ids of the shipped lists (`config/lists.json`,
/// `config/workflow.json` of the defaults dvk finds at start), so `dvk list --help` names the
/// values without repeating them in code. A data directory may change its lists; the help says
/// where they live.
enum HelpValues {
    /// The ids of list `key` in the shipped `config/lists.json` (`fields`, `levels`…), or of the
    /// workflow's states for `"states"`; nil when the defaults cannot be read.
    static func shippedIDs(_ key: String) -> [String]? {
        guard let defaults = try? DefaultsLocation.find(environment: ProcessInfo.processInfo.environment) else { return nil }
        let file = key == "states" ? "workflow.json" : "lists.json"
        guard let data = FileManager.default.contents(atPath: defaults.configFolder + "/" + file),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let entries = object[key] as? [[String: Any]] else { return nil }
        let ids = entries.compactMap { $0["id"] as? String }
        return ids.isEmpty ? nil : ids
    }

    /// `base` followed by the accepted values: "(id or label from config/lists.json: a, b, c)".
    static func filter(_ base: LocalizedText, list key: String) -> String {
        let language = CLILanguage.current
        let file = key == "states" ? "config/workflow.json" : "config/lists.json"
        let values = shippedIDs(key).map { ": " + $0.joined(separator: ", ") } ?? ""
        let tail = LocalizedText(vi: " (mã hoặc tên trong \(file)\(values))", en: " (id or label from \(file)\(values))")
        return base.text(language) + tail.text(language)
    }

    /// The unit filter: units belong to the committee, not to the shipped defaults.
    static func unitFilter() -> String {
        let tail = LocalizedText(vi: " (mã hoặc tên đơn vị; danh sách: dvk units list)", en: " (unit id or name; the list: dvk units list)")
        return CLIText.help.filterUnit.text(CLILanguage.current) + tail.text(CLILanguage.current)
    }
}

/// The few sentences swift-argument-parser writes into every help page itself ("Show the
/// version.", "(default: id)", "(values: …)", the section titles). The parser offers no way to
/// replace them, so the finished Vietnamese help is rewritten before it is printed. Patterns
/// allow a line break where the parser may wrap.
enum BuiltInHelpText {
    static let vietnamese: [(pattern: String, template: String)] = [
        (#"Show\s+help\s+information\."#, "Xem hướng dẫn này."),
        (#"Show\s+the\s+version\."#, "In số phiên bản."),
        (#"See\s+'(dvk help(?: [a-z-]+)*) <subcommand>'\s+for\s+detailed\s+help\."#, "Hướng dẫn chi tiết từng lệnh: $1 <lệnh>."),
        (#"\(default:"#, "(mặc định:"),
        (#"(;\s+)default:"#, "$1mặc định:"),
        (#"\(values:"#, "(giá trị:"),
        (#" \(default\)"#, " (mặc định)"),
        (#"(?m)^OVERVIEW:"#, "TỔNG QUAN:"),
        (#"(?m)^USAGE:"#, "CÁCH DÙNG:"),
        (#"(?m)^ARGUMENTS:"#, "THAM SỐ:"),
        (#"(?m)^OPTIONS:"#, "TÙY CHỌN:"),
        (#"(?m)^SUBCOMMANDS:"#, "LỆNH CON:"),
    ]

    /// `message` (a help page the parser made) in `language`.
    static func localise(_ message: String, language: Language) -> String {
        guard language == .vi else { return message }
        var text = message
        for (pattern, template) in vietnamese {
            guard let expression = try? NSRegularExpression(pattern: pattern) else { continue }
            text = expression.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
        }
        return text
    }
}

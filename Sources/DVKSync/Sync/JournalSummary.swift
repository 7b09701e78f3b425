import DVKCore
import DVKStorage

/// The message of a sync's local commit, written from the journal lines saved since the last
/// sync: a title in words ("Văn phòng XA01: đăng ký 3 hồ sơ, chuyển bước 2 hồ sơ") and one line
/// per change (record, what, who, when). Lines a sync wrote itself are left out.
struct JournalSummary {
    let entries: [JournalEntry]

    init(journal bytes: [UInt8]) {
        entries = Journal.parse(bytes: bytes, path: "").entries.filter { $0.action != JournalEntry.syncAction && $0.kind != .settings && $0.kind != .settingsVersion }
    }

    func message(office: String, language: Language) -> String {
        var order: [String] = []
        var ids: [String: Set<String>] = [:]
        for entry in entries {
            let words = SyncText.action(entry.action).text(language)
            if ids[words] == nil { order.append(words) }
            ids[words, default: []].insert(entry.id)
        }
        let parts = order.map { words in SyncText.records(ids[words]?.count ?? 0, LocalizedText(vi: words, en: words), language: language) }
        var lines = [SyncText.commitTitle(office: office, parts: parts, language: language), ""]
        for entry in entries.prefix(500) {
            lines.append("\(entry.id): \(SyncText.action(entry.action).text(language)) (\(entry.action)), \(entry.by), \(entry.at.iso)")
        }
        if entries.count > 500 { lines.append("… +\(entries.count - 500)") }
        return lines.joined(separator: "\n") + "\n"
    }
}

import DVKCore

/// The words of a sync's report, for the command line and the sync screen.
public enum SyncReportText {
    public typealias L = LocalizedText

    public static let nothing = L(vi: "Đã đồng bộ: không có gì mới", en: "Synchronised: nothing new")
    public static func sent(_ count: Int) -> L { L(vi: "Đã gửi đi \(count) hồ sơ:", en: "Sent \(count) record\(count == 1 ? "" : "s"):") }
    public static func received(_ count: Int) -> L { L(vi: "Đã nhận về \(count) hồ sơ:", en: "Received \(count) record\(count == 1 ? "" : "s"):") }
    public static func more(_ count: Int) -> L { L(vi: "  … và \(count) hồ sơ khác", en: "  … and \(count) more") }
    public static func conflicted(_ ids: [String]) -> L {
        L(vi: "Có xung đột ở \(ids.count) hồ sơ (\(ids.prefix(10).joined(separator: ", "))): xem 'dvk conflicts'",
          en: "\(ids.count) record\(ids.count == 1 ? " has" : "s have") conflicts (\(ids.prefix(10).joined(separator: ", "))): see 'dvk conflicts'")
    }
    public static func committed(_ title: String) -> L { L(vi: "Lần lưu: \(title)", en: "Commit: \(title)") }
    public static func bundleWritten(_ path: String) -> L { L(vi: "Đã ghi tệp đồng bộ \(path)", en: "Wrote the sync file \(path)") }

    /// One record of the report: `+ 2026-XA01-0001  Name  (state) — by @ OFFICE`.
    public static func note(_ note: SyncReport.Note) -> L {
        let mark = note.isNew ? "+" : "~"
        let state = note.state.isEmpty ? "" : " (\(note.state))"
        let office = note.office.isEmpty ? "" : " @ \(note.office)"
        let conflict = note.hasConflicts ? L(vi: " [xung đột]", en: " [conflict]") : L(vi: "", en: "")
        return L(vi: "  \(mark) \(note.id)  \(note.title)\(state) — \(note.by)\(office)\(conflict.vi)",
                 en: "  \(mark) \(note.id)  \(note.title)\(state) — \(note.by)\(office)\(conflict.en)")
    }
}

extension SyncReport {
    /// The report in words: what went out, what came in, the conflicts.
    public func lines(peer: SyncEngine.Peer) -> [LocalizedText] {
        var lines: [LocalizedText] = []
        if let title = committed { lines.append(SyncReportText.committed(title)) }
        if outgoingCount > 0 {
            lines.append(SyncReportText.sent(outgoingCount))
            lines += outgoing.map(SyncReportText.note)
            if outgoingCount > outgoing.count { lines.append(SyncReportText.more(outgoingCount - outgoing.count)) }
        }
        if incomingCount > 0 {
            lines.append(SyncReportText.received(incomingCount))
            lines += incoming.map(SyncReportText.note)
            if incomingCount > incoming.count { lines.append(SyncReportText.more(incomingCount - incoming.count)) }
        }
        if !conflicted.isEmpty { lines.append(SyncReportText.conflicted(conflicted)) }
        if case .toFile(let path) = peer { lines.append(SyncReportText.bundleWritten(path)) }
        if lines.isEmpty { lines.append(SyncReportText.nothing) }
        return lines
    }
}

import DVKCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The list index (`.index/models.tsv`): one line per model file with its size and modification
/// time and the model's summary. Derived, never the truth: at each start the model folder is
/// scanned (readdir + fstatat), every file whose size or time differs — or that the index does
/// not know — is decoded again, and the index is rewritten. Delete it and it is rebuilt.
public struct ModelIndex: Sendable {
    public let store: RecordStore
    public let lists: ListCatalog

    public init(store: RecordStore, lists: ListCatalog) {
        self.store = store
        self.lists = lists
    }

    static let header = "dvk-model-index\t2"

    var path: String { store.directory.path + "/.index/models.tsv" }

    /// What a load found: the summaries, the files that could not be read, and how many were
    /// decoded (not taken from the index).
    public struct Result: Sendable {
        public var summaries: [ModelSummary]
        public var problems: [StorageError]
        public var decoded: Int
    }

    /// Every model's summary, decoding only the files that changed since the index was written.
    public func load() -> Result {
        let folder = store.directory.folder(for: .model)
        let known = readIndex()
        var fresh: [(entry: Entry, summary: ModelSummary)] = []
        var stale: [(id: String, stamp: FileStamp)] = []
        for id in store.ids(of: .model) {
            guard let stamp = FileStamp(path: "\(folder)/\(id).json") else { continue }
            if let cached = known[id], cached.stamp == stamp {
                fresh.append((cached, cached.summary))
            } else {
                stale.append((id, stamp))
            }
        }
        var problems: [StorageError] = []
        if !stale.isEmpty {
            let report = store.load(ModelRecord.self, ids: stale.map(\.id))
            problems = report.problems
            let stamps = Dictionary(uniqueKeysWithValues: stale.map { ($0.id, $0.stamp) })
            for record in report.records {
                guard let stamp = stamps[record.id] else { continue }
                let summary = ModelSummary(record, lists: lists)
                fresh.append((Entry(stamp: stamp, summary: summary), summary))
            }
            writeIndex(fresh.map(\.entry))
        } else if fresh.count != known.count {
            writeIndex(fresh.map(\.entry))
        }
        return Result(summaries: fresh.map(\.summary), problems: problems, decoded: stale.count)
    }

    // MARK: - The file

    struct Entry: Sendable {
        var stamp: FileStamp
        var summary: ModelSummary
    }

    private func readIndex() -> [String: Entry] {
        guard let bytes = try? DurableFile.read(path) else { return [:] }
        // Split on bytes, not Characters: a tab or newline never occurs inside a UTF-8 sequence,
        // and grapheme-aware splitting of 10,000 lines costs more than the rest of the start.
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)[...]
        guard let first = lines.first, String(decoding: first, as: UTF8.self) == ModelIndex.header else { return [:] }
        lines = lines.dropFirst()
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(lines.count)
        for line in lines {
            let f = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map(ModelIndex.field)
            guard f.count == 16, let mtime = Int64(f[1]), let size = Int64(f[2]), let revision = Int(f[3]), let year = Int(f[4]) else { continue }
            let summary = ModelSummary(id: f[0], revision: revision, year: year, unit: f[5], level: f[6], subject: f[7], kind: f[8],
                                       field: f[9], state: f[10], displayName: f[11], searchKey: Array(f[12].utf8),
                                       stateSince: f[13].isEmpty ? nil : Day(parsing: f[13]), inspectionCount: Int(f[14]) ?? 0,
                                       appraisers: f[15].isEmpty ? [] : f[15].split(separator: ModelIndex.listSeparator).map(String.init))
            entries[f[0]] = Entry(stamp: FileStamp(modified: mtime, size: size), summary: summary)
        }
        return entries
    }

    /// One field of a line: its text, unescaped only when it holds a backslash.
    private static func field(_ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return bytes.contains(UInt8(ascii: "\\")) ? unescape(text) : text
    }

    private func writeIndex(_ entries: [Entry]) {
        var text = ModelIndex.header + "\n"
        for e in entries {
            let s = e.summary
            let fields = [s.id, String(e.stamp.modified), String(e.stamp.size), String(s.revision), String(s.year), s.unit, s.level,
                          s.subject, s.kind, s.field, s.state, s.displayName, String(decoding: s.searchKey, as: UTF8.self),
                          s.stateSince?.iso ?? "", String(s.inspectionCount), s.appraisers.joined(separator: String(ModelIndex.listSeparator))]
            text += fields.map(ModelIndex.escape).joined(separator: "\t") + "\n"
        }
        // Best effort: a failed write only means the next start decodes more files.
        try? DurableFile.makeFolder(DurableFile.parentFolder(of: path))
        try? DurableFile.write(Array(text.utf8), to: path)
    }

    /// Between the appraisers of one line: a control character, which names never hold.
    static let listSeparator: Character = "\u{1F}"

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func unescape(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return text }
        var out = ""
        var escaping = false
        for c in text {
            if escaping {
                out.append(c == "t" ? "\t" : c == "n" ? "\n" : c)
                escaping = false
            } else if c == "\\" {
                escaping = true
            } else {
                out.append(c)
            }
        }
        return out
    }
}

/// A file's size and modification time (nanoseconds), which say whether it changed.
struct FileStamp: Sendable, Equatable {
    var modified: Int64
    var size: Int64

    init(modified: Int64, size: Int64) {
        self.modified = modified
        self.size = size
    }

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        size = Int64(info.st_size)
    }
}

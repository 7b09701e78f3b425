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
    /// The largest index read (about 300 bytes a model: 100,000 models take 30 MB).
    static let readLimit = 256 << 20

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
        // One open folder and fstatat per file: no walk of the whole path for each of them.
        let folderFD = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if folderFD >= 0 { close(folderFD) } }
        for id in store.ids(of: .model) {
            guard let stamp = folderFD >= 0 ? FileStamp(folder: folderFD, name: "\(id).json") : FileStamp(path: "\(folder)/\(id).json") else { continue }
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

    /// The ids whose index line would be believed (its file's size and time match) but says
    /// something other than the record does: a tampered or damaged index. `dvk check` reports
    /// them; removing the index (``discard()``) makes the next start rebuild it.
    public func disagreements(with records: [ModelRecord]) -> [String] {
        let known = readIndex()
        let folder = store.directory.folder(for: .model)
        var ids: [String] = []
        for record in records {
            guard let entry = known[record.id], FileStamp(path: "\(folder)/\(record.id).json") == entry.stamp else { continue }
            if entry.summary != ModelSummary(record, lists: lists) { ids.append(record.id) }
        }
        let present = Set(records.map(\.id))
        ids += known.keys.filter { !present.contains($0) && FileStamp(path: "\(folder)/\($0).json") == known[$0]?.stamp }
        return ids.sorted()
    }

    /// Removes the index file; the next load rebuilds it from the records.
    public func discard() {
        unlink(path)
    }

    // MARK: - The file

    struct Entry: Sendable {
        var stamp: FileStamp
        var summary: ModelSummary
    }

    private func readIndex() -> [String: Entry] {
        guard let bytes = try? DurableFile.read(path, limit: ModelIndex.readLimit) else { return [:] }
        // One pass over the bytes: a tab or newline never occurs inside a UTF-8 sequence, and
        // splitting 10,000 lines into arrays of Strings cost more than the rest of the start.
        return bytes.withUnsafeBufferPointer { buffer -> [String: Entry] in
            var entries: [String: Entry] = [:]
            var fields: [Range<Int>] = []
            fields.reserveCapacity(16)
            var lineStart = 0, fieldStart = 0
            var sawHeader = false
            for position in 0...buffer.count {
                let byte = position < buffer.count ? buffer[position] : UInt8(ascii: "\n")
                if byte == UInt8(ascii: "\t") {
                    fields.append(fieldStart..<position)
                    fieldStart = position + 1
                } else if byte == UInt8(ascii: "\n") {
                    fields.append(fieldStart..<position)
                    if !sawHeader {
                        let header = String(decoding: UnsafeBufferPointer(rebasing: buffer[lineStart..<position]), as: UTF8.self)
                        guard header == ModelIndex.header else { return [:] }
                        sawHeader = true
                    } else if position > lineStart, let entry = ModelIndex.entry(fields.map { UnsafeBufferPointer(rebasing: buffer[$0]) }) {
                        entries[entry.summary.id] = entry
                    }
                    fields.removeAll(keepingCapacity: true)
                    lineStart = position + 1
                    fieldStart = position + 1
                }
            }
            return entries
        }
    }

    /// One line's entry from its sixteen fields; nil for a line that does not parse.
    private static func entry(_ b: [UnsafeBufferPointer<UInt8>]) -> Entry? {
        guard b.count == 16, let mtime = integer(b[1]), let size = integer(b[2]), let revision = integer(b[3]),
              let year = integer(b[4]) else { return nil }
        let appraisers = field(b[15])
        let summary = ModelSummary(id: field(b[0]), revision: Int(revision), year: Int(year), unit: field(b[5]), level: field(b[6]),
                                   subject: field(b[7]), kind: field(b[8]), field: field(b[9]), state: field(b[10]),
                                   displayName: field(b[11]), searchKey: Array(field(b[12]).utf8),
                                   stateSince: isoDay(b[13]), inspectionCount: Int(integer(b[14]) ?? 0),
                                   appraisers: appraisers.isEmpty ? [] : appraisers.split(separator: listSeparator).map(String.init))
        return Entry(stamp: FileStamp(modified: mtime, size: size), summary: summary)
    }

    /// A decimal integer written by `writeIndex`, read from its bytes (no String made).
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard !bytes.isEmpty else { return nil }
        var value: Int64 = 0
        var negative = false
        for (offset, byte) in bytes.enumerated() {
            if offset == 0 && byte == UInt8(ascii: "-") { negative = true; continue }
            guard byte >= 48 && byte <= 57 else { return nil }
            value = value &* 10 &+ Int64(byte - 48)
        }
        return negative ? -value : value
    }

    /// An ISO day `yyyy-mm-dd` read from its bytes; nil when empty or malformed.
    static func isoDay(_ bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        guard bytes.count == 10 else { return nil }
        guard let year = integer(UnsafeBufferPointer(rebasing: bytes[0..<4])), let month = integer(UnsafeBufferPointer(rebasing: bytes[5..<7])),
              let day = integer(UnsafeBufferPointer(rebasing: bytes[8..<10])) else { return nil }
        return Day(year: Int(year), month: Int(month), day: Int(day))
    }

    /// One field of a line: its text, unescaped only when it holds a backslash.
    private static func field(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
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
        // Staged in the data directory's staging folder, so a kill leaves no temporary file
        // beside the index (the next open clears the staging folder).
        try? DurableFile.makeFolder(DurableFile.parentFolder(of: path))
        try? DurableFile.makeFolder(store.directory.stagingFolder)
        try? DurableFile.write(Array(text.utf8), to: path, stagingFolder: store.directory.stagingFolder)
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
        guard lstat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The stamp of `name` in the open folder `folder`.
    init?(folder: Int32, name: String) {
        var info = stat()
        guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        self.init(info)
    }

    private init(_ info: stat) {
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        size = Int64(info.st_size)
    }
}

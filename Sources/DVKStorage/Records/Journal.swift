import DVKCore
import Foundation

/// One line of the append-only journal: who changed which record, when, how, and between which
/// revisions.
public struct JournalEntry: Sendable, Codable, Hashable {
    public var at: Timestamp
    public var by: String
    public var kind: RecordKind
    public var id: String
    /// What happened: `create`, `edit`, `move:<transition>`, `appraise`, `inspect`, `award`…
    public var action: String
    public var fromRevision: Int
    public var toRevision: Int
    public var note: String
    /// The commit this line belongs to: the lines of one multi-record save share it. Absent in
    /// journals written before the commit protocol.
    public var transaction: String?
    /// How many lines the commit has: the commit happened only if all of them are there.
    public var transactionLines: Int?

    /// The action of files a sync brought in from other offices (``RecordStore/applyIncoming(_:by:note:at:)``).
    public static let syncAction = "sync"

    public init(at: Timestamp, by: String, kind: RecordKind, id: String, action: String, fromRevision: Int, toRevision: Int,
                note: String = "", transaction: String? = nil, transactionLines: Int? = nil) {
        self.at = at
        self.by = by
        self.kind = kind
        self.id = id
        self.action = action
        self.fromRevision = fromRevision
        self.toRevision = toRevision
        self.note = note
        self.transaction = transaction
        self.transactionLines = transactionLines
    }
}

/// The journal file (`journal.jsonl`, JSON Lines): appended under the save lock, never rewritten.
public struct Journal: Sendable {
    public let path: String

    /// The journal lines of `entries`, each ending with a line end (appended by ``Transaction``).
    static func lines(_ entries: [JournalEntry]) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var bytes: [UInt8] = []
        for entry in entries {
            bytes += Array(try encoder.encode(entry))
            bytes.append(0x0A)
        }
        return bytes
    }

    /// The largest journal read (a committee's journal grows by a few hundred bytes a save).
    public static let readLimit = 1 << 30

    /// Every entry, with the lines that cannot be read reported by line number.
    public func read() throws -> (entries: [JournalEntry], problems: [LoadProblem]) {
        guard let bytes = try DurableFile.read(path, limit: Journal.readLimit) else { return ([], []) }
        return Journal.parse(bytes: bytes, path: path)
    }

    /// The entries of journal text read from `path`; each line that cannot be read (broken, or
    /// beyond the `JSONLimits`) is a problem at its line number.
    public static func parse(bytes: [UInt8], path: String) -> (entries: [JournalEntry], problems: [LoadProblem]) {
        var entries: [JournalEntry] = []
        var problems: [LoadProblem] = []
        let decoder = JSONDecoder()
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() where !line.isEmpty {
            let text = Array(line)
            do {
                try JSONLimits.check(text)
                entries.append(try decoder.decode(JournalEntry.self, from: Data(text)))
            } catch {
                var problem = LoadProblem.from(error, bytes: text, path: path)
                problem.line = number + 1
                if number == lines.count - 1 {
                    // No line end after it: a write that was cut short, kept apart from later lines.
                    problem.message = LocalizedText(vi: "dòng cuối bị cắt cụt (một lần ghi bị ngắt giữa chừng): " + problem.message.vi,
                                                    en: "the last line is cut short (a write was interrupted): " + problem.message.en)
                }
                problems.append(problem)
            }
        }
        return (entries, problems)
    }
}

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

    public init(at: Timestamp, by: String, kind: RecordKind, id: String, action: String, fromRevision: Int, toRevision: Int, note: String = "") {
        self.at = at
        self.by = by
        self.kind = kind
        self.id = id
        self.action = action
        self.fromRevision = fromRevision
        self.toRevision = toRevision
        self.note = note
    }
}

/// The journal file (`journal.jsonl`, JSON Lines): appended under the save lock, never rewritten.
public struct Journal: Sendable {
    public let path: String

    func append(_ entries: [JournalEntry]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var bytes: [UInt8] = []
        for entry in entries {
            bytes += Array(try encoder.encode(entry))
            bytes.append(0x0A)
        }
        try DurableFile.append(bytes, to: path)
    }

    /// Every entry, with the lines that cannot be read reported by line number.
    public func read() throws -> (entries: [JournalEntry], problems: [LoadProblem]) {
        guard let bytes = try DurableFile.read(path) else { return ([], []) }
        return Journal.parse(bytes: bytes, path: path)
    }

    /// The entries of journal text read from `path`; each line that cannot be read (broken, or
    /// beyond the `JSONLimits`) is a problem at its line number.
    public static func parse(bytes: [UInt8], path: String) -> (entries: [JournalEntry], problems: [LoadProblem]) {
        var entries: [JournalEntry] = []
        var problems: [LoadProblem] = []
        let decoder = JSONDecoder()
        for (number, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            let text = Array(line)
            do {
                try JSONLimits.check(text)
                entries.append(try decoder.decode(JournalEntry.self, from: Data(text)))
            } catch {
                var problem = LoadProblem.from(error, bytes: text, path: path)
                problem.line = number + 1
                problems.append(problem)
            }
        }
        return (entries, problems)
    }
}

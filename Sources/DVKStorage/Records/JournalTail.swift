import DVKCore
import Foundation

/// The end of the journal as the commit protocol (``Transaction``) needs it: the last
/// transaction's lines, whether all of them are there, and a line cut short after them.
struct JournalTail {
    /// The trailing lines of one transaction.
    struct LastTransaction {
        var id: String
        var entries: [JournalEntry]
        /// Where its first line starts in the file.
        var offset: Int
        /// Whether every line the transaction announced is there.
        var complete: Bool
    }

    /// The journal's size in bytes.
    var size: Int
    /// Bytes after the last line end: a line whose write was cut short.
    var tornBytes: Int
    /// The transaction of the last whole line; nil when that line names none (journals written
    /// before the commit protocol) or there is no line.
    var lastTransaction: LastTransaction?

    /// Whether the journal ends without a line end.
    static func endsTorn(_ path: String) throws -> Bool {
        let last = try DurableFile.readTail(path, count: 1)
        return last.first.map { $0 != 0x0A } ?? false
    }

    /// Reads as much of the end of `path` as the last transaction takes (64 KiB, then doubling).
    static func read(_ path: String) throws -> JournalTail {
        let size = try DurableFile.size(path) ?? 0
        var chunk = 65_536
        while true {
            let bytes = try DurableFile.readTail(path, count: min(chunk, Journal.readLimit))
            let tail = parse(bytes, size: size, fromStart: bytes.count == size)
            if let tail { return tail }
            if bytes.count == size || chunk >= Journal.readLimit {
                return parse(bytes, size: size, fromStart: true) ?? JournalTail(size: size, tornBytes: 0, lastTransaction: nil)
            }
            chunk *= 2
        }
    }

    /// The tail found in `bytes` (the last bytes of a file of `size`); nil when the last
    /// transaction may begin before them and more must be read.
    private static func parse(_ bytes: [UInt8], size: Int, fromStart: Bool) -> JournalTail? {
        let lastNewline = bytes.lastIndex(of: 0x0A)
        let torn = bytes.count - (lastNewline.map { $0 + 1 } ?? 0)
        var result = JournalTail(size: size, tornBytes: torn, lastTransaction: nil)
        guard let lastNewline else { return fromStart ? result : nil }
        // Line ranges, last first; the first range of a chunk that does not start the file may be
        // the end of a longer line and is not used.
        var ends: [Int] = [lastNewline]
        var position = lastNewline
        while position > 0, let previous = bytes[..<position].lastIndex(of: 0x0A) {
            ends.append(previous)
            position = previous
        }
        let decoder = JSONDecoder()
        var collected: [JournalEntry] = []
        var transaction: String?
        var firstOffset = 0
        for (number, end) in ends.enumerated() {
            let start = number + 1 < ends.count ? ends[number + 1] + 1 : 0
            if start == 0 && !fromStart { return nil }
            let line = Array(bytes[start..<end])
            guard (try? JSONLimits.check(line)) != nil, let entry = try? decoder.decode(JournalEntry.self, from: Data(line)),
                  let id = entry.transaction, transaction == nil || transaction == id else { break }
            transaction = id
            collected.insert(entry, at: 0)
            firstOffset = size - bytes.count + start
            if collected.count == entry.transactionLines { break }
        }
        if let transaction {
            result.lastTransaction = LastTransaction(id: transaction, entries: collected, offset: firstOffset,
                                                     complete: collected.count == collected.last?.transactionLines)
        }
        return result
    }
}

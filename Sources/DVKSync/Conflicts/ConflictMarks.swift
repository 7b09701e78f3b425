import DVKCore
import DVKStorage

/// Which records hold conflicts, for the model list to mark them without reading every record:
/// `.index/conflicts` (one id a line), derived like the list index. A sync updates it for the
/// records it wrote, a resolution for its record; when it is missing in a directory that syncs,
/// it is rebuilt from the records once.
public struct ConflictMarks: Sendable {
    public let book: ConflictBook

    public init(store: RecordStore) {
        book = ConflictBook(store: store)
    }

    var path: String { book.store.directory.path + "/.index/conflicts" }

    /// The ids of the records that hold conflicts.
    public func ids() -> Set<String> {
        if let bytes = try? DurableFile.read(path, limit: 16 << 20) {
            return Set(String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init))
        }
        guard DurableFile.exists(book.store.directory.path + "/.git") else { return [] }
        let ids = Set(book.all().map(\.id))
        write(ids)
        return ids
    }

    /// Looks again at the records `changed` (after a sync wrote them or a conflict was resolved).
    public func refresh(_ changed: [String]) {
        var marked = ids()
        for id in changed {
            if let kind = book.kind(of: id), book.hasConflicts(kind: kind, id: id) { marked.insert(id) } else { marked.remove(id) }
        }
        write(marked)
    }

    private func write(_ ids: Set<String>) {
        try? DurableFile.makeFolder(book.store.directory.path + "/.index")
        try? DurableFile.write(Array(ids.sorted().map { $0 + "\n" }.joined().utf8), to: path)
    }
}

import DVKCore

/// The git operations a sync is made of, over ``GitCommand``: refs, trees, blobs and the
/// changed paths between two commits. Paths are relative to the data directory.
public struct GitRepository: Sendable {
    public let git: GitCommand

    public init(git: GitCommand) {
        self.git = git
    }

    /// The folder of the repository's own files (`.git`).
    public var gitFolder: String { git.workTree + "/.git" }

    /// The commit a ref points at, or nil when it does not exist.
    public func commit(_ ref: String) throws -> String? {
        let output = try git.run(["rev-parse", "--verify", "--quiet", ref + "^{commit}"])
        guard output.succeeded else { return nil }
        let id = output.text.trimmingSpaces
        return id.isEmpty ? nil : id
    }

    /// Points `ref` at `commit`.
    public func setRef(_ ref: String, to commit: String) throws {
        try git.check(["update-ref", ref, commit])
    }

    public func deleteRef(_ ref: String) throws {
        try git.check(["update-ref", "-d", ref])
    }

    /// Whether `ancestor` is an ancestor of (or the same as) `descendant`.
    public func isAncestor(_ ancestor: String, of descendant: String) throws -> Bool {
        try git.run(["merge-base", "--is-ancestor", ancestor, descendant]).status == 0
    }

    /// One changed path between two commits, with the blob ids on both sides (git's zero id
    /// where a side has no file).
    public struct Change: Sendable, Hashable {
        /// `A`dded, `M`odified, `D`eleted.
        public var status: Character
        public var path: String
        public var oldBlob: String
        public var newBlob: String
    }

    /// The files that differ between two commits (`from` nil: the empty tree).
    public func changes(from: String?, to: String) throws -> [Change] {
        let base = from ?? GitRepository.emptyTree
        let output = try git.check(["diff-tree", "-r", "--no-renames", "--raw", "-z", base, to])
        // Records of ":oldmode newmode oldblob newblob status" NUL "path" NUL.
        let fields = output.standardOutput.split(separator: 0, omittingEmptySubsequences: true).map { String(decoding: $0, as: UTF8.self) }
        var result: [Change] = []
        var index = 0
        while index + 1 < fields.count {
            let header = fields[index].split(separator: " ")
            if header.count == 5, let status = header[4].first {
                result.append(Change(status: status, path: fields[index + 1], oldBlob: String(header[2]), newBlob: String(header[3])))
            }
            index += 2
        }
        return result
    }

    /// The contents of `paths` in `commit`'s tree (nil for a path it does not have): for a few
    /// files; many changed files are read by blob id (``objects(_:)``), which is much faster.
    public func blobs(_ paths: [String], at commit: String) throws -> [String: [UInt8]] {
        let contents = try read(paths.map { "\(commit):\($0)" })
        var result: [String: [UInt8]] = [:]
        for path in paths { result[path] = contents["\(commit):\(path)"] }
        return result
    }

    /// The contents of blobs by id (the zero id and unknown ids are left out).
    public func objects(_ ids: [String]) throws -> [String: [UInt8]] {
        try read(ids.filter { $0 != GitRepository.zeroID })
    }

    /// `git cat-file --batch` over `names`, 2,000 a run.
    private func read(_ names: [String]) throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for start in stride(from: 0, to: names.count, by: 2000) {
            let batch = Array(names[start..<min(names.count, start + 2000)])
            let output = try git.check(["cat-file", "--batch"], input: Array(batch.map { $0 + "\n" }.joined().utf8)).standardOutput
            var position = 0
            for name in batch {
                guard let end = output[position...].firstIndex(of: 0x0A) else { break }
                let header = output[position..<end].split(separator: UInt8(ascii: " "))
                position = end + 1
                guard header.count == 3, String(decoding: header[1], as: UTF8.self) == "blob",
                      let size = Int(String(decoding: header[2], as: UTF8.self)), position + size <= output.count else { continue }
                result[name] = Array(output[position..<(position + size)])
                position += size + 1
            }
        }
        return result
    }

    /// The id git writes for "no file" in a change.
    public static let zeroID = String(repeating: "0", count: 40)

    /// The id of the empty tree (git's well-known object).
    public static let emptyTree = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"
}

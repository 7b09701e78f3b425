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

    /// Whether the data directory is a repository dvk set up.
    public var exists: Bool { (try? git.run(["rev-parse", "--git-dir"]).succeeded) ?? false }

    /// The commit a ref points at, or nil when it does not exist.
    public func commit(_ ref: String) throws -> String? {
        let output = try git.run(["rev-parse", "--verify", "--quiet", ref + "^{commit}"])
        guard output.succeeded else { return nil }
        let id = output.text.trimmingSpaces
        return id.isEmpty ? nil : id
    }

    /// Points `ref` at `commit` (only if it still points at `old`, when given).
    public func setRef(_ ref: String, to commit: String, from old: String? = nil) throws {
        try git.check(["update-ref", ref, commit] + (old.map { [$0] } ?? []))
    }

    public func deleteRef(_ ref: String) throws {
        try git.check(["update-ref", "-d", ref])
    }

    /// Whether `ancestor` is an ancestor of (or the same as) `descendant`.
    public func isAncestor(_ ancestor: String, of descendant: String) throws -> Bool {
        try git.run(["merge-base", "--is-ancestor", ancestor, descendant]).status == 0
    }

    /// One changed path between two commits (`from` nil: the empty tree).
    public struct Change: Sendable, Hashable {
        /// `A`dded, `M`odified, `D`eleted.
        public var status: Character
        public var path: String
    }

    /// The record files and journals that differ between two commits.
    public func changes(from: String?, to: String) throws -> [Change] {
        let base = from ?? GitRepository.emptyTree
        let output = try git.check(["diff-tree", "-r", "--no-renames", "--name-status", "-z", base, to])
        var fields = output.standardOutput.split(separator: 0, omittingEmptySubsequences: true).map { String(decoding: $0, as: UTF8.self) }
        var result: [Change] = []
        while fields.count >= 2 {
            let status = fields.removeFirst(), path = fields.removeFirst()
            result.append(Change(status: status.first ?? "M", path: path))
        }
        return result
    }

    /// The contents of `path` in each of `commits`' trees, read in batches by one `cat-file`
    /// per batch; nil for a path a commit does not have.
    public func blobs(_ paths: [String], at commit: String) throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for start in stride(from: 0, to: paths.count, by: 2000) {
            let batch = Array(paths[start..<min(paths.count, start + 2000)])
            let input = batch.map { "\(commit):\($0)\n" }.joined()
            let output = try git.check(["cat-file", "--batch"], input: Array(input.utf8)).standardOutput
            var position = 0
            for path in batch {
                guard let end = output[position...].firstIndex(of: 0x0A) else { break }
                let header = String(decoding: output[position..<end], as: UTF8.self)
                position = end + 1
                let parts = header.split(separator: " ")
                guard parts.count == 3, parts[1] == "blob", let size = Int(parts[2]), position + size <= output.count else { continue }
                result[path] = Array(output[position..<(position + size)])
                position += size + 1
            }
        }
        return result
    }

    /// The id of the empty tree (git's well-known object).
    public static let emptyTree = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"
}

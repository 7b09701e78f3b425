import DVKCore
import DVKStorage

/// A sync carried in one file (`dvk sync --to-file` / `--from-file`): a git bundle of the
/// branch `main`. Reading one is all or nothing: `git bundle verify` checks its header and
/// what it needs, then `git fetch` unpacks it into a ref of its own while checking every
/// object's hash and the pack's checksum; a truncated or altered file fails one of these and
/// leaves every ref, file and the working tree as they were.
struct BundleFile {
    let path: String
    let repository: GitRepository

    /// The head a bundle must carry.
    static let branch = "refs/heads/main"

    /// Fetches the bundle's `main` into `ref`; returns its commit.
    func fetch(into ref: String) throws -> String {
        guard DurableFile.exists(path) else { throw SyncError.badBundle(path: path, message: "no such file") }
        let git = repository.git
        let verify = try git.run(["bundle", "verify", "--quiet", path])
        guard verify.succeeded else { throw SyncError.badBundle(path: path, message: lastLine(verify.errorText)) }
        let heads = try git.run(["bundle", "list-heads", path, BundleFile.branch])
        guard heads.succeeded, heads.text.contains(BundleFile.branch) else {
            throw SyncError.badBundle(path: path, message: "no \(BundleFile.branch)")
        }
        let fetched = try git.run(["fetch", "--quiet", "--no-tags", path, "+\(BundleFile.branch):\(ref)"])
        guard fetched.succeeded, let commit = try repository.commit(ref) else {
            throw SyncError.badBundle(path: path, message: lastLine(fetched.errorText))
        }
        let check = try git.run(["fsck", "--no-dangling", "--connectivity-only", commit])
        guard check.succeeded else { throw SyncError.badBundle(path: path, message: lastLine(check.errorText)) }
        return commit
    }

    /// Writes the whole branch into the file (git writes it beside and renames it into place),
    /// then reads it back with `git bundle verify`.
    func write() throws {
        let git = repository.git
        try git.check(["bundle", "create", "--quiet", path, BundleFile.branch])
        let verify = try git.run(["bundle", "verify", "--quiet", path])
        guard verify.succeeded else { throw SyncError.badBundle(path: path, message: lastLine(verify.errorText)) }
    }

    private func lastLine(_ text: String) -> String {
        text.split(separator: "\n").last.map { String($0) } ?? ""
    }
}

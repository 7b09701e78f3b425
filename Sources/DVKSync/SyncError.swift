/// What can stop a sync, setup or merge, each with the message a user reads (the command line
/// and the app translate them through their string tables).
public enum SyncError: Error, Sendable, Equatable {
    /// `git` could not be started (not installed, not on PATH).
    case gitMissing(String)
    /// A git command failed; its own message.
    case gitFailed(command: String, message: String)
    /// `dvk sync` in a data directory where `dvk sync setup` has not run.
    case notSetUp(path: String)
    /// An office code that is not 2 to 12 capital letters or digits.
    case badOfficeCode(String)
    /// `dvk sync` without a remote and without `--to-file` / `--from-file`.
    case noRemote
    /// A bundle file that git does not accept: truncated, altered, or not a bundle.
    case badBundle(path: String, message: String)
    /// The two histories could not be merged file by file (a record removed on one side and
    /// changed on the other, a file the driver could not read on both sides).
    case mergeStopped(paths: [String])
    /// Another sync of this data directory is running.
    case busy
    /// `restore --at REV`: the record has no such version in the history.
    case versionNotFound(id: String, revision: String)
}

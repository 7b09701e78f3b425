import Foundation
#if canImport(Glibc)
import Glibc
#endif
import DVKCore
import DVKStorage

/// `dvk sync setup --office CODE [--remote URL]`: makes a data directory (new or with data) a
/// git working tree that dvk can synchronise.
///
/// Writes the office code (`office.json`, private to the machine), creates the repository
/// (branch `main`), writes `.gitignore` (only records and journals are shared: the index, the
/// lock, staged and temporary files, the configuration and backups stay on the machine) and
/// `.gitattributes` (record files go to the `dvk-record` merge driver, journals merge as
/// unions), registers the driver with the absolute path of the running dvk in `.git/config`
/// (never in a committed file), sets the remote, and commits the data as it is.
public struct SyncSetup: Sendable {
    public let directory: DataDirectory
    /// The absolute path of the dvk executable git runs as the merge driver.
    public let driverPath: String

    public init(directory: DataDirectory, driverPath: String) {
        self.directory = directory
        self.driverPath = driverPath
    }

    /// The folder of every office's shared journal (`journals/<OFFICE>.jsonl`).
    public static let journalsFolder = "journals"
    /// The name of the merge driver in `.git/config` and `.gitattributes`.
    public static let driverName = "dvk-record"

    static let gitignore = """
        # dvk sync: only the records and the offices' journals are shared. The index, the lock,
        # staged files, the configuration, backups and this machine's office code stay here.
        /*
        !/.gitignore
        !/.gitattributes
        !/models/
        !/inspections/
        !/decisions/
        !/journals/
        /models/.*
        /inspections/.*
        /decisions/.*
        /journals/.*
        .merge_file_*

        """

    static let gitattributes = """
        # dvk sync: record files merge by meaning (dvk merge-record), journals as unions of lines.
        * -text
        /models/*.json merge=dvk-record
        /inspections/*.json merge=dvk-record
        /decisions/*.json merge=dvk-record
        /journals/*.jsonl merge=union

        """

    /// Sets the directory up for office `office` with `remote` (nil keeps the one set before)
    /// and commits what is there, as `actor`. Running it again updates the code, the remote and
    /// the driver's path.
    public func run(office: String, remote: String?, actor: String, at time: Timestamp, language: Language) throws {
        guard OfficeCode.isValid(office) else { throw SyncError.badOfficeCode(office) }
        try OfficeCode(office: office).write(to: directory)
        let git = GitCommand(workTree: directory.path, environment: SyncIdentity(actor: actor, office: office).environment)
        if !DurableFile.exists(directory.path + "/.git") {
            // A directory a group shares (setgid, `dvk init --group`): the repository too.
            try git.check(["init", "--quiet", "--initial-branch=main"] + (isGroupShared ? ["--shared=group"] : []))
        }
        try DurableFile.write(Array(SyncSetup.gitignore.utf8), to: directory.path + "/.gitignore")
        try DurableFile.write(Array(SyncSetup.gitattributes.utf8), to: directory.path + "/.gitattributes")
        try registerDriver(git)
        if let remote {
            if try git.run(["remote", "get-url", "origin"]).succeeded {
                try git.check(["remote", "set-url", "origin", remote])
            } else {
                try git.check(["remote", "add", "origin", remote])
            }
        }
        let engine = SyncEngine(directory: directory, actor: actor, office: office, language: language)
        _ = try engine.commitLocal(at: time)
    }

    /// Whether the data directory is shared by a group (its setgid bit, set by `dvk init --group`).
    var isGroupShared: Bool {
        var info = stat()
        return stat(directory.path, &info) == 0 && info.st_mode & S_ISGID != 0
    }

    /// Writes the driver's command into `.git/config` with the path quoted for the shell git
    /// runs it through.
    public func registerDriver(_ git: GitCommand) throws {
        let quoted = "'" + driverPath.replacingOccurrences(of: "'", with: "'\\''") + "'"
        try git.check(["config", "merge.\(SyncSetup.driverName).name", "dvk: merge records by meaning"])
        try git.check(["config", "merge.\(SyncSetup.driverName).driver", "\(quoted) merge-record %O %A %B %P"])
    }
}

/// Who a sync's commits are from: the dvk user at their office (`login@OFFICE`), given to git
/// through the environment so no git configuration is needed.
public struct SyncIdentity: Sendable {
    public var actor: String
    public var office: String

    public init(actor: String, office: String) {
        self.actor = actor
        self.office = office
    }

    public var environment: [String: String] {
        let email = "\(actor)@\(office)"
        return ["GIT_AUTHOR_NAME": actor, "GIT_AUTHOR_EMAIL": email, "GIT_COMMITTER_NAME": actor, "GIT_COMMITTER_EMAIL": email]
    }
}

import DVKCore
#if canImport(Glibc)
import Glibc
#endif

/// The data directory of P5: `config/`, `models/`, `inspections/`, `decisions/`, the journal
/// and `backups/`, all plain files.
public struct DataDirectory: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    /// The folder to use: `--data`, then `DVK_DATA`, then `$XDG_DATA_HOME/dvk`, then
    /// `~/.local/share/dvk`.
    public static func resolve(explicit: String?, environment: [String: String]) -> DataDirectory {
        if let explicit, !explicit.isEmpty { return DataDirectory(path: explicit) }
        if let value = environment["DVK_DATA"], !value.isEmpty { return DataDirectory(path: value) }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return DataDirectory(path: xdg + "/dvk") }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
        return DataDirectory(path: home + "/.local/share/dvk")
    }

    public var configFolder: String { path + "/config" }
    public var journalPath: String { path + "/journal.jsonl" }
    public var lockPath: String { path + "/.lock" }
    public var markerPath: String { path + "/dvk.json" }
    public var backupsFolder: String { path + "/backups" }
    /// Where saves stage their files before they are renamed into place (``Transaction``).
    public var stagingFolder: String { path + "/.tmp" }

    public func folder(for kind: RecordKind) -> String { "\(path)/\(kind.folder)" }
    public func file(for kind: RecordKind, id: String) -> String { "\(folder(for: kind))/\(id).json" }
    public func configFile(_ name: String) -> String { "\(configFolder)/\(name)" }

    /// Whether `dvk init` has run here.
    public var isInitialised: Bool { DurableFile.exists(markerPath) }

    /// The configuration files `init` copies from the defaults, by name.
    public static let configFiles = ["lists.json", "units.json", "rubric.json", "users.json", "headers.json", "workflow.json", "committee.json",
                                     "legal-bases.json", "decision.json", "report-templates.json"]

    /// Creates the directory from the default configuration, with `records` (the demo data set)
    /// when given. The user running it becomes admin; `allowEnvironmentUser` lets `DVK_USER`
    /// name the acting user (tests, kiosk accounts); `group` makes it a directory the members of
    /// that system group share.
    ///
    /// All or nothing: a new directory is built in a hidden folder beside `path` and renamed to
    /// `path` at the end, so a kill or a full disk leaves no half-built directory. An existing
    /// empty folder (one the administrator made for the group) is filled in place with
    /// `dvk.json` written last; a folder left half-built by an interrupted `init` holds only
    /// dvk's own names and no `dvk.json`, and is emptied and built again.
    ///
    /// `overrides` (file name → contents) replace default configuration files: a committee's own
    /// letterheads, units and profile (`dvk init --level …`, `--config DIR`, the demo's).
    public func create(from defaults: DefaultsLocation, admin: UsersConfig.User, extraUsers: [UsersConfig.User] = [],
                       allowEnvironmentUser: Bool, group: String? = nil, overrides: [String: [UInt8]] = [:],
                       records: [RecordChange] = [], at time: Timestamp) throws {
        if isInitialised { throw StorageError.alreadyInitialised(path: path) }
        let gid = try group.map { name -> gid_t in
            guard let gid = FileModes.groupID(named: name) else { throw StorageError.groupNotFound(name) }
            return gid
        }
        let build = { (target: DataDirectory) in
            try target.build(from: defaults, admin: admin, extraUsers: extraUsers, allowEnvironmentUser: allowEnvironmentUser,
                             gid: gid, overrides: overrides, records: records, at: time)
        }
        if DurableFile.exists(path) {
            let names = DurableFile.names(in: path)
            guard DurableFile.isFolder(path), names.allSatisfy(DataDirectory.ownNames.contains) else { throw StorageError.notEmpty(path: path) }
            for name in names { FileTree.remove(path + "/" + name) }
            try build(self)
            return
        }
        let parent = DurableFile.parentFolder(of: path)
        let prefix = ".\(DurableFile.baseName(of: path)).init-"
        for name in DurableFile.names(in: parent) where name.hasPrefix(prefix) { FileTree.remove(parent + "/" + name) }
        let staging = DataDirectory(path: parent + "/" + prefix + DurableFile.randomToken())
        do {
            try build(staging)
            guard rename(staging.path, path) == 0 else { throw StorageError.io(path: path, operation: "rename", code: errno) }
            try DurableFile.syncFolder(parent)
        } catch {
            FileTree.remove(staging.path)
            throw error
        }
    }

    /// Converts an existing directory into one the members of system group `group` share:
    /// every folder 2770 and file 0660, all given to the group. Run it as the owner of the files
    /// (or root); a link inside is refused. Holds the save lock meanwhile.
    public func share(group: String) throws {
        guard isInitialised else { throw StorageError.notInitialised(path: path) }
        guard let gid = FileModes.groupID(named: group) else { throw StorageError.groupNotFound(group) }
        let lock = try FileLock(path: lockPath)
        try DurableFile.makeFolder(stagingFolder)
        try FileModes.share(path, with: gid)
        withExtendedLifetime(lock) {}
    }

    /// Every name dvk makes at the top of a data directory.
    static let ownNames: Set<String> = ["dvk.json", "config", "models", "inspections", "decisions", "backups", "journal.jsonl",
                                        ".tmp", ".index", ".lock"]

    private func build(from defaults: DefaultsLocation, admin: UsersConfig.User, extraUsers: [UsersConfig.User],
                       allowEnvironmentUser: Bool, gid: gid_t?, overrides: [String: [UInt8]], records: [RecordChange],
                       at time: Timestamp) throws {
        try DurableFile.makeFolder(path)
        if let gid {
            try FileModes.give(path, to: gid)
            try FileModes.apply(path: path, mode: FileModes.folder)
        }
        for folder in [configFolder, backupsFolder, stagingFolder] + RecordKind.allCases.map(folder(for:)) {
            try DurableFile.makeFolder(folder)
        }
        for name in DataDirectory.configFiles where name != "users.json" {
            let source = defaults.configFolder + "/" + name
            guard let bytes = try overrides[name] ?? DurableFile.read(source) else { throw StorageError.defaultsNotFound(searched: [source]) }
            try DurableFile.write(bytes, to: configFile(name), stagingFolder: stagingFolder)
        }
        let usersSource = defaults.configFolder + "/users.json"
        guard let usersBytes = try overrides["users.json"] ?? DurableFile.read(usersSource) else {
            throw StorageError.defaultsNotFound(searched: [usersSource])
        }
        var users = try RecordCoding.decodeConfig(UsersConfig.self, from: usersBytes, path: usersSource)
        users.users = [admin] + extraUsers.filter { $0.login != admin.login }
        users.allowEnvironmentUser = allowEnvironmentUser
        try DurableFile.write(RecordCoding.encode(users), to: configFile("users.json"), stagingFolder: stagingFolder)
        try DurableFile.append([], to: journalPath)
        if !records.isEmpty { try RecordStore(directory: self).commit(records, by: admin.login, at: time) }
        let marker = DirectoryMarker(format: "dvk-data", schemaVersion: 1, created: Stamp(at: time, by: admin.login))
        try DurableFile.write(RecordCoding.encode(marker), to: markerPath, stagingFolder: stagingFolder)
        if let gid { try FileModes.share(path, with: gid) }
    }

    /// Loads every configuration file; the first broken file is reported with its line and column.
    /// Before that, an interrupted save is completed and leftover staged files are removed
    /// (``Transaction/recover()``), unless another process is saving right now (it does it).
    public func loadConfiguration() throws -> Configuration {
        guard isInitialised else {
            // A folder the user may not enter (not in its group) is not "uninitialised".
            if access(path, X_OK) != 0 && errno == EACCES { throw StorageError.io(path: path, operation: "open", code: EACCES) }
            throw StorageError.notInitialised(path: path)
        }
        // A link in place of one of dvk's folders would lead every read and save out of the
        // data directory.
        for name in DataDirectory.ownNames where DurableFile.isLink(path + "/" + name) && !name.hasSuffix("json") && name != ".lock" {
            throw StorageError.notRegularFile(path: path + "/" + name)
        }
        let transaction = Transaction(directory: self)
        if transaction.needsRecovery, let lock = FileLock(tryingPath: lockPath) {
            try transaction.recover()
            withExtendedLifetime(lock) {}
        }
        return try ConfigurationFiles.load(from: configFolder)
    }
}

/// Reads the configuration files of one folder (a data directory's `config/` or the shipped
/// defaults).
public enum ConfigurationFiles {
    /// The configuration of `folder`, each file taken from `overlay` instead when it has one (the
    /// demo's Chiêm Hóa files over the shipped defaults). A folder without `committee.json` was
    /// configured by hand before the file existed: it counts as set up.
    public static func load(from folder: String, overlay: String? = nil) throws -> Configuration {
        func path(_ name: String) -> String {
            if let overlay, DurableFile.exists(overlay + "/" + name) { return overlay + "/" + name }
            return folder + "/" + name
        }
        let committeePath = path("committee.json")
        var configuration = Configuration(
            lists: try decode(ListCatalog.self, path("lists.json")),
            units: try decode(UnitsFile.self, path("units.json")).units,
            rubric: try decode(Rubric.self, path("rubric.json")),
            users: try decode(UsersConfig.self, path("users.json")),
            headers: try decode(DocumentHeaders.self, path("headers.json")),
            workflow: try decode(WorkflowDefinition.self, path("workflow.json")))
        if DurableFile.exists(committeePath) { configuration.committee = try decode(CommitteeProfile.self, committeePath) }
        // Files added after the first data directories were made: absent means none.
        if DurableFile.exists(path("legal-bases.json")) { configuration.legalBases = try decode(LegalBases.self, path("legal-bases.json")) }
        if DurableFile.exists(path("decision.json")) { configuration.decisionWording = try decode(DecisionWording.self, path("decision.json")) }
        let templatesPath = path(reportTemplatesFile)
        if DurableFile.exists(templatesPath) {
            configuration.reportTemplates = try decode(ReportTemplates.self, templatesPath, limit: reportTemplatesLimit)
        }
        for file in SettingsStore.files {
            configuration.revisions[file] = try SettingsStore.revision(ofFileAt: path(file + ".json"))
        }
        return configuration
    }

    /// The report's wording, and the most it may weigh.
    public static let reportTemplatesFile = "report-templates.json"
    public static let reportTemplatesLimit = 256 << 10

    /// One JSON file decoded as `T`; a missing file, one over `limit` bytes or a broken one is a
    /// positioned error.
    public static func decode<T: Decodable>(_ type: T.Type, _ path: String, limit: Int = DurableFile.defaultReadLimit) throws -> T {
        guard let bytes = try DurableFile.read(path, limit: limit) else { throw StorageError.io(path: path, operation: "open", code: ENOENT) }
        return try RecordCoding.decodeConfig(type, from: bytes, path: path)
    }
}

/// `dvk.json`: marks a folder as a dvk data directory.
struct DirectoryMarker: Codable {
    var format: String
    var schemaVersion: Int
    var created: Stamp
}

/// Where the shipped defaults (`data/config`, `data/demo`) are: `DVK_DEFAULTS`, then
/// `<executable>/../share/dvk`, then the nearest `data/` folder above the executable (a build
/// inside the source tree).
public struct DefaultsLocation: Sendable {
    public let root: String

    public var configFolder: String { root + "/config" }
    public var demoFolder: String { root + "/demo" }
    /// The demo committee's own files (Chiêm Hóa district's letterheads, units and profile),
    /// laid over `configFolder` for `dvk init --demo`.
    public var demoConfigFolder: String { root + "/demo/config" }
    /// Today's provinces and centrally-run cities.
    public var provincesFile: String { configFolder + "/provinces.json" }

    public init(root: String) { self.root = root }

    /// The files of `folder` that are configuration files, by name: what `--config DIR` and the
    /// demo lay over the defaults.
    public static func configOverrides(from folder: String) throws -> [String: [UInt8]] {
        var found: [String: [UInt8]] = [:]
        for name in DataDirectory.configFiles {
            if let bytes = try DurableFile.read(folder + "/" + name) { found[name] = bytes }
        }
        return found
    }

    public static func find(environment: [String: String]) throws -> DefaultsLocation {
        var searched: [String] = []
        func accept(_ candidate: String) -> DefaultsLocation? {
            searched.append(candidate)
            return DurableFile.exists(candidate + "/config/workflow.json") ? DefaultsLocation(root: candidate) : nil
        }
        if let value = environment["DVK_DEFAULTS"], !value.isEmpty, let found = accept(value) { return found }
        var folder = DurableFile.parentFolder(of: executablePath())
        if let found = accept(folder + "/../share/dvk") { return found }
        while folder != "/" && !folder.isEmpty {
            if let found = accept(folder + "/data") { return found }
            folder = DurableFile.parentFolder(of: folder)
        }
        throw StorageError.defaultsNotFound(searched: searched)
    }

    static func executablePath() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return CommandLine.arguments.first ?? "." }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

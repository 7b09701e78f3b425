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

    public func folder(for kind: RecordKind) -> String { "\(path)/\(kind.folder)" }
    public func file(for kind: RecordKind, id: String) -> String { "\(folder(for: kind))/\(id).json" }
    public func configFile(_ name: String) -> String { "\(configFolder)/\(name)" }

    /// Whether `dvk init` has run here.
    public var isInitialised: Bool { DurableFile.exists(markerPath) }

    /// The configuration files `init` copies from the defaults, by name.
    public static let configFiles = ["lists.json", "units.json", "rubric.json", "users.json", "headers.json", "workflow.json"]

    /// Creates the directory from the default configuration. The user running it becomes admin;
    /// `allowEnvironmentUser` lets `DVK_USER` name the acting user (tests, kiosk accounts).
    public func create(from defaults: DefaultsLocation, admin: UsersConfig.User, extraUsers: [UsersConfig.User] = [],
                       allowEnvironmentUser: Bool, at time: Timestamp) throws {
        if isInitialised { throw StorageError.alreadyInitialised(path: path) }
        for folder in [path, configFolder, backupsFolder] + RecordKind.allCases.map(folder(for:)) {
            try DurableFile.makeFolder(folder)
        }
        for name in DataDirectory.configFiles where name != "users.json" {
            let source = defaults.configFolder + "/" + name
            guard let bytes = try DurableFile.read(source) else { throw StorageError.defaultsNotFound(searched: [source]) }
            try DurableFile.write(bytes, to: configFile(name))
        }
        let usersSource = defaults.configFolder + "/users.json"
        guard let usersBytes = try DurableFile.read(usersSource) else { throw StorageError.defaultsNotFound(searched: [usersSource]) }
        var users = try RecordCoding.decodeConfig(UsersConfig.self, from: usersBytes, path: usersSource)
        users.users = [admin] + extraUsers.filter { $0.login != admin.login }
        users.allowEnvironmentUser = allowEnvironmentUser
        try DurableFile.write(RecordCoding.encode(users), to: configFile("users.json"))
        try DurableFile.append([], to: journalPath)
        let marker = DirectoryMarker(format: "dvk-data", schemaVersion: 1, created: Stamp(at: time, by: admin.login))
        try DurableFile.write(RecordCoding.encode(marker), to: markerPath)
    }

    /// Loads every configuration file; the first broken file is reported with its line and column.
    public func loadConfiguration() throws -> Configuration {
        guard isInitialised else { throw StorageError.notInitialised(path: path) }
        return try ConfigurationFiles.load(from: configFolder)
    }

    /// Rewrites one configuration file durably (users, units).
    public func saveConfig<T: Encodable>(_ value: T, as name: String) throws {
        let lock = try FileLock(path: lockPath)
        try DurableFile.write(RecordCoding.encode(value), to: configFile(name))
        withExtendedLifetime(lock) {}
    }
}

/// Reads the configuration files of one folder (a data directory's `config/` or the shipped
/// defaults).
public enum ConfigurationFiles {
    public static func load(from folder: String) throws -> Configuration {
        Configuration(
            lists: try decode(ListCatalog.self, folder + "/lists.json"),
            units: try decode(UnitsFile.self, folder + "/units.json").units,
            rubric: try decode(Rubric.self, folder + "/rubric.json"),
            users: try decode(UsersConfig.self, folder + "/users.json"),
            headers: try decode(DocumentHeaders.self, folder + "/headers.json"),
            workflow: try decode(WorkflowDefinition.self, folder + "/workflow.json"))
    }

    /// One JSON file decoded as `T`; a missing file or a broken one is a positioned error.
    public static func decode<T: Decodable>(_ type: T.Type, _ path: String) throws -> T {
        guard let bytes = try DurableFile.read(path) else { throw StorageError.io(path: path, operation: "open", code: ENOENT) }
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

    public init(root: String) { self.root = root }

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

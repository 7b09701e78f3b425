import DVKCore
import DVKStorage
import Foundation

/// Shared helpers of the test targets: the package's own paths, the shipped configuration, and
/// scratch folders.
public enum TestSupport {
    /// The package root (this file is `Tests/DVKTestSupport/TestSupport.swift`).
    public static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The shipped defaults (`data/`): today's two-tier structure, no committee set up.
    public static var shippedDefaults: DefaultsLocation { DefaultsLocation(root: packageRoot + "/data") }

    /// The defaults most tests build on: the shipped ones with the demo committee's files
    /// (Chiêm Hóa district of the seeds: its letterheads, units and profile) laid over them, as
    /// `dvk init --demo` lays them — made once per test run in a scratch folder.
    public static let defaults: DefaultsLocation = {
        let shipped = shippedDefaults
        let root = runFolder + "/defaults"
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: root + "/config", withIntermediateDirectories: true)
            for name in try manager.contentsOfDirectory(atPath: shipped.configFolder) {
                let overlay = shipped.demoConfigFolder + "/" + name
                let source = manager.fileExists(atPath: overlay) ? overlay : shipped.configFolder + "/" + name
                try manager.copyItem(atPath: source, toPath: root + "/config/" + name)
            }
            try manager.createSymbolicLink(atPath: root + "/demo", withDestinationPath: shipped.demoFolder)
        } catch {
            fatalError("the test defaults could not be made in \(root): \(error)")
        }
        return DefaultsLocation(root: root)
    }()

    /// The configuration most tests use: the demo committee's over the shipped defaults.
    public static func configuration() throws -> Configuration {
        try ConfigurationFiles.load(from: defaults.configFolder)
    }

    /// A new empty folder in this run's folder.
    public static func scratchFolder(_ name: String = "dvk-test") throws -> String {
        // mkdtemp: a name no other test of the run has, made atomically; then readable by the
        // shared-directory tests' other users, as folders made under umask 022 are.
        var template = Array("\(runFolder)/\(name)-XXXXXX".utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ $0.baseAddress.flatMap { mkdtemp($0) } }) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: runFolder, "errno": errno])
        }
        let path = String(cString: made)
        chmod(path, 0o755)
        return path
    }

    /// The folder every scratch folder of this test process goes in, under the system's
    /// temporary folder; removed when the process ends, so runs do not pile up thousands of
    /// data directories. Readable by all, as the shared-directory tests' other users need.
    public static let runFolder: String = {
        let path = NSTemporaryDirectory() + "dvk-tests-\(getpid())-\(UUID().uuidString.prefix(8))"
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        } catch {
            fatalError("the tests' scratch folder could not be made in \(path): \(error)")
        }
        atexit { try? FileManager.default.removeItem(atPath: TestSupport.runFolder) }
        return path
    }()

    /// A new data directory made from the shipped defaults, with `root` as administrator.
    public static func initialisedDirectory() throws -> DataDirectory {
        let directory = DataDirectory(path: try scratchFolder() + "/data")
        try directory.create(from: defaults, admin: .init(login: "root", name: "Quản trị", roles: ["admin"]),
                             allowEnvironmentUser: false, at: time)
        return directory
    }

    /// A fixed instant for records made in tests.
    public static let time = Timestamp(day: Day(year: 2025, month: 6, day: 12)!)

    /// An actor with the given roles.
    public static func actor(_ login: String = "thuky", roles: [String] = ["secretariat"]) -> Actor {
        Actor(login: login, name: login, roles: roles)
    }

    /// A model that passes every field guard of the default workflow up to `registration_review`.
    public static func completeModel(id: String = "2025-0001", state: String = "draft") -> ModelRecord {
        var r = ModelRecord(id: id, year: 2025, state: state, created: Stamp(at: time, by: "thuky"))
        r.name = "Thắp sáng đường quê"
        r.unit = "xa-binh-sa"
        r.level = "commune"
        r.subject = "collective"
        r.kind = "model"
        r.origin = "new"
        r.field = "culture_society"
        r.objectives = "Lắp 270 bóng đèn trên 10.700 m đường"
        r.personInCharge = PersonInCharge(name: "Nguyễn Văn Bình", position: "Bí thư chi bộ", phone: "0912345678")
        return r
    }
}

import DVKCore
import DVKStorage
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A data directory in a fresh temporary folder, created from the repository's defaults and
/// filled with `size` cloned model records through `RecordStore.commit` (journal included).
struct Fixture {
    static let batchSize = 1000

    let folder: String
    let directory: DataDirectory
    let store: RecordStore
    let configuration: Configuration
    let login: String
    let ids: [String]
    /// How long writing every record took, in milliseconds.
    let writeMs: Double

    init(size: Int, source: DemoSource, temporary: String) throws {
        folder = try Fixture.makeTemporaryFolder(in: temporary)
        directory = DataDirectory(path: folder + "/data")
        login = UserIdentity.systemLogin(environment: ProcessInfo.processInfo.environment)
        let now = Timestamp(seconds: Int64(Date().timeIntervalSince1970))
        try directory.create(from: source.defaults, admin: UsersConfig.User(login: login, name: login, roles: ["admin"]),
                             extraUsers: source.demo.users, allowEnvironmentUser: false,
                             overrides: try DefaultsLocation.configOverrides(from: source.defaults.demoConfigFolder), at: now)
        configuration = try directory.loadConfiguration()
        store = RecordStore(directory: directory)
        var cloner = RecordCloner(source: source)
        var written: [String] = []
        written.reserveCapacity(size)
        var total = 0.0
        var start = 0
        while start < size {
            let batch = cloner.records(start..<min(start + Fixture.batchSize, size))
            let changes = batch.map { RecordChange.model($0, expectedRevision: 0, action: "bench") }
            let (_, ms) = try Stopwatch.time { [store, login] in try store.commit(changes, by: login, at: now) }
            total += ms
            written += batch.map(\.id)
            start += Fixture.batchSize
        }
        ids = written
        writeMs = total
    }

    /// An existing data directory (`--data`), with a fresh temporary folder beside the figures
    /// for the files the measures write (a CSV for VisiData, standard error).
    init(existing path: String, temporary: String) throws {
        folder = try Fixture.makeTemporaryFolder(in: temporary)
        directory = DataDirectory(path: path)
        login = UserIdentity.systemLogin(environment: ProcessInfo.processInfo.environment)
        configuration = try directory.loadConfiguration()
        store = RecordStore(directory: directory)
        ids = store.ids(of: .model)
        writeMs = 0
    }

    /// Deletes the temporary folder and everything in it.
    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private static func makeTemporaryFolder(in parent: String) throws -> String {
        var template = Array((parent + "/dvk-bench-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            return mkdtemp(base) != nil
        }
        guard made else { throw BenchError("cannot create a temporary folder in \(parent): errno \(errno)") }
        return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// A failure that stops the benchmark, with its reason.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

import DVKCore
import Foundation

/// Copies of a data directory's files into `backups/<UTC time>/`, taken under the save lock so
/// a backup never holds half of a batch.
public struct Backup: Sendable {
    public let directory: DataDirectory

    public init(directory: DataDirectory) {
        self.directory = directory
    }

    /// Copies the marker, `config/`, the record folders and the journal; returns the new folder
    /// and the number of files copied. The copy is made in the staging folder and renamed into
    /// `backups/` whole, so an interrupted backup leaves no half of one there (the next open
    /// removes the staged copy).
    public func create(at time: Timestamp) throws -> (folder: String, files: Int) {
        let lock = try FileLock(path: directory.lockPath)
        defer { withExtendedLifetime(lock) {} }
        let stamp = time.iso.replacingOccurrences(of: ":", with: "").replacingOccurrences(of: "-", with: "")
        var folder = "\(directory.backupsFolder)/\(stamp)"
        var suffix = 1
        while DurableFile.exists(folder) {
            suffix += 1
            folder = "\(directory.backupsFolder)/\(stamp)-\(suffix)"
        }
        try DurableFile.makeFolder(directory.backupsFolder)
        let staging = "\(directory.stagingFolder)/backup-\(DurableFile.randomToken())"
        var copied = 0
        for sub in ["config"] + RecordKind.records.map(\.folder) {
            let source = "\(directory.path)/\(sub)"
            try DurableFile.makeFolder("\(staging)/\(sub)")
            for name in DurableFile.names(in: source) where name.hasSuffix(".json") && !name.hasPrefix(".") {
                guard let bytes = try DurableFile.read("\(source)/\(name)") else { continue }
                _ = try DurableFile.stage(bytes, in: "\(staging)/\(sub)", named: name)
                copied += 1
            }
            try DurableFile.syncFolder("\(staging)/\(sub)")
        }
        for file in ["dvk.json", "journal.jsonl"] {
            guard let bytes = try DurableFile.read("\(directory.path)/\(file)", limit: Journal.readLimit) else { continue }
            _ = try DurableFile.stage(bytes, in: staging, named: file)
            copied += 1
        }
        try DurableFile.syncFolder(staging)
        try DurableFile.install(staging, at: folder)
        try DurableFile.syncFolder(directory.backupsFolder)
        return (folder, copied)
    }
}

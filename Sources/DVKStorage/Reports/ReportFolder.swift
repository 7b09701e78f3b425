import DVKCore
import Foundation

/// Reads what the committee wrote for a report from the data directory's `reports/<period>/`
/// folder (`reports/2025/leadership.txt`, `reports/2025-H1/tasks.txt` …), safely: only the file
/// names the templates give (narrative ids, checked to be plain names) are opened, never a
/// listing; `reports` and the period's folder must be real folders, not links; each file is
/// opened without following a link, must be a regular file of at most ``fileLimit`` bytes and
/// hold UTF-8 text without control characters other than line ends and tabs.
public struct ReportFolder: Sendable {
    public static let folderName = "reports"
    public static let fileExtension = "txt"
    /// The most a narrative file may weigh.
    public static let fileLimit = 64 << 10

    public let directory: DataDirectory

    public init(directory: DataDirectory) {
        self.directory = directory
    }

    /// "reports/2025-H1": the period's folder relative to the data directory.
    public static func relativeFolder(_ period: ReportPeriod) -> String { folderName + "/" + period.text }

    /// The narratives `ids` (and the recipients file) of `period`; a missing folder or file is
    /// simply missing. Throws ``StorageError`` for a link, a non-regular or oversized file, or
    /// one that is not text.
    public func narratives(_ ids: [String], period: ReportPeriod) throws -> ReportNarratives {
        let relative = ReportFolder.relativeFolder(period)
        var found = ReportNarratives(folder: relative)
        for folder in [directory.path + "/" + ReportFolder.folderName, directory.path + "/" + relative] {
            guard DurableFile.exists(folder) else { return found }
            guard DurableFile.isFolder(folder) else { throw StorageError.notRegularFile(path: folder) }
        }
        for id in ids + [ReportNarratives.recipients] where ReportTemplates.isNarrativeID(id) {
            let path = "\(directory.path)/\(relative)/\(id).\(ReportFolder.fileExtension)"
            guard let bytes = try DurableFile.read(path, limit: ReportFolder.fileLimit) else { continue }
            found.texts[id] = try ReportFolder.text(bytes, path: path)
        }
        return found
    }

    /// The report's templates: the directory's own, else the shipped ones in `defaults`.
    public static func templates(_ configuration: Configuration, defaults: () throws -> DefaultsLocation) throws -> ReportTemplates {
        if let own = configuration.reportTemplates { return own }
        let path = try defaults().configFolder + "/" + ConfigurationFiles.reportTemplatesFile
        return try ConfigurationFiles.decode(ReportTemplates.self, path, limit: ConfigurationFiles.reportTemplatesLimit)
    }

    /// UTF-8 text without a byte-order mark, line ends made `\n`, NFC, trimmed; anything with
    /// invalid bytes or control characters (other than tab and line ends) is refused.
    static func text(_ bytes: [UInt8], path: String) throws -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let decoded = String(validating: body, as: UTF8.self),
              !decoded.unicodeScalars.contains(where: { $0.value < 0x20 && ![9, 10, 13].contains($0.value) || $0.value == 0x7F }) else {
            throw StorageError.notText(path: path)
        }
        let unified = decoded.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return VietnameseText.cleanField(unified)
    }
}

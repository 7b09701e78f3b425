import DVKCore
import Foundation

/// Opens an evidence file with the desktop's viewer (`xdg-open`, found on PATH), detached: its
/// output is discarded and dvk does not wait for it. Without a viewer, or without the file, it
/// says so in words.
enum SystemViewer {
    struct Outcome {
        let opened: Bool
        let message: LocalizedText
    }

    /// The viewer program on `searchPath` (PATH), or nil.
    static func viewer(searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        for folder in (searchPath ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = String(folder) + "/xdg-open"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Opens `path` (relative paths are read from `folder`, the data directory).
    static func open(_ path: String, relativeTo folder: String, searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) -> Outcome {
        let full = path.hasPrefix("/") ? path : folder + "/" + path
        guard FileManager.default.fileExists(atPath: full) else {
            return Outcome(opened: false, message: LocalizedText(vi: "Không thấy tệp «\(path)»", en: "File «\(path)» not found"))
        }
        guard let viewer = viewer(searchPath: searchPath) else {
            return Outcome(opened: false, message: LocalizedText(
                vi: "Máy này không có trình xem tệp (xdg-open); hãy mở «\(path)» bằng tay",
                en: "This machine has no file viewer (xdg-open); open «\(path)» by hand"))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: viewer)
        process.arguments = [full]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return Outcome(opened: false, message: LocalizedText(vi: "Không mở được «\(path)»: \(error)", en: "Could not open «\(path)»: \(error)"))
        }
        return Outcome(opened: true, message: LocalizedText(vi: "Đã mở «\(path)» bằng trình xem của hệ thống", en: "Opened «\(path)» with the system viewer"))
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Files written first into a hidden staging folder inside the output folder, then renamed to
/// their final names only when they are complete and flushed to disk: a reader (or a crash) never
/// sees a half-written document. Whatever is not published is removed with the staging folder.
final class StagedOutput {
    let folder: String
    let staging: String

    /// Creates `folder` (and its parents) when missing, and a private staging folder inside it.
    init(in folder: String) throws {
        self.folder = folder
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw DocumentError.cannotWrite(path: folder, reason: StagedOutput.reason(error))
        }
        var template = Array((folder + "/.dvk-staging-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw DocumentError.cannotWrite(path: folder, reason: String(cString: strerror(errno)))
        }
        staging = String(cString: made)
    }

    deinit { discard() }

    /// Writes `bytes` as `name` in the staging folder, flushed to disk; returns its path there.
    @discardableResult
    func write(_ bytes: [UInt8], name: String) throws -> String {
        let path = staging + "/" + name
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(path) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(fd, buffer.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(path)
            }
            offset += written
        }
        guard fsync(fd) == 0 else { throw failure(path) }
        return path
    }

    /// The path `name` has in the staging folder.
    func staged(_ name: String) -> String { staging + "/" + name }

    /// Moves the staged `names` to the output folder (replacing files of the same name), each
    /// checked to exist and be non-empty first; returns their final paths.
    func publish(_ names: [String]) throws -> [String] {
        var finals: [String] = []
        for name in names {
            var info = stat()
            guard stat(staged(name), &info) == 0, info.st_size > 0 else {
                throw DocumentError.cannotWrite(path: folder + "/" + name, reason: "empty")
            }
            let target = folder + "/" + name
            guard rename(staged(name), target) == 0 else { throw failure(target) }
            finals.append(target)
        }
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
        return finals
    }

    /// Removes the staging folder and everything left in it.
    func discard() {
        try? FileManager.default.removeItem(atPath: staging)
    }

    private func failure(_ path: String) -> DocumentError {
        .cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).localizedDescription
    }
}

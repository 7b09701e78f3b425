import Foundation
import ZIPFoundation

/// The limits an XLSX read keeps; the defaults are ``SourceLimits``' (tests lower them).
struct XlsxLimits {
    var entries = SourceLimits.packageEntries
    var partBytes = SourceLimits.partBytes
    var sheets = SourceLimits.sheets
}

/// The ZIP package of an XLSX file, its parts unpacked one at a time on demand. The entry count
/// is checked on opening; each part's size is counted while it unpacks, whatever its header
/// declares, and unpacking stops as soon as it passes the limit (a zip bomb costs at most
/// `partBytes` of work).
struct XlsxPackage {
    let file: String
    let limits: XlsxLimits
    private let archive: Archive

    /// The package in `bytes`; an old binary .xls (or password-protected) file, a non-ZIP and a
    /// package with too many entries are refused.
    init(bytes: [UInt8], file: String, limits: XlsxLimits) throws(SourceError) {
        self.file = file
        self.limits = limits
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw XlsxErrors.oldExcel(file) }
        guard bytes.starts(with: [0x50, 0x4B]) else { throw XlsxErrors.notExcel(file) }
        let archive: Archive
        do {
            archive = try XlsxPackage.openOnDisk(bytes)
        } catch {
            throw XlsxErrors.notExcel(file)
        }
        var count = 0
        for _ in archive {
            count += 1
            if count > limits.entries { throw XlsxErrors.tooManyEntries(file, limit: limits.entries) }
        }
        self.archive = archive
    }

    private struct TooLarge: Error {}

    /// The archive read from a private temporary file, removed at once (the open file stays
    /// readable). Not ZIPFoundation's in-memory archive: a damaged package can make it seek past
    /// the end of its buffer and trap; reading a file past its end just reads nothing.
    private static func openOnDisk(_ bytes: [UInt8]) throws -> Archive {
        let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((folder + "/.dvk-import-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        let path = String(cString: template)
        defer { unlink(path) }
        let written = bytes.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
        close(descriptor)
        guard written else { throw CocoaError(.fileWriteOutOfSpace) }
        return try Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil)
    }

    /// The unpacked bytes of the part at `path` (no leading slash), nil when the package has none.
    func part(_ path: String) throws(SourceError) -> [UInt8]? {
        guard let entry = archive[path], entry.type == .file else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(min(Int(clamping: entry.uncompressedSize), limits.partBytes, 16 * 1_048_576))
        let limit = limits.partBytes
        do {
            _ = try archive.extract(entry) { chunk in
                guard out.count + chunk.count <= limit else { throw TooLarge() }
                out.append(contentsOf: chunk)
            }
        } catch is TooLarge {
            throw XlsxErrors.partTooLarge(file, part: path, limit: limit)
        } catch {
            throw XlsxErrors.damagedPart(file, part: path)
        }
        return out
    }

    /// Whether the package holds a part at `path`.
    func contains(_ path: String) -> Bool {
        archive[path] != nil
    }

    /// A scanner over the part at `path`, its faults naming the file and the part.
    func scanner(_ path: String) throws(SourceError) -> XMLScanner? {
        try part(path).map { XMLScanner($0, failure: XlsxErrors.xml(file, part: path)) }
    }
}

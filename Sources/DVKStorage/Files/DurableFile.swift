#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// POSIX file operations with the durability and safety rules of P5, in one place:
///
/// - a write goes to a new temporary file with an unpredictable name, created
///   `O_CREAT|O_EXCL|O_NOFOLLOW` (a link planted there is never followed), is fsynced, renamed
///   over the target (`rename` replaces a link, never writes through it) and the folder is
///   fsynced, so a crash leaves the old or the new file, never a torn one;
/// - every file is given the data directory's modes (``FileModes``) whatever the umask;
/// - a read follows no link, accepts regular files only (a FIFO never blocks it, a device is
///   refused) and stops at a size limit.
public enum DurableFile {
    /// The largest file read unless a caller says otherwise (records and configuration files
    /// are a few kilobytes).
    public static let defaultReadLimit = 16 << 20

    /// Writes `bytes` to `path` atomically and durably. The temporary file is made in
    /// `stagingFolder` (same file system as `path`), or beside `path` when nil.
    public static func write(_ bytes: [UInt8], to path: String, stagingFolder: String? = nil) throws {
        let temporary = try stage(bytes, in: stagingFolder ?? parentFolder(of: path), for: baseName(of: path))
        do {
            try install(temporary, at: path)
        } catch {
            unlink(temporary)
            throw error
        }
        try syncFolder(parentFolder(of: path))
    }

    /// Writes `bytes` to a new temporary file in `folder` and fsyncs it; returns its path. The
    /// folder itself is not fsynced (see ``syncFolder(_:)``).
    public static func stage(_ bytes: [UInt8], in folder: String, for name: String) throws -> String {
        var attempts = 0
        while true {
            let temporary = "\(folder)/.\(name).\(randomToken()).tmp"
            do {
                return try stage(bytes, in: folder, named: DurableFile.baseName(of: temporary))
            } catch StorageError.io(_, "open", EEXIST) where attempts < 8 {
                attempts += 1
            } catch StorageError.io(_, let operation, let code) {
                // Named after what the user chose — the folder when it is not there, else the
                // file — never after the temporary name, which means nothing to them.
                let missingFolder = code == ENOENT && !isFolder(folder)
                throw StorageError.io(path: missingFolder ? folder : "\(folder)/\(name)", operation: operation, code: code)
            }
        }
    }

    /// Writes `bytes` to the new file `name` in `folder` (refused if anything is there already,
    /// a link included) and fsyncs it; returns its path.
    public static func stage(_ bytes: [UInt8], in folder: String, named name: String) throws -> String {
        let temporary = "\(folder)/\(name)"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, FileModes.file)
        if fd < 0 { throw StorageError.io(path: temporary, operation: "open", code: errno) }
        do {
            FileModes.apply(fd: fd, mode: FileModes.file)
            try writeAll(fd: fd, bytes: bytes, path: temporary)
            guard fsync(fd) == 0 else { throw StorageError.io(path: temporary, operation: "fsync", code: errno) }
            close(fd)
            return temporary
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
    }

    /// Renames a staged file over `path` (replacing a link there, never following it).
    public static func install(_ temporary: String, at path: String) throws {
        guard rename(temporary, path) == 0 else { throw StorageError.io(path: path, operation: "rename", code: errno) }
    }

    /// Appends `bytes` to `path` (created if missing) with O_APPEND and fsync: the journal's
    /// write. A link at `path` is refused. When the file does not end with a line end (a line
    /// cut short by a crash), one is written first so the torn line never merges with the new
    /// one. Returns the size the file had before, so a caller can take the append back.
    @discardableResult
    public static func append(_ bytes: [UInt8], to path: String) throws -> Int {
        let fd = try openRegular(path, flags: O_RDWR | O_APPEND, create: true)
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw StorageError.io(path: path, operation: "fstat", code: errno) }
        let size = Int(info.st_size)
        var data = bytes
        if size > 0 {
            var last: UInt8 = 0
            if pread(fd, &last, 1, off_t(size - 1)) == 1, last != 0x0A { data.insert(0x0A, at: 0) }
        }
        try writeAll(fd: fd, bytes: data, path: path)
        guard fsync(fd) == 0 else { throw StorageError.io(path: path, operation: "fsync", code: errno) }
        return size
    }

    /// Cuts `path` back to `size` bytes and fsyncs it: takes back an append that failed half-way.
    public static func truncate(_ path: String, to size: Int) throws {
        let fd = try openRegular(path, flags: O_WRONLY, create: false)
        defer { close(fd) }
        guard ftruncate(fd, off_t(size)) == 0, fsync(fd) == 0 else { throw StorageError.io(path: path, operation: "truncate", code: errno) }
    }

    /// The whole file, or nil when it does not exist. A link, a folder, a FIFO or a device is
    /// refused (``StorageError/notRegularFile(path:)``), and so is a file over `limit` bytes.
    public static func read(_ path: String, limit: Int = defaultReadLimit) throws -> [UInt8]? {
        guard let (fd, size) = try openForReading(path) else { return nil }
        defer { close(fd) }
        if size > limit { throw StorageError.tooLarge(path: path, limit: limit) }
        // The size the file has now, read straight into the result; whatever it grew by since is
        // read after, in chunks.
        var result = try [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < buffer.count {
                let got = Glibc.read(fd, buffer.baseAddress.map { $0 + count }, buffer.count - count)
                if got < 0 && errno == EINTR { continue }
                if got < 0 { throw StorageError.io(path: path, operation: "read", code: errno) }
                if got == 0 { break }
                count += got
            }
        }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw StorageError.io(path: path, operation: "read", code: errno)
            }
            if count == 0 { break }
            // The file may grow while it is read: the limit holds for what is read, not the stat.
            if result.count + count > limit { throw StorageError.tooLarge(path: path, limit: limit) }
            result.append(contentsOf: buffer[0..<count])
        }
        return result
    }

    /// The bytes of `path` from `offset` to its end, or nil when it does not exist; refused like
    /// ``read(_:limit:)`` when they are more than `limit`.
    public static func read(_ path: String, from offset: Int, limit: Int) throws -> [UInt8]? {
        guard let (fd, size) = try openForReading(path) else { return nil }
        defer { close(fd) }
        let length = max(0, size - offset)
        if length > limit { throw StorageError.tooLarge(path: path, limit: limit) }
        var bytes = [UInt8](repeating: 0, count: length)
        var done = 0
        while done < length {
            let got = bytes[done...].withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(offset + done)) }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { throw StorageError.io(path: path, operation: "read", code: errno) }
            if got == 0 { break }
            done += got
        }
        return Array(bytes[0..<done])
    }

    /// The regular file at `path` opened for reading, with its size now; nil when it does not
    /// exist. The caller closes the descriptor.
    private static func openForReading(_ path: String) throws -> (fd: Int32, size: Int)? {
        let fd: Int32
        do {
            fd = try openRegular(path, flags: O_RDONLY, create: false)
        } catch StorageError.io(_, _, let code) where code == ENOENT {
            return nil
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw StorageError.io(path: path, operation: "fstat", code: code)
        }
        return (fd, Int(info.st_size))
    }

    /// The size of the regular file at `path`; nil when it does not exist.
    public static func size(_ path: String) throws -> Int? {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw StorageError.io(path: path, operation: "stat", code: errno)
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw StorageError.notRegularFile(path: path) }
        return Int(info.st_size)
    }

    /// The last `count` bytes of `path` (fewer when it is shorter; empty when it is missing).
    public static func readTail(_ path: String, count: Int) throws -> [UInt8] {
        let fd: Int32
        do {
            fd = try openRegular(path, flags: O_RDONLY, create: false)
        } catch StorageError.io(_, _, let code) where code == ENOENT {
            return []
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw StorageError.io(path: path, operation: "fstat", code: errno) }
        let length = min(count, Int(info.st_size))
        var bytes = [UInt8](repeating: 0, count: length)
        var done = 0
        while done < length {
            let got = bytes[done...].withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(Int(info.st_size) - length + done)) }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { throw StorageError.io(path: path, operation: "read", code: got < 0 ? errno : EIO) }
            done += got
        }
        return bytes
    }

    /// Opens `path` without following a link and without blocking on a FIFO, and refuses
    /// anything but a regular file. With `create`, a missing file is made with the data
    /// directory's file mode.
    static func openRegular(_ path: String, flags: Int32, create: Bool) throws -> Int32 {
        let fd = open(path, flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | (create ? O_CREAT : 0), FileModes.file)
        if fd < 0 {
            let code = errno
            // ELOOP: the last part of the path is a symbolic link; ENXIO: a FIFO with no reader.
            if code == ELOOP || code == ENXIO || code == EISDIR { throw StorageError.notRegularFile(path: path) }
            throw StorageError.io(path: path, operation: "open", code: code)
        }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw StorageError.notRegularFile(path: path)
        }
        // Blocking again for the reads and writes themselves (regular files never block long).
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        if create { FileModes.apply(fd: fd, mode: FileModes.file) }
        return fd
    }

    /// Names in `folder` (no `.`/`..`), using readdir: ten times faster than FileManager on
    /// large folders. Missing folder → empty.
    public static func names(in folder: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Whether anything (a link included) is at `path`.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Whether `path` is a folder itself, not a link to one.
    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether `path` is a symbolic link.
    public static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// Creates `path` with the data directory's folder mode, and its missing parents with the
    /// system's ordinary mode (they are outside the data directory). A link at `path` is refused.
    public static func makeFolder(_ path: String) throws {
        if isFolder(path) { return }
        if isLink(path) { throw StorageError.notRegularFile(path: path) }
        let parent = parentFolder(of: path)
        if parent != path && !parent.isEmpty && !exists(parent) { try makeOrdinaryFolder(parent) }
        guard mkdir(path, FileModes.folder) == 0 || errno == EEXIST else {
            throw StorageError.io(path: path, operation: "mkdir", code: errno)
        }
        try FileModes.apply(path: path, mode: FileModes.folder)
    }

    private static func makeOrdinaryFolder(_ path: String) throws {
        let parent = parentFolder(of: path)
        if parent != path && !parent.isEmpty && !exists(parent) { try makeOrdinaryFolder(parent) }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw StorageError.io(path: path, operation: "mkdir", code: errno) }
    }

    static func writeAll(fd: Int32, bytes: [UInt8], path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw StorageError.io(path: path, operation: "write", code: errno)
            }
            offset += written
        }
    }

    /// Makes the entries of `folder` (renames, new files) survive a power cut.
    public static func syncFolder(_ folder: String) throws {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw StorageError.io(path: folder, operation: "open", code: errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw StorageError.io(path: folder, operation: "fsync", code: errno) }
    }

    public static func parentFolder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    public static func baseName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// Sixteen hexadecimal digits from the system's random source: temporary names nobody can
    /// guess and plant a link at.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() as UInt64
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock (flock) on a file, held while one process saves: saves from
/// several staff on one server are serialised, reads never wait. The lock file is opened
/// without following a link and must be a regular file.
public final class FileLock {
    private let fd: Int32

    /// Blocks until the lock on `path` (created if missing) is held.
    public init(path: String) throws {
        fd = try DurableFile.openRegular(path, flags: O_RDWR, create: true)
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let code = errno
            close(fd)
            throw StorageError.io(path: path, operation: "flock", code: code)
        }
    }

    /// Takes the lock only if nobody holds it; nil when someone does.
    public init?(tryingPath path: String) {
        guard let fd = try? DurableFile.openRegular(path, flags: O_RDWR, create: true) else { return nil }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            return nil
        }
        self.fd = fd
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}

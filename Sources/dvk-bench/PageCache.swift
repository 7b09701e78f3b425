#if canImport(Glibc)
import Glibc
#endif

/// Drops files from the kernel's page cache without root (`posix_fadvise` DONTNEED on clean,
/// fsynced pages), so the next read goes to the disk: a cold-ish start. Directory entries and
/// inodes stay cached.
enum PageCache {
    /// Evicts every regular file of `folder`; returns how many files were advised.
    @discardableResult
    static func evict(folder: String, names: [String]) -> Int {
        var advised = 0
        for name in names {
            let fd = open(folder + "/" + name, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            if posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0 { advised += 1 }
            close(fd)
        }
        return advised
    }
}

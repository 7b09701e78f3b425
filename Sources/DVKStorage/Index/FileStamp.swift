#if canImport(Glibc)
import Glibc
#endif

/// What says whether a record file changed since the list index read it: its size, its
/// modification and status-change times (nanoseconds) and its inode. A file replaced by
/// another of the same size with its modification time set back (`touch -r`, a restored
/// backup, an editor that keeps times) still changes its inode or its status-change time, which
/// no program can set.
struct FileStamp: Sendable, Equatable {
    var modified: Int64
    var changed: Int64
    var size: Int64
    var inode: UInt64

    init(modified: Int64, changed: Int64, size: Int64, inode: UInt64) {
        self.modified = modified
        self.changed = changed
        self.size = size
        self.inode = inode
    }

    /// The stamp of the file at `path` (a link is not followed); nil when there is none.
    init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The stamp of `name` in the open folder `folder`.
    init?(folder: Int32, name: String) {
        var info = stat()
        guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        self.init(info)
    }

    private init(_ info: stat) {
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        size = Int64(info.st_size)
        inode = UInt64(info.st_ino)
    }
}

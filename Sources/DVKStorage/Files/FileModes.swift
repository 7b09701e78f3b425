#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The permissions of everything dvk creates in a data directory, whatever the user's umask:
/// files 0660 and folders 2770 (setgid, so new files take the folder's group). Staff who share a
/// directory are members of its group and may all read and save; anybody else may do neither.
public enum FileModes {
    public static let file: mode_t = 0o660
    public static let folder: mode_t = 0o2770

    /// Sets `mode` on an open file the process owns. A file another member created keeps its
    /// mode (only its owner may change it), which is already the shared one.
    static func apply(fd: Int32, mode: mode_t) {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return }
        guard info.st_uid == geteuid(), info.st_mode & 0o7777 != mode else { return }
        _ = fchmod(fd, mode)
    }

    /// Sets `mode` on a folder the process owns.
    static func apply(path: String, mode: mode_t) throws {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_uid == geteuid(), info.st_mode & 0o7777 != mode else { return }
        guard chmod(path, mode) == 0 else { throw StorageError.io(path: path, operation: "chmod", code: errno) }
    }

    /// The id of the group called `name`; nil when there is no such group.
    public static func groupID(named name: String) -> gid_t? {
        guard let entry = getgrnam(name) else { return nil }
        return entry.pointee.gr_gid
    }

    /// Gives everything under `root` to group `gid` with the shared modes (``file``, ``folder``):
    /// how `init --group` finishes and how `dvk share` converts an existing directory. A link
    /// inside is refused, never followed.
    static func share(_ root: String, with gid: gid_t) throws {
        try FileTree.walk(root) { path, type in
            switch type {
            case S_IFDIR:
                try give(path, to: gid)
                try apply(path: path, mode: folder)
            case S_IFREG:
                try give(path, to: gid)
                try apply(path: path, mode: file)
            default:
                throw StorageError.notRegularFile(path: path)
            }
        }
    }

    /// Gives `path` (file or folder, never followed if a link) to group `gid`.
    static func give(_ path: String, to gid: gid_t) throws {
        guard lchown(path, uid_t.max, gid) == 0 else { throw StorageError.io(path: path, operation: "chgrp", code: errno) }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole folders: removed and given to a group without ever following a link inside them.
enum FileTree {
    /// Removes `path`: a file or link is unlinked, a folder emptied first. Best effort.
    static func remove(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            for name in DurableFile.names(in: path) { remove(path + "/" + name) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    /// Every path under `root` (itself included) with its type, links reported as links.
    static func walk(_ root: String, _ visit: (String, mode_t) throws -> Void) rethrows {
        var info = stat()
        guard lstat(root, &info) == 0 else { return }
        try visit(root, info.st_mode & S_IFMT)
        if (info.st_mode & S_IFMT) == S_IFDIR {
            for name in DurableFile.names(in: root).sorted() { try walk(root + "/" + name, visit) }
        }
    }
}

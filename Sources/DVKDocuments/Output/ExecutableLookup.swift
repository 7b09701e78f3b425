import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds programs the way a shell does: a name with a slash is taken as a path, any other name is
/// looked up in the environment's PATH (or /usr/bin:/bin when PATH is unset).
enum ExecutableLookup {
    static func find(_ name: String, environment: [String: String]) -> String? {
        guard !name.isEmpty else { return nil }
        if name.contains("/") { return isExecutable(name) ? name : nil }
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = folder.hasSuffix("/") ? "\(folder)\(name)" : "\(folder)/\(name)"
            if isExecutable(candidate) { return candidate }
        }
        return nil
    }

    /// A regular file (after symlinks) that this process may execute.
    static func isExecutable(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { return false }
        return access(path, X_OK) == 0
    }
}

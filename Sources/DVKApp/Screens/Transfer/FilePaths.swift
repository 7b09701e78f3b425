import DVKCore
import Foundation

/// Paths typed into a prompt: quotes a terminal adds to a dropped file taken off, `~` expanded,
/// and a whole path pasted after the folder the prompt offered (`/srv/so//home/an/so.xlsx`,
/// `/srv/so/~/so.xlsx`) taken as the path pasted.
enum FilePaths {
    static func clean(_ typed: String, environment: [String: String]) -> String {
        var path = typed.trimmingCharacters(in: .whitespaces)
        for marker in ["//", "/~/", "/'/", "/\"/"] {
            if let range = path.range(of: marker, options: .backwards) { path = String(path[path.index(after: range.lowerBound)...]) }
        }
        if path.count >= 2, let first = path.first, first == path.last, first == "'" || first == "\"" {
            path = String(path.dropFirst().dropLast())
        }
        if path == "~" || path.hasPrefix("~/"), let home = environment["HOME"] { path = home + path.dropFirst() }
        return path
    }

    /// Whether `path` is a folder (following links, as the user's shell would).
    static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }

    /// An entry of a folder the import offers: a subfolder, or a file it can read.
    struct Entry: Equatable {
        var name: String
        var path: String
        var isFolder: Bool
    }

    /// The parent, the subfolders and the .xlsx/.csv files of `folder` (hidden ones left out),
    /// folders first, each group in Vietnamese order; at most 2,000 entries.
    static func importable(in folder: String) -> [Entry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let entries = names.filter { !$0.hasPrefix(".") }.prefix(2_000).compactMap { name -> Entry? in
            let path = (base.isEmpty ? "" : base) + "/" + name
            if isFolder(path) { return Entry(name: name, path: path, isFolder: true) }
            let lower = name.lowercased()
            return lower.hasSuffix(".xlsx") || lower.hasSuffix(".csv") ? Entry(name: name, path: path, isFolder: false) : nil
        }
        let parent = Entry(name: "..", path: base + "/..", isFolder: true)
        return [parent] + VietnameseText.sorted(entries.filter(\.isFolder), by: \.name) + VietnameseText.sorted(entries.filter { !$0.isFolder }, by: \.name)
    }

    /// The folder part of `path`, nil when it names a file in the current folder.
    static func folder(of path: String) -> String? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}


import DVKTestSupport
import Foundation
import Testing
import ZIPFoundation

/// The outside programs the XLSX tests make workbooks with: python3 with openpyxl, and
/// LibreOffice. Each is looked up once; a test needing one that is missing is skipped, its
/// trait naming the package to install.
enum SpreadsheetTools {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// A python3 that can import openpyxl (Debian's first, then the one on PATH), or nil.
    static let python: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let candidates = ["/usr/bin/python3"] + path.split(separator: ":").map { "\($0)/python3" }
        return candidates.first { candidate in
            FileManager.default.isExecutableFile(atPath: candidate)
                && (try? Subprocess.run(candidate, ["-c", "import openpyxl"], environment: environment).status) == 0
        }
    }()

    static let hasOpenpyxl = python != nil
    static let openpyxlMissing: Comment = "python3-openpyxl is not installed (apt-get install python3-openpyxl)"

    /// soffice on PATH, or nil.
    static let soffice: String? = {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "") + ":/usr/bin:/usr/local/bin"
        return path.split(separator: ":").map { "\($0)/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static let hasSoffice = soffice != nil
    static let sofficeMissing: Comment = "soffice is not installed (apt-get install libreoffice-calc-nogui)"

    static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["PYTHONIOENCODING"] = "utf-8"
        return environment
    }

    /// Runs a python `script` with `arguments`; its standard output.
    @discardableResult
    static func runPython(_ script: String, _ arguments: [String]) throws -> String {
        guard let python else { throw Failure(description: openpyxlMissing.rawValue) }
        let result = try Subprocess.run(python, ["-c", script] + arguments, environment: environment)
        guard result.status == 0 else { throw Failure(description: "python failed (\(result.status)): \(result.err)") }
        return result.out
    }

    /// Converts `input` with `soffice --headless --convert-to format` into `folder`, with a
    /// profile of its own; the path of the file it made.
    static func convert(_ input: String, to format: String, filter: String? = nil, into folder: String) throws -> String {
        guard let soffice else { throw Failure(description: sofficeMissing.rawValue) }
        var environment = environment
        environment["HOME"] = folder
        let profile = URL(fileURLWithPath: folder + "/profile").absoluteString
        var arguments = ["-env:UserInstallation=" + profile, "--headless", "--norestore", "--nologo", "--nodefault"]
        if let filter { arguments += ["--infilter=" + filter] }
        arguments += ["--convert-to", format, "--outdir", folder + "/out", input]
        let result = try Subprocess.run(soffice, arguments, environment: environment)
        let name = URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent + "." + format.prefix { $0 != ":" }
        let made = folder + "/out/" + name
        guard FileManager.default.fileExists(atPath: made) else {
            throw Failure(description: "soffice made no \(name) (\(result.status)): \(result.out) \(result.err)")
        }
        return made
    }

    /// A ZIP package of `parts` (path → bytes), in memory.
    static func zip(_ parts: [(String, [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, bytes) in parts {
            let data = Data(bytes)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return [UInt8](try #require(archive.data))
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the figures were measured on: processors, CPU model, memory, kernel and how this
/// benchmark was compiled; and the process's own resident memory.
enum Machine {
    static var processors: Int { sysconf(Int32(_SC_NPROCESSORS_ONLN)) }

    static var cpuModel: String {
        procField("/proc/cpuinfo", "model name") ?? "unknown"
    }

    static var memoryTotal: String {
        procField("/proc/meminfo", "MemTotal").map { kilobytesText($0) } ?? "unknown"
    }

    static var kernel: String {
        var name = utsname()
        guard uname(&name) == 0 else { return "unknown" }
        func text<T>(_ field: T) -> String {
            withUnsafeBytes(of: field) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
        }
        return "\(text(name.sysname)) \(text(name.release)) \(text(name.machine))"
    }

    static var buildConfiguration: String {
        #if DEBUG
        let mode = "debug"
        #else
        let mode = "release"
        #endif
        #if compiler(>=6.3)
        let compiler = "Swift 6.3 or later"
        #elseif compiler(>=6.2)
        let compiler = "Swift 6.2"
        #elseif compiler(>=6.1)
        let compiler = "Swift 6.1"
        #else
        let compiler = "Swift 6.0"
        #endif
        return "\(mode) (\(compiler) compiler)"
    }

    /// Resident memory in megabytes (VmRSS of /proc/self/status, or of another process's),
    /// nil when unreadable.
    static func residentMB(process: pid_t? = nil) -> Double? {
        guard let value = procField("/proc/\(process.map(String.init) ?? "self")/status", "VmRSS"),
              let kilobytes = Double(value.split(separator: " ").first ?? "") else { return nil }
        return kilobytes / 1024
    }

    /// Gives freed heap pages back to the system (glibc's `malloc_trim`, looked up at run time as
    /// Swift's Glibc module does not export it), so the next resident figure counts what is live.
    static func releaseFreedMemory() {
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }

    /// The value after "key:" on the first line of a /proc file that starts with `key`.
    private static func procField(_ path: String, _ key: String) -> String? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(key) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    private static func kilobytesText(_ value: String) -> String {
        guard let kilobytes = Double(value.split(separator: " ").first ?? "") else { return value }
        return Figure.format(kilobytes / 1024 / 1024) + " GiB"
    }
}

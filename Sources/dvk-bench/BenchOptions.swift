import Foundation

/// The command line: record counts, where the repository and the `dvk` binary are, where to put
/// the temporary data directories.
struct BenchOptions: Sendable {
    var sizes: [Int] = [1000, 10_000, 100_000]
    var repo: String = FileManager.default.currentDirectoryPath
    var dvk: String = ".build/release/dvk"
    var temporary: String = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var keep = false
    /// An existing data directory to measure instead of generated ones (interface and process rows).
    var existing: String?

    static let usage = """
        usage: dvk-bench [SIZE ...] [--repo DIR] [--dvk PATH] [--tmp DIR] [--keep] [--data DIR]
          SIZE         model record counts to measure (default: 1000 10000 100000)
          --repo DIR   the dvk repository, for data/config and data/demo (default: current directory)
          --dvk PATH   the dvk binary timed as a subprocess (default: .build/release/dvk)
          --tmp DIR    where the temporary data directories go (default: $TMPDIR or /tmp)
          --keep       keep the data directories instead of deleting them
          --data DIR   measure this existing data directory instead (interface, dvk and its peers)
        """

    /// Parses the arguments, or says what is wrong with them.
    static func parse(_ arguments: [String]) -> Result<BenchOptions, UsageError> {
        var options = BenchOptions()
        var sizes: [Int] = []
        var rest = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let next = rest.popFirst() else { throw UsageError("\(flag) needs a value") }
            return next
        }
        do {
            while let argument = rest.popFirst() {
                switch argument {
                case "--repo": options.repo = try value(argument)
                case "--dvk": options.dvk = try value(argument)
                case "--tmp": options.temporary = try value(argument)
                case "--keep": options.keep = true
                case "--data": options.existing = try value(argument)
                case "-h", "--help": throw UsageError("")
                default:
                    guard let size = Int(argument.replacingOccurrences(of: "_", with: "")), size > 0 else {
                        throw UsageError("not a record count or option: \(argument)")
                    }
                    sizes.append(size)
                }
            }
        } catch let error as UsageError {
            return .failure(error)
        } catch {
            return .failure(UsageError("\(error)"))
        }
        if !sizes.isEmpty { options.sizes = Array(Set(sizes)).sorted() }
        return .success(options)
    }
}

/// A mistake on the command line (an empty message asks for the usage only).
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

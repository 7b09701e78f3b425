import Foundation

/// The outside programs tests use (tmux, python3, soffice, dpkg-deb…), looked up on the test
/// runner's PATH like a shell would, and the sentence a skipped test gives when one is missing.
public enum Tools {
    /// The first executable `name` in the folders of PATH, or nil.
    public static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// "tmux not found on PATH (apt-get install tmux; .ci/run installs it)".
    public static func missing(_ name: String, package: String? = nil) -> String {
        "\(name) not found on PATH (apt-get install \(package ?? name); .ci/run installs it)"
    }
}

import DVKFuzzReaders
import DVKTestSupport
import Foundation
import Testing

/// The short, CI mode of the fuzzing: every seed of `Tests/Fuzz/corpus/<target>/` and every
/// input that once crashed a reader, kept in `Tests/Fuzz/regressions/<target>/`, goes through
/// that target's readers. A trap would end the test run; seeds must also be accepted. The long
/// mode is `scripts/fuzz.sh SECONDS`.
@Suite struct FuzzReplayTests {
    static let fuzzFolder = TestSupport.packageRoot + "/Tests/Fuzz"

    static func files(_ kind: String, _ target: FuzzTarget) -> [String] {
        let folder = "\(fuzzFolder)/\(kind)/\(target.rawValue)"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try #require(FileManager.default.contents(atPath: path)))
    }

    @Test(arguments: FuzzTarget.allCases)
    func everySeedIsRead(_ target: FuzzTarget) throws {
        let seeds = Self.files("corpus", target)
        #expect(!seeds.isEmpty, "no seed for \(target)")
        for seed in seeds {
            #expect(target.read(try Self.bytes(seed)), "\(target) refused its seed \(seed)")
        }
    }

    @Test(arguments: FuzzTarget.allCases)
    func everyCrashingInputReturnsOrThrows(_ target: FuzzTarget) throws {
        for input in Self.files("regressions", target) {
            for reader in FuzzTarget.allCases {
                reader.read(try Self.bytes(input))
            }
        }
    }
}

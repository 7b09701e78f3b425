import DVKCore
import DVKDemo
import DVKStorage

/// The shipped configuration and demo vocabulary of the repository, and the demo data set generated
/// from them once: the pattern every benchmark data directory is cloned from.
struct DemoSource: Sendable {
    let defaults: DefaultsLocation
    let configuration: Configuration
    let vocabulary: DemoVocabulary
    let demo: DemoDataSet

    init(repo: String) throws {
        defaults = DefaultsLocation(root: repo + "/data")
        configuration = try ConfigurationFiles.load(from: defaults.configFolder)
        vocabulary = try ConfigurationFiles.decode(DemoVocabulary.self, defaults.demoFolder + "/vocabulary.json")
        demo = DemoGenerator(configuration: configuration, vocabulary: vocabulary).generate()
    }
}

/// A small deterministic random source (SplitMix64), so every run clones and samples alike.
struct BenchRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (`bound` > 0).
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func element<T>(of values: [T]) -> T? {
        values.isEmpty ? nil : values[below(values.count)]
    }
}

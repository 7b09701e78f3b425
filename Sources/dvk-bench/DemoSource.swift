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
        configuration = try ConfigurationFiles.load(from: defaults.configFolder, overlay: defaults.demoConfigFolder)
        vocabulary = try ConfigurationFiles.decode(DemoVocabulary.self, defaults.demoFolder + "/vocabulary.json")
        demo = DemoGenerator(configuration: configuration, vocabulary: vocabulary).generate()
    }
}

import Foundation
import Testing
import DVKCore
@testable import DVKDemo

/// The demo's configuration and vocabulary, read from the repository's `data/` folder, and the
/// data set generated from them with the default seed (generated once for all tests).
enum DemoFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func data(_ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent("data").appendingPathComponent(path))
    }

    static func decode<T: Decodable>(_ type: T.Type, _ path: String) throws -> T {
        try JSONDecoder().decode(T.self, from: data(path))
    }

    /// The shipped configuration with the demo committee's own files (its letterheads and
    /// units, `demo/config/`) over it, as `dvk init --demo` makes it.
    static func loadConfiguration() throws -> Configuration {
        Configuration(lists: try decode(ListCatalog.self, "config/lists.json"),
                      units: try decode(UnitsFile.self, "demo/config/units.json").units,
                      rubric: try decode(Rubric.self, "config/rubric.json"),
                      users: try decode(UsersConfig.self, "config/users.json"),
                      headers: try decode(DocumentHeaders.self, "demo/config/headers.json"),
                      workflow: try decode(WorkflowDefinition.self, "config/workflow.json"))
    }

    static func loadVocabulary() throws -> DemoVocabulary {
        try decode(DemoVocabulary.self, "demo/vocabulary.json")
    }

    struct Loaded: Sendable {
        var configuration: Configuration
        var vocabulary: DemoVocabulary
        var set: DemoDataSet
    }

    /// Loaded once; a loading error is kept and rethrown by every test that asks.
    static let loaded: Result<Loaded, any Error> = Result {
        let configuration = try loadConfiguration()
        let vocabulary = try loadVocabulary()
        let set = DemoGenerator(configuration: configuration, vocabulary: vocabulary).generate()
        return Loaded(configuration: configuration, vocabulary: vocabulary, set: set)
    }

    static func get() throws -> Loaded { try loaded.get() }

    /// The data set as JSON, keys sorted, so equal sets give equal bytes.
    static func encoded(_ set: DemoDataSet) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(set)
    }

    static func user(_ login: String, in set: DemoDataSet) -> Actor {
        let user = set.users.first { $0.login == login }
        return Actor(login: login, name: user?.name ?? login, roles: user?.roles ?? [])
    }
}

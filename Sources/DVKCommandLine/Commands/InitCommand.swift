import ArgumentParser
import DVKCore
import DVKDemo
import DVKStorage
import Foundation

/// `dvk init [--demo]`: creates the data directory from the shipped defaults; the user running
/// it becomes admin; `--demo` adds the generated demo data set.
struct InitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "init", abstract: CLIText.help.initAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: ArgumentHelp(CLIText.help.demo.text(CLILanguage.current)))
    var demo = false

    @Flag(name: .long, help: ArgumentHelp(CLIText.help.allowEnvUser.text(CLILanguage.current)))
    var allowEnvUser = false

    mutating func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let language = global.language
        let directory = DataDirectory.resolve(explicit: global.data, environment: environment)
        let defaults = try DefaultsLocation.find(environment: environment)
        let login = UserIdentity.systemLogin(environment: environment)
        let time = Timestamp(seconds: Int64(Date().timeIntervalSince1970))
        var demoSet: DemoDataSet?
        if demo {
            demoSet = try DemoLoader.generate(defaults: defaults)
        }
        try directory.create(from: defaults, admin: UsersConfig.User(login: login, name: login, roles: ["admin"]),
                             extraUsers: demoSet?.users ?? [], allowEnvironmentUser: allowEnvUser, at: time)
        Console.line(CLIText.initialised(directory.path, admin: login).text(language))
        if let demoSet {
            let store = RecordStore(directory: directory)
            let changes = demoSet.models.map { RecordChange.model($0, expectedRevision: 0, action: "demo") }
                + demoSet.inspections.map { RecordChange.inspection($0, expectedRevision: 0, action: "demo") }
                + demoSet.decisions.map { RecordChange.decision($0, expectedRevision: 0, action: "demo") }
            try store.commit(changes, by: login, at: time)
            Console.line(CLIText.demoLoaded(models: demoSet.models.count, inspections: demoSet.inspections.count,
                                            decisions: demoSet.decisions.count).text(language))
        }
    }
}

/// Builds the demo data set from the shipped configuration and vocabulary.
enum DemoLoader {
    static func generate(defaults: DefaultsLocation) throws -> DemoDataSet {
        let configuration = try ConfigurationFiles.load(from: defaults.configFolder)
        let vocabulary = try ConfigurationFiles.decode(DemoVocabulary.self, defaults.demoFolder + "/vocabulary.json")
        return DemoGenerator(configuration: configuration, vocabulary: vocabulary).generate()
    }
}

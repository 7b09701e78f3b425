import ArgumentParser
import DVKCore
import DVKDemo
import DVKStorage
import Foundation

/// `dvk init [--demo] [--group NAME]`: creates the data directory from the shipped defaults, all
/// or nothing; the user running it becomes admin; `--demo` adds the generated demo data set;
/// `--group` makes it a directory the members of that system group share.
struct InitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "init", abstract: CLIText.help.initAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: ArgumentHelp(CLIText.help.demo.text(CLILanguage.current)))
    var demo = false

    @Flag(name: .long, help: ArgumentHelp(CLIText.help.allowEnvUser.text(CLILanguage.current)))
    var allowEnvUser = false

    @Option(name: .long, help: ArgumentHelp(CLIText.help.group.text(CLILanguage.current)))
    var group: String?

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
        let records = demoSet.map { set in
            set.models.map { RecordChange.model($0, expectedRevision: 0, action: "demo") }
                + set.inspections.map { RecordChange.inspection($0, expectedRevision: 0, action: "demo") }
                + set.decisions.map { RecordChange.decision($0, expectedRevision: 0, action: "demo") }
        } ?? []
        try directory.create(from: defaults, admin: UsersConfig.User(login: login, name: login, roles: ["admin"]),
                             extraUsers: demoSet?.users ?? [], allowEnvironmentUser: allowEnvUser, group: group,
                             records: records, at: time)
        Console.line(CLIText.initialised(directory.path, admin: login).text(language))
        if let group { Console.line(CLIText.shared(directory.path, group: group).text(language)) }
        if let demoSet {
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

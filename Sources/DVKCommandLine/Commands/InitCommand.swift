import ArgumentParser
import DVKCore
import DVKDemo
import DVKImport
import DVKStorage
import Foundation

extension CommitteeSetup.Level: ExpressibleByArgument {}

/// `dvk init`: creates the data directory from the shipped defaults, all or nothing; the user
/// running it becomes admin. Whose committee it is comes from `--level`, `--province` and
/// `--committee` (with `--units`), from another directory's configuration (`--config DIR`), or
/// from the demo (`--demo`, Chiêm Hóa district of the seeds); with none of them the directory is
/// today's two-tier defaults with no committee set up, and says so until it is.
/// `--group` makes it a directory the members of that system group share.
struct InitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "init", abstract: CLIText.help.initAbstract.text(CLILanguage.current),
                             discussion: SetupText.initDiscussion.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: ArgumentHelp(CLIText.help.demo.text(CLILanguage.current)))
    var demo = false

    @Flag(name: .long, help: ArgumentHelp(CLIText.help.allowEnvUser.text(CLILanguage.current)))
    var allowEnvUser = false

    @Option(name: .long, help: ArgumentHelp(CLIText.help.group.text(CLILanguage.current)))
    var group: String?

    @Option(name: .long, help: ArgumentHelp(SetupText.levelHelp.text(CLILanguage.current))) var level: CommitteeSetup.Level?
    @Option(name: .long, help: ArgumentHelp(SetupText.provinceHelp.text(CLILanguage.current))) var province: String?
    @Option(name: .long, help: ArgumentHelp(SetupText.committeeHelp.text(CLILanguage.current))) var committee: String?
    @Option(name: .long, help: ArgumentHelp(SetupText.unitsHelp.text(CLILanguage.current))) var units: String?
    @Option(name: .long, help: ArgumentHelp(SetupText.configHelp.text(CLILanguage.current))) var config: String?

    mutating func run() throws {
        if !demo && level == nil && province == nil && committee == nil && units == nil && config == nil && InteractiveCommand.isInteractive {
            // In a terminal, a bare init asks whose committee it is; piped, it keeps making the
            // bare defaults (scripts depend on it).
            return try SetupFlow.run(global: global, allowEnvironmentUser: allowEnvUser, group: group, offered: false)
        }
        let environment = ProcessInfo.processInfo.environment
        let language = global.language
        let directory = DataDirectory.resolve(explicit: global.data, environment: environment)
        let defaults = try DefaultsLocation.find(environment: environment)
        let login = UserIdentity.systemLogin(environment: environment)
        let time = Timestamp(seconds: Int64(Date().timeIntervalSince1970))
        var overrides = try configOverrides(defaults)
        var demoSet: DemoDataSet?
        if demo {
            demoSet = try DemoLoader.generate(defaults: defaults)
        }
        if let units { overrides.merge(try CommitteeOverrides.units(UnitListFile.read(units))) { $1 } }
        let records = demoSet.map { set in
            set.models.map { RecordChange.model($0, expectedRevision: 0, action: "demo") }
                + set.inspections.map { RecordChange.inspection($0, expectedRevision: 0, action: "demo") }
                + set.decisions.map { RecordChange.decision($0, expectedRevision: 0, action: "demo") }
        } ?? []
        try directory.create(from: defaults, admin: UsersConfig.User(login: login, name: login, roles: ["admin"]),
                             extraUsers: demoSet?.users ?? [], allowEnvironmentUser: allowEnvUser, group: group,
                             overrides: overrides, records: records, at: time)
        Console.line(CLIText.initialised(directory.path, admin: login).text(language))
        if let group { Console.line(CLIText.shared(directory.path, group: group).text(language)) }
        if let demoSet {
            Console.line(CLIText.demoLoaded(models: demoSet.models.count, inspections: demoSet.inspections.count,
                                            decisions: demoSet.decisions.count).text(language))
        }
        let configuration = try directory.loadConfiguration()
        Console.line((configuration.committee.setUp ? SetupText.setUpAs(configuration.committee) : SetupText.notSetUp).text(language))
    }

    /// The configuration files this init lays over the defaults: the demo's, a folder's, or the
    /// ones a committee setup makes — one source only.
    private func configOverrides(_ defaults: DefaultsLocation) throws -> [String: [UInt8]] {
        let sources = [demo, config != nil, level != nil].filter { $0 }.count
        guard sources <= 1 else { throw CLIError.badInput(SetupText.oneSource.vi, SetupText.oneSource.en) }
        if demo { return try DefaultsLocation.configOverrides(from: defaults.demoConfigFolder) }
        if let config {
            let found = try DefaultsLocation.configOverrides(from: config)
            guard !found.isEmpty else { throw CLIError.badInput(SetupText.noConfigIn(config).vi, SetupText.noConfigIn(config).en) }
            return found.filter { $0.key != "users.json" }
        }
        guard let level else {
            if province != nil || committee != nil { throw CLIError.badInput(SetupText.levelNeeded.vi, SetupText.levelNeeded.en) }
            return [:]
        }
        return try CommitteeOverrides.committee(try setup(level, defaults))
    }

    private func setup(_ level: CommitteeSetup.Level, _ defaults: DefaultsLocation) throws -> CommitteeSetup {
        let provinces = try ConfigurationFiles.decode(ProvincesFile.self, defaults.provincesFile).provinces
        guard let typed = province else { throw CLIError.badInput(SetupText.provinceNeeded.vi, SetupText.provinceNeeded.en) }
        guard let found = CommitteeSetup.province(typed, among: provinces) else {
            let names = provinces.map(\.name).joined(separator: ", ")
            throw CLIError.badInput("--province: «\(typed)» không phải tỉnh, thành phố hiện nay; chọn một trong: \(names)",
                                    "--province: «\(typed)» is not one of today's provinces and cities; choose one of: \(names)")
        }
        let setup = CommitteeSetup(level: level, province: found, commune: committee ?? "")
        if let problem = setup.problem { throw CLIError(LocalizedText(vi: "--committee: " + problem.vi, en: "--committee: " + problem.en), exitCode: 2) }
        return setup
    }
}

/// Builds the demo data set from the shipped configuration with the demo committee's files
/// over it, and the vocabulary.
enum DemoLoader {
    static func generate(defaults: DefaultsLocation) throws -> DemoDataSet {
        let configuration = try ConfigurationFiles.load(from: defaults.configFolder, overlay: defaults.demoConfigFolder)
        let vocabulary = try ConfigurationFiles.decode(DemoVocabulary.self, defaults.demoFolder + "/vocabulary.json")
        return DemoGenerator(configuration: configuration, vocabulary: vocabulary).generate()
    }
}

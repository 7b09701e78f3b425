import ArgumentParser
import DVKCore
import DVKStorage
import Foundation

/// `dvk share --group NAME`: converts an existing data directory into one the members of a
/// system group share (what `dvk init --group` makes). The system decides who may: the owner of
/// the files or root.
struct ShareCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "share", abstract: CLIText.help.shareAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp(CLIText.help.group.text(CLILanguage.current)))
    var group: String

    mutating func run() throws {
        let directory = DataDirectory.resolve(explicit: global.data, environment: ProcessInfo.processInfo.environment)
        try directory.share(group: group)
        Console.line(CLIText.shared(directory.path, group: group).text(global.language))
    }
}

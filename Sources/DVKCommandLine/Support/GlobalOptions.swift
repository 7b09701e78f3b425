import ArgumentParser
import DVKCore
import Foundation

/// Options every subcommand accepts, before or after its name: `--data DIR` and `--lang vi|en`.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(CLIText.help.data.text(CLILanguage.current), valueName: "DIR"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp(CLIText.help.lang.text(CLILanguage.current), valueName: "vi|en"))
    var lang: String?

    var language: Language {
        Language.detect(explicit: lang, environment: ProcessInfo.processInfo.environment)
    }

    /// The options that take a value and may stand before the subcommand's name.
    static let valueOptions: Set<String> = ["--data", "--lang"]

    /// Whether the arguments hold nothing but global options (`dvk`, `dvk --data D`).
    static func onlyGlobal(_ arguments: [String]) -> Bool {
        var index = 0
        while index < arguments.count {
            let name = arguments[index].split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            guard valueOptions.contains(name) else { return false }
            index += arguments[index].contains("=") ? 1 : 2
        }
        return true
    }

    /// `dvk --help --lang en`, `dvk help print --lang en`: help asked for with global options
    /// beside it. The options are dropped (the language was read at start, the data directory
    /// plays no part), so the parser shows the root's help rather than the default subcommand's,
    /// and its `help` command is not handed an option it does not know.
    static func helpRequest(_ arguments: [String]) -> [String] {
        var rest: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { rest += arguments[index...]; break }
            if valueOptions.contains(argument) {
                index += 2
                continue
            }
            if let name = argument.split(separator: "=", maxSplits: 1).first, argument.contains("="), valueOptions.contains(String(name)) {
                index += 1
                continue
            }
            rest.append(argument)
            index += 1
        }
        let helpFlags: Set<String> = ["--help", "-h", "--help-hidden", "--version"]
        if rest.first == "help" || (!rest.isEmpty && rest.allSatisfy(helpFlags.contains)) { return rest }
        return arguments
    }

    /// Moves global options written before the subcommand (`dvk --data D list`) after it
    /// (`dvk list --data D`), where the parser expects them.
    static func reorder(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
            guard valueOptions.contains(name) else { break }
            leading.append(argument)
            if !argument.contains("="), index + 1 < arguments.count {
                leading.append(arguments[index + 1])
                index += 1
            }
            index += 1
        }
        guard index < arguments.count, !leading.isEmpty else { return arguments }
        // `dvk --data D --help`: the root's help, not the default subcommand's.
        if arguments[index].hasPrefix("-") { return Array(arguments[index...]) }
        // Keep subcommand words (`report stats`, `decision add`) together before the options.
        var commandWords = [arguments[index]]
        index += 1
        while index < arguments.count, CLILanguage.subcommandWords.contains(arguments[index]) {
            commandWords.append(arguments[index])
            index += 1
        }
        return commandWords + leading + Array(arguments[index...])
    }
}

/// The language of help texts, fixed once at start from `--lang`, `DVK_LANG` and the locale.
enum CLILanguage {
    static let current: Language = {
        let arguments = CommandLine.arguments
        var explicit: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { explicit = arguments[index + 1] }
            if argument.hasPrefix("--lang=") { explicit = String(argument.dropFirst(7)) }
        }
        return Language.detect(explicit: explicit, environment: ProcessInfo.processInfo.environment)
    }()

    /// Second-level subcommand names (`report stats`, `settings undo`…), kept next to their
    /// parent when options are reordered: read from the command tree, so a new one is never missed.
    static let subcommandWords: Set<String> = Set(DVKCommand.configuration.subcommands.flatMap { command in
        command.configuration.subcommands.compactMap { $0.configuration.commandName }
    })
}

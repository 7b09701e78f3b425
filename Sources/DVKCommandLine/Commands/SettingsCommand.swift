import ArgumentParser
import DVKCore
import DVKStorage
import Foundation

/// `dvk settings show|set|history|undo`: the committee's profile and letterheads, changed like
/// records — by administrators, revision-checked, journaled, each change undoable.
struct SettingsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "settings", abstract: SetupText.settingsAbstract.text(CLILanguage.current),
                             subcommands: [SettingsShowCommand.self, SettingsSetCommand.self, SettingsHistoryCommand.self, SettingsUndoCommand.self])
    }
}

struct SettingsShowCommand: SessionCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show") }
    @OptionGroup var global: GlobalOptions

    mutating func execute(_ session: Session) throws {
        let profile = session.configuration.committee
        var rows: [[String]] = [
            ["committee.setUp", profile.setUp ? "true" : "false"], ["committee.level", profile.level],
            ["committee.province", profile.province], ["committee.name", profile.name],
        ]
        for issuer in session.configuration.headers.issuers {
            let prefix = "issuer.\(issuer.id)."
            rows += [[prefix + "layout", issuer.layout], [prefix + "parent", issuer.parent],
                     [prefix + "name", issuer.name.replacingOccurrences(of: "\n", with: "\\n")], [prefix + "place", issuer.place],
                     [prefix + "numberSuffix", issuer.numberSuffix], [prefix + "signer.mode", issuer.signer.mode],
                     [prefix + "signer.title", issuer.signer.title], [prefix + "signer.name", issuer.signer.name]]
        }
        let rubric = session.configuration.rubric
        rows += [["rubric.mode", rubric.mode.rawValue], ["rubric.othersHiddenUntilOwnSheet", rubric.othersHiddenUntilOwnSheet ? "true" : "false"]]
        for user in session.configuration.users.users {
            rows += [["user.\(user.login).name", user.name], ["user.\(user.login).roles", user.roles.joined(separator: ",")]]
        }
        Console.line(TextTable(headers: SetupText.settingsColumns.map { $0.text(session.language) }, rows: rows).render())
    }
}

struct SettingsSetCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "set", abstract: SetupText.settingsSetAbstract.text(CLILanguage.current))
    }
    @OptionGroup var global: GlobalOptions
    @Argument(help: "KEY=VALUE …") var pairs: [String]

    mutating func execute(_ session: Session) throws {
        try session.requireAdmin()
        let provinces = try ConfigurationFiles.decode(ProvincesFile.self,
                                                      try DefaultsLocation.find(environment: ProcessInfo.processInfo.environment).provincesFile)
        let sheetsExist = try pairs.contains { $0.hasPrefix("rubric.mode=") }
            && session.modelSummaries().contains { !$0.appraisers.isEmpty }
        var edit = SettingsEdit(configuration: session.configuration, provinces: provinces.provinces, scoreSheetsExist: sheetsExist)
        var notes: [String: [String]] = [:]
        for (key, value) in try FieldSetter.pairs(pairs) {
            let before = edit.current(key)
            do {
                try edit.apply(key, value)
            } catch let error as FieldInputError {
                throw CLIError(LocalizedText(vi: "\(key): \(error.message.vi)", en: "\(key): \(error.message.en)"), exitCode: 2)
            }
            if let before, let after = edit.current(key), before.value != after.value {
                notes[before.file, default: []].append("\(key): «\(before.value)» → «\(after.value)»")
            }
        }
        if let changes = notes["committee"] {
            try session.saveSettings(edit.profile, as: "committee", note: changes.joined(separator: "; "))
        }
        if let changes = notes["headers"] {
            try session.saveSettings(edit.headers, as: "headers", note: changes.joined(separator: "; "))
        }
        if let changes = notes["rubric"] {
            try session.saveSettings(edit.rubric, as: "rubric", note: changes.joined(separator: "; "))
        }
        if let changes = notes["users"] {
            try session.saveSettings(edit.users, as: "users", note: changes.joined(separator: "; "))
        }
        Console.line(SetupText.settingsSaved(notes.values.reduce(0) { $0 + $1.count }).text(session.language))
    }
}

struct SettingsHistoryCommand: SessionCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "history") }
    @OptionGroup var global: GlobalOptions

    mutating func execute(_ session: Session) throws {
        // One line per change, the note whole: a table would cut the old and new values short.
        let readable = ReadableStamps(users: session.configuration.users)
        for entry in try SettingsStore(directory: session.directory).history() {
            Console.line("\(readable.time(entry.at))  \(readable.person(entry.by))  \(entry.id) r\(entry.fromRevision)→r\(entry.toRevision)  \(entry.note)")
        }
    }
}

struct SettingsUndoCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "undo", abstract: SetupText.settingsUndoAbstract.text(CLILanguage.current))
    }
    @OptionGroup var global: GlobalOptions

    mutating func execute(_ session: Session) throws {
        try session.requireAdmin()
        guard let undone = try SettingsStore(directory: session.directory).undoLast(by: session.actor.login, at: session.now) else {
            throw CLIError(SetupText.nothingToUndo, exitCode: 2)
        }
        Console.line(SetupText.undone(undone.id, undone.note).text(session.language))
    }
}

/// `dvk units rename ID NAME`: a unit's new name; its id, and every record pointing to it, stay.
struct UnitsRenameCommand: SessionCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "rename") }
    @OptionGroup var global: GlobalOptions
    @Argument var id: String
    @Argument var name: String

    mutating func execute(_ session: Session) throws {
        try session.requireAdmin()
        var edit = UnitsEdit(units: session.configuration.units)
        do {
            try edit.rename(id, to: name)
        } catch let error as FieldInputError {
            throw CLIError(error.message, exitCode: 2)
        }
        guard !edit.notes.isEmpty else { return Console.line(SetupText.settingsSaved(0).text(session.language)) }
        try session.saveSettings(UnitsFile(units: edit.units), as: "units", note: edit.notes.joined(separator: "; "))
        Console.line(SetupText.settingsSaved(1).text(session.language))
    }
}

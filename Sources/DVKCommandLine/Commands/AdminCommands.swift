import ArgumentParser
import DVKCore
import DVKImport
import DVKStorage

/// `dvk users list|add|allow-env-user`: who may do what (admin only for changes).
struct UsersCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "users", abstract: CLIText.help.usersAbstract.text(CLILanguage.current),
                             subcommands: [UsersListCommand.self, UsersAddCommand.self, UsersAllowEnvCommand.self])
    }
}

struct UsersListCommand: SessionCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list") }
    @OptionGroup var global: GlobalOptions

    mutating func execute(_ session: Session) throws {
        let users = session.configuration.users
        let rows = users.users.map { u in
            [u.login, u.name, u.roles.map { users.role($0)?.label.text(session.language) ?? $0 }.joined(separator: ", ")]
        }
        Console.line(TextTable(headers: CLIText.userColumns.map { $0.text(session.language) }, rows: rows).render())
        Console.line(CLIText.youAre(session.actor.login, known: session.actor.known).text(session.language))
    }
}

struct UsersAddCommand: SessionCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "add") }
    @OptionGroup var global: GlobalOptions
    @Argument var login: String
    @Option(name: .long) var name: String?
    @Option(name: .long) var role: [String]

    mutating func execute(_ session: Session) throws {
        try session.requireAdmin()
        var users = session.configuration.users
        for id in role where users.role(id) == nil {
            let all = users.roles.map(\.id).joined(separator: ", ")
            throw CLIError.badInput("--role: không có vai trò «\(id)»; chọn: \(all)", "--role: no role «\(id)»; choose: \(all)")
        }
        let user = UsersConfig.User(login: login, name: VietnameseText.cleanLine(name ?? login), roles: role)
        users.users.removeAll { $0.login == login }
        users.users.append(user)
        try session.saveSettings(users, as: "users", note: "users add \(login)")
        Console.line(CLIText.userSaved(login).text(session.language))
    }
}

struct UsersAllowEnvCommand: SessionCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "allow-env-user") }
    @OptionGroup var global: GlobalOptions
    @Argument(help: "on | off") var value: String

    mutating func execute(_ session: Session) throws {
        try session.requireAdmin()
        guard value == "on" || value == "off" else { throw CLIError.badInput("cần on hoặc off", "expected on or off") }
        var users = session.configuration.users
        users.allowEnvironmentUser = value == "on"
        try session.saveSettings(users, as: "users", note: "allow-env-user \(value)")
        Console.line(CLIText.userSaved("DVK_USER=\(value)").text(session.language))
    }
}

/// `dvk units list|add`: the unit list a province keeps in config.
struct UnitsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "units", abstract: CLIText.help.unitsAbstract.text(CLILanguage.current),
                             subcommands: [UnitsListCommand.self, UnitsAddCommand.self, UnitsRenameCommand.self])
    }
}

struct UnitsListCommand: SessionCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list") }
    @OptionGroup var global: GlobalOptions

    mutating func execute(_ session: Session) throws {
        let units = VietnameseText.sorted(session.configuration.units) { $0.name }
        Console.line(TextTable(headers: CLIText.unitColumns.map { $0.text(session.language) }, rows: units.map { [$0.id, $0.name, $0.type] }).render())
    }
}

struct UnitsAddCommand: SessionCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "add") }
    @OptionGroup var global: GlobalOptions
    @Argument var name: String
    @Option(name: .long) var type: String = "commune"

    mutating func execute(_ session: Session) throws {
        try session.requireAdmin()
        var edit = UnitsEdit(units: session.configuration.units)
        let unit: UnitEntry
        do {
            unit = try edit.add(name, type: type, makeID: UnitListFile.freeID)
        } catch let error as FieldInputError {
            throw CLIError(error.message, exitCode: 2)
        }
        try session.saveSettings(UnitsFile(units: edit.units), as: "units", note: edit.notes.joined(separator: "; "))
        Console.line(unit.id)
    }
}

/// `dvk backup`: a dated copy of the whole data directory under `backups/`.
struct BackupCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "backup", abstract: CLIText.help.backupAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions

    mutating func execute(_ session: Session) throws {
        try session.requireEdit()
        let result = try Backup(directory: session.directory).create(at: session.now)
        Console.line(CLIText.backedUp(result.folder, files: result.files).text(session.language))
    }
}

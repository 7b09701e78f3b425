import DVKCore
import DVKStorage

/// The configuration files a new committee lays over the shipped defaults (file name →
/// contents): `dvk init --level …` and the first-run setup of the interface build them here, so
/// both write the same files.
public enum CommitteeOverrides {
    /// `committee.json` and `headers.json` of a set-up committee; `issuers` replaces the
    /// generated letterheads when the user edited them.
    public static func committee(_ setup: CommitteeSetup, issuers: [DocumentHeaders.Issuer]? = nil) throws -> [String: [UInt8]] {
        [
            "committee.json": try RecordCoding.encode(setup.profile),
            "headers.json": try RecordCoding.encode(DocumentHeaders(issuers: issuers ?? setup.issuers)),
        ]
    }

    /// `units.json` with `units`.
    public static func units(_ units: [UnitEntry]) throws -> [String: [UInt8]] {
        ["units.json": try RecordCoding.encode(UnitsFile(units: units))]
    }

    /// `rubric.json` when the committee votes pass/fail instead of the shipped rubric's mode;
    /// nothing when the shipped mode is kept.
    public static func rubric(mode: Rubric.Mode, defaults: DefaultsLocation) throws -> [String: [UInt8]] {
        var rubric = try ConfigurationFiles.decode(Rubric.self, defaults.configFolder + "/rubric.json")
        guard rubric.mode != mode else { return [:] }
        rubric.mode = mode
        return ["rubric.json": try RecordCoding.encode(rubric)]
    }
}

/// A committee being set up in the first-run setup: what has been chosen so far, what is wrong
/// with it, and the configuration files it makes. No terminal here: the setup screens edit it.
public struct SetupDraft: Sendable {
    public var level: CommitteeSetup.Level = .commune
    public var province: Province?
    /// The commune, ward or special zone (commune level).
    public var commune = ""
    /// The letterheads as they will print: generated from level, province and commune, then
    /// edited; generated again when any of the three changes.
    public private(set) var issuers: [DocumentHeaders.Issuer] = []
    private var issuersFrom: CommitteeSetup?
    /// The units, one per line as typed or pasted (blank and repeated lines are dropped).
    public var unitLines = ""
    public var rubricMode: Rubric.Mode = .points
    /// Users besides the administrator running the setup.
    public private(set) var extraUsers: [UsersConfig.User] = []

    public init() {}

    /// The committee so far; nil until a province is chosen.
    public var setup: CommitteeSetup? {
        province.map { CommitteeSetup(level: level, province: $0, commune: level == .commune ? commune : "") }
    }

    /// Why the committee cannot be created yet, in words for the user; nil when it can.
    public var problem: LocalizedText? {
        guard let setup else {
            return LocalizedText(vi: "chưa chọn tỉnh, thành phố", en: "no province or city chosen")
        }
        return setup.problem
    }

    /// Makes the letterheads follow the committee again when level, province or commune changed
    /// since they were generated (edits of the old ones are dropped then).
    public mutating func refreshIssuers() {
        guard let setup, setup.problem == nil else { return }
        if issuersFrom != setup {
            issuers = setup.issuers
            issuersFrom = setup
        }
    }

    /// Replaces one letterhead with an edited one.
    public mutating func edit(issuer index: Int, _ change: (inout DocumentHeaders.Issuer) -> Void) {
        guard issuers.indices.contains(index) else { return }
        change(&issuers[index])
    }

    /// The units of `unitLines`, cleaned, with ids and kinds as `dvk init --units` gives them.
    public var units: [UnitEntry] { SetupDraft.units(fromLines: unitLines) }

    public static func units(fromLines text: String) -> [UnitEntry] {
        var units: [UnitEntry] = []
        var seen = Set<String>()
        for line in text.split(whereSeparator: \.isNewline) {
            let name = VietnameseText.cleanLine(String(line))
            let key = VietnameseText.matchKey(name)
            guard !key.isEmpty, seen.insert(key).inserted else { continue }
            units.append(UnitEntry(id: UnitListFile.freeID(name, taken: Set(units.map(\.id))), name: name, type: UnitListFile.unitType(name)))
        }
        return units
    }

    /// Adds a user; refuses (with the reason) an empty or taken login or an unknown role.
    public mutating func addUser(login: String, name: String, role: String, admin: String, roles: [UsersConfig.Role]) -> LocalizedText? {
        let login = VietnameseText.cleanLine(login)
        let name = VietnameseText.cleanLine(name)
        guard !login.isEmpty else { return LocalizedText(vi: "cần tên đăng nhập", en: "a login is needed") }
        guard !login.contains(where: { $0.isWhitespace }) else {
            return LocalizedText(vi: "«\(login)»: tên đăng nhập không có dấu cách", en: "«\(login)»: a login has no spaces")
        }
        guard login != admin, !extraUsers.contains(where: { $0.login == login }) else {
            return LocalizedText(vi: "«\(login)» đã có", en: "«\(login)» is already there")
        }
        guard roles.contains(where: { $0.id == role }) else { return LocalizedText(vi: "chưa chọn vai trò", en: "no role chosen") }
        extraUsers.append(UsersConfig.User(login: login, name: name.isEmpty ? login : name, roles: [role]))
        return nil
    }

    public mutating func removeUser(at index: Int) {
        if extraUsers.indices.contains(index) { extraUsers.remove(at: index) }
    }

    /// The configuration files this committee lays over the defaults.
    public func overrides(defaults: DefaultsLocation) throws -> [String: [UInt8]] {
        guard let setup, setup.problem == nil else { throw SetupDraftError.incomplete(problem ?? LocalizedText(vi: "", en: "")) }
        var files = try CommitteeOverrides.committee(setup, issuers: issuersFrom == setup ? issuers : nil)
        files.merge(try CommitteeOverrides.units(units)) { $1 }
        files.merge(try CommitteeOverrides.rubric(mode: rubricMode, defaults: defaults)) { $1 }
        return files
    }

    /// Creates the data directory as `dvk init --level …` does, with this committee's files and
    /// users; `admin` is the login running it.
    public func create(_ directory: DataDirectory, defaults: DefaultsLocation, admin: String, allowEnvironmentUser: Bool = false,
                       group: String? = nil, at time: Timestamp) throws {
        try directory.create(from: defaults, admin: UsersConfig.User(login: admin, name: admin, roles: ["admin"]), extraUsers: extraUsers,
                             allowEnvironmentUser: allowEnvironmentUser, group: group, overrides: overrides(defaults: defaults),
                             records: [], at: time)
    }
}

public enum SetupDraftError: Error, Sendable {
    case incomplete(LocalizedText)
}

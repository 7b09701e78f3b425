import DVKCore
import DVKStorage

/// What the first-run setup needs to know before any data directory exists: the shipped lists it
/// offers (provinces, roles, the rubric), who runs it, where the directory goes and today's date
/// for the preview.
public struct SetupContext: Sendable {
    public var provinces: [Province]
    public var roles: [UsersConfig.Role]
    /// The criteria of the shipped rubric (for "100 points in 6 criteria").
    public var criteriaCount: Int
    /// The login running the setup: the administrator.
    public var admin: String
    public var directory: DataDirectory
    public var defaults: DefaultsLocation
    public var allowEnvironmentUser: Bool
    public var group: String?
    public var today: Day?
    public var time: Timestamp
    /// A line shown above the first page (why the setup opened: no data directory yet).
    public var intro: LocalizedText?

    public init(provinces: [Province], roles: [UsersConfig.Role], criteriaCount: Int, admin: String, directory: DataDirectory,
                defaults: DefaultsLocation, allowEnvironmentUser: Bool = false, group: String? = nil, today: Day?, time: Timestamp,
                intro: LocalizedText? = nil) {
        self.provinces = provinces
        self.roles = roles
        self.criteriaCount = criteriaCount
        self.admin = admin
        self.directory = directory
        self.defaults = defaults
        self.allowEnvironmentUser = allowEnvironmentUser
        self.group = group
        self.today = today
        self.time = time
        self.intro = intro
    }

    /// The context with the lists read from the shipped defaults.
    public static func load(defaults: DefaultsLocation, directory: DataDirectory, admin: String, today: Day?, time: Timestamp,
                            allowEnvironmentUser: Bool = false, group: String? = nil, intro: LocalizedText? = nil) throws -> SetupContext {
        let provinces = try ConfigurationFiles.decode(ProvincesFile.self, defaults.provincesFile).provinces
        let users = try ConfigurationFiles.decode(UsersConfig.self, defaults.configFolder + "/users.json")
        let rubric = try ConfigurationFiles.decode(Rubric.self, defaults.configFolder + "/rubric.json")
        return SetupContext(provinces: provinces, roles: users.roles, criteriaCount: rubric.criteria.count, admin: admin,
                            directory: directory, defaults: defaults, allowEnvironmentUser: allowEnvironmentUser, group: group,
                            today: today, time: time, intro: intro)
    }
}

/// Roles and users (`config/users.json`): who may edit, appraise, enter paper score sheets for
/// appraisers, or administer, and whether the
/// `DVK_USER` variable may name the acting user (tests, a shared kiosk account).
public struct UsersConfig: Sendable, Codable {
    public struct Role: Sendable, Codable, Hashable {
        public var id: String
        public var label: LocalizedText
        public var canEdit: Bool
        public var canAppraise: Bool
        /// May type in a paper score sheet for an appraiser (the secretariat's job); the sheet
        /// is filed under the appraiser and names who entered it.
        public var canEnterForAppraisers: Bool
        public var canAdminister: Bool

        public init(id: String, label: LocalizedText, canEdit: Bool, canAppraise: Bool = false, canEnterForAppraisers: Bool = false,
                    canAdminister: Bool = false) {
            self.id = id
            self.label = label
            self.canEdit = canEdit
            self.canAppraise = canAppraise
            self.canEnterForAppraisers = canEnterForAppraisers
            self.canAdminister = canAdminister
        }

        enum CodingKeys: String, CodingKey { case id, label, canEdit, canAppraise, canEnterForAppraisers, canAdminister }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            label = try c.decode(LocalizedText.self, forKey: .label)
            canEdit = try c.decode(.canEdit, or: false)
            canAppraise = try c.decode(.canAppraise, or: false)
            canEnterForAppraisers = try c.decode(.canEnterForAppraisers, or: false)
            canAdminister = try c.decode(.canAdminister, or: false)
        }
    }

    public struct User: Sendable, Codable, Hashable {
        /// The operating-system login (or the `DVK_USER` value).
        public var login: String
        /// The name written in documents and shown in lists.
        public var name: String
        public var roles: [String]

        public init(login: String, name: String, roles: [String]) {
            self.login = login
            self.name = name
            self.roles = roles
        }
    }

    public var schemaVersion: Int
    public var allowEnvironmentUser: Bool
    public var unknownUserRole: String
    public var roles: [Role]
    public var users: [User]

    public func role(_ id: String) -> Role? { roles.first { $0.id == id } }

    /// The acting user for `login`: the configured user, or an unknown user with the read-only role.
    public func actor(login: String) -> Actor {
        if let user = users.first(where: { $0.login == login }) {
            return Actor(login: login, name: user.name.isEmpty ? login : user.name, roles: user.roles, known: true)
        }
        return Actor(login: login, name: login, roles: [unknownUserRole], known: false)
    }

    public func canEdit(_ actor: Actor) -> Bool { actor.roles.contains { role($0)?.canEdit == true } }
    public func canAppraise(_ actor: Actor) -> Bool { actor.roles.contains { role($0)?.canAppraise == true } }
    public func canEnterForAppraisers(_ actor: Actor) -> Bool { actor.roles.contains { role($0)?.canEnterForAppraisers == true } }
    public func canAdminister(_ actor: Actor) -> Bool { actor.roles.contains { role($0)?.canAdminister == true } }
}

/// The person acting: their login, display name and roles.
public struct Actor: Sendable, Hashable {
    public var login: String
    public var name: String
    public var roles: [String]
    /// False when the login is not in `users.json` (read-only).
    public var known: Bool

    public init(login: String, name: String, roles: [String], known: Bool = true) {
        self.login = login
        self.name = name
        self.roles = roles
        self.known = known
    }
}

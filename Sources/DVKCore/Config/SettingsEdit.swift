/// One change to the committee's settings typed as `KEY=VALUE` — the committee's profile
/// (`committee.name`, `committee.province`, `committee.level`, `committee.setUp`), a field of
/// an issuer's letterhead (`issuer.bcd-xa.name`, `issuer.ubnd-xa.signer.name`…), the rubric
/// (`rubric.mode`, `rubric.othersHiddenUntilOwnSheet`) or a user (`user.hang.name`,
/// `user.hang.roles`) — checked the same way whichever front end types it. Names are cleaned as
/// every stored text; `\n` in a body name separates its printed lines.
public struct SettingsEdit: Sendable {
    public var profile: CommitteeProfile
    public var headers: DocumentHeaders
    public var rubric: Rubric
    public var users: UsersConfig
    let levels: [ListEntry]
    let provinces: [Province]
    /// Whether any record holds a score sheet: the way of scoring may not change under them.
    let scoreSheetsExist: Bool

    public init(configuration: Configuration, provinces: [Province], scoreSheetsExist: Bool) {
        profile = configuration.committee
        headers = configuration.headers
        rubric = configuration.rubric
        users = configuration.users
        levels = configuration.lists.levels
        self.provinces = provinces
        self.scoreSheetsExist = scoreSheetsExist
    }

    /// The file (`committee`, `headers`, `rubric` or `users`) `key` changes, and the value it
    /// had; nil for a key that names nothing.
    public func current(_ key: String) -> (file: String, value: String)? {
        let parts = key.split(separator: ".", maxSplits: 2).map(String.init)
        switch parts.first {
        case "rubric" where parts.count == 2:
            switch parts[1] {
            case "mode": return ("rubric", rubric.mode.rawValue)
            case "othersHiddenUntilOwnSheet": return ("rubric", rubric.othersHiddenUntilOwnSheet ? "true" : "false")
            default: return nil
            }
        case "user" where parts.count == 3:
            guard let user = users.users.first(where: { $0.login == parts[1] }) else { return nil }
            switch parts[2] {
            case "name": return ("users", user.name)
            case "roles": return ("users", user.roles.joined(separator: ","))
            default: return nil
            }
        case "committee" where parts.count == 2:
            switch parts[1] {
            case "name": return ("committee", profile.name)
            case "province": return ("committee", profile.province)
            case "level": return ("committee", profile.level)
            case "setUp": return ("committee", profile.setUp ? "true" : "false")
            default: return nil
            }
        case "issuer" where parts.count == 3:
            guard let issuer = headers.issuer(parts[1]) else { return nil }
            switch parts[2] {
            case "parent": return ("headers", issuer.parent)
            case "name": return ("headers", issuer.name)
            case "place": return ("headers", issuer.place)
            case "numberSuffix": return ("headers", issuer.numberSuffix)
            case "layout": return ("headers", issuer.layout)
            case "signer.mode": return ("headers", issuer.signer.mode)
            case "signer.title": return ("headers", issuer.signer.title)
            case "signer.name": return ("headers", issuer.signer.name)
            default: return nil
            }
        default: return nil
        }
    }

    /// Applies `key=typed`; throws a ``FieldInputError`` naming the key when the value cannot be used.
    public mutating func apply(_ key: String, _ typed: String) throws {
        func bad(_ vi: String, _ en: String) -> FieldInputError { FieldInputError(key: key, message: LocalizedText(vi: vi, en: en)) }
        guard current(key) != nil else {
            throw bad("không có mục cài đặt «\(key)» (xem dvk settings show)", "there is no setting «\(key)» (see dvk settings show)")
        }
        let multiLine = key.hasSuffix(".name") && key.hasPrefix("issuer.") && !key.hasSuffix("signer.name")
        let value = multiLine
            ? typed.replacingOccurrences(of: "\\n", with: "\n").split(separator: "\n").map { VietnameseText.cleanLine(String($0)) }
                .filter { !$0.isEmpty }.joined(separator: "\n")
            : VietnameseText.cleanLine(typed)
        let parts = key.split(separator: ".", maxSplits: 2).map(String.init)
        if parts[0] == "rubric" { return try applyRubric(parts[1], value, bad) }
        if parts[0] == "user" { return try applyUser(parts[1], parts[2], value, bad) }
        if parts[0] == "committee" {
            switch parts[1] {
            case "name":
                guard !value.isEmpty else { throw bad("tên Ban Chỉ đạo không được để trống", "the committee's name must not be empty") }
                profile.name = value
            case "province":
                guard let found = CommitteeSetup.province(value, among: provinces) else {
                    throw bad("«\(value)» không phải tỉnh, thành phố hiện nay", "«\(value)» is not one of today's provinces and cities")
                }
                profile.province = found.name
            case "level":
                guard let level = levels.first(where: { $0.id == value || VietnameseText.matchKey($0.label.vi) == VietnameseText.matchKey(value) })
                else { throw bad("«\(value)» không phải cấp trong danh mục", "«\(value)» is not a level of the lists") }
                profile.level = level.id
            default:
                let flag = try Self.flag(value, bad)
                if flag && headers.issuers.isEmpty {
                    throw bad("chưa có cơ quan ban hành nào trong headers.json", "headers.json names no issuing body yet")
                }
                profile.setUp = flag
            }
            return
        }
        guard let index = headers.issuers.firstIndex(where: { $0.id == parts[1] }) else { return }
        var issuer = headers.issuers[index]
        switch parts[2] {
        case "parent": issuer.parent = value
        case "name":
            guard !value.isEmpty else { throw bad("tên cơ quan không được để trống", "the body's name must not be empty") }
            issuer.name = value
        case "place": issuer.place = value
        case "numberSuffix": issuer.numberSuffix = value
        case "layout":
            guard ["state", "party"].contains(value) else { throw bad("cần state hoặc party", "state or party expected") }
            issuer.layout = value
        case "signer.mode":
            guard ["", "TM.", "KT.", "Q.", "TL.", "TUQ."].contains(value) else {
                throw bad("cần TM., KT., Q., TL., TUQ. hoặc để trống", "TM., KT., Q., TL., TUQ. or empty expected")
            }
            issuer.signer.mode = value
        case "signer.title": issuer.signer.title = value
        default: issuer.signer.name = value
        }
        headers.issuers[index] = issuer
    }

    /// `true`/`false` (or "có"/"không").
    static func flag(_ value: String, _ bad: (String, String) -> FieldInputError) throws -> Bool {
        guard let flag = ["true": true, "false": false, "co": true, "khong": false][VietnameseText.matchKey(value)] else {
            throw bad("cần true hoặc false", "true or false expected")
        }
        return flag
    }

    private mutating func applyRubric(_ field: String, _ value: String, _ bad: (String, String) -> FieldInputError) throws {
        guard field == "mode" else { return rubric.othersHiddenUntilOwnSheet = try Self.flag(value, bad) }
        let modes: [String: Rubric.Mode] = ["points": .points, "diem": .points, "chamdiem": .points,
                                            "passfail": .passFail, "datkhongdat": .passFail, "bieuquyet": .passFail]
        guard let mode = modes[VietnameseText.matchKey(value)] else {
            throw bad("cần points (chấm điểm) hoặc passFail (đạt/không đạt)", "points or passFail expected")
        }
        guard mode == rubric.mode || !scoreSheetsExist else {
            throw bad("đã có phiếu chấm theo cách hiện nay: đổi cách chấm sẽ làm sai kết quả các phiếu đó",
                      "score sheets exist in the current way of scoring: changing it would misread them")
        }
        if mode == .points && rubric.criteria.isEmpty {
            throw bad("rubric.json chưa có tiêu chí nào để chấm điểm", "rubric.json has no criteria to score")
        }
        rubric.mode = mode
    }

    private mutating func applyUser(_ login: String, _ field: String, _ value: String, _ bad: (String, String) -> FieldInputError) throws {
        guard let index = users.users.firstIndex(where: { $0.login == login }) else { return }
        guard field == "roles" else {
            guard !value.isEmpty else { throw bad("họ tên không được để trống", "the name must not be empty") }
            return users.users[index].name = value
        }
        var roles: [String] = []
        for typed in value.split(separator: ",").map({ VietnameseText.cleanLine(String($0)) }) where !typed.isEmpty {
            guard let role = users.roles.first(where: { $0.id == typed || VietnameseText.matchKey($0.label.vi) == VietnameseText.matchKey(typed) })
            else {
                throw bad("«\(typed)» không phải vai trò (có: \(users.roles.map(\.id).joined(separator: ", ")))",
                          "«\(typed)» is not a role (known: \(users.roles.map(\.id).joined(separator: ", ")))")
            }
            if !roles.contains(role.id) { roles.append(role.id) }
        }
        guard !roles.isEmpty else { throw bad("cần ít nhất một vai trò", "at least one role is needed") }
        var changed = users
        changed.users[index].roles = roles
        guard changed.users.contains(where: { user in user.roles.contains { changed.role($0)?.canAdminister == true } }) else {
            throw bad("phải còn ít nhất một người quản trị", "at least one administrator must remain")
        }
        users = changed
    }
}

/// Everything a data directory's `config/` folder holds, decoded: lists, units, rubric, users and
/// roles, document headers and the workflow.
public struct Configuration: Sendable {
    public var lists: ListCatalog
    public var units: [UnitEntry]
    public var rubric: Rubric
    public var users: UsersConfig
    public var headers: DocumentHeaders
    public var workflow: WorkflowDefinition
    /// Whose committee this is; a configuration without `committee.json` was set up by hand.
    public var committee = CommitteeProfile(setUp: true, level: "", province: "", name: "")
    /// The legal bases documents cite (`legal-bases.json`); empty in a directory made before the file.
    public var legalBases = LegalBases()
    /// The wording of award decisions (`decision.json`); nil in a directory made before the file.
    public var decisionWording: DecisionWording?
    /// The wording of the committee's report (`report-templates.json`); nil in a directory made
    /// before the file existed (the report then uses the shipped one).
    public var reportTemplates: ReportTemplates?
    /// The revision of each configuration file as it was read (`units` → 2), for a change saved
    /// over it to be refused if someone changed the file meanwhile; absent means 0.
    public var revisions: [String: Int] = [:]

    /// The revision `file` (`units`, `headers`…) was read at.
    public func revision(of file: String) -> Int { revisions[file] ?? 0 }

    public init(lists: ListCatalog, units: [UnitEntry], rubric: Rubric, users: UsersConfig, headers: DocumentHeaders, workflow: WorkflowDefinition) {
        var lists = lists
        lists.units = units.map(\.listEntry)
        self.lists = lists
        self.units = units
        self.rubric = rubric
        self.users = users
        self.headers = headers
        self.workflow = workflow
    }

    /// The workflow engine for this configuration.
    public var engine: WorkflowEngine { WorkflowEngine(workflow: workflow, rubric: rubric) }

    /// Problems across files: references to states, roles, bands, levels and tracks that do not exist.
    public func problems() -> [String] {
        var problems = workflow.problems(knownRoles: Set(users.roles.map(\.id)), knownBands: Set(rubric.bands.map(\.id)))
        if rubric.criteria.isEmpty && rubric.mode == .points { problems.append("rubric: no criteria") }
        if rubric.band(id: rubric.passBand) == nil { problems.append("rubric: passBand '\(rubric.passBand)' is not a band") }
        if rubric.band(id: rubric.failBand) == nil { problems.append("rubric: failBand '\(rubric.failBand)' is not a band") }
        if users.role(users.unknownUserRole) == nil { problems.append("users: unknownUserRole '\(users.unknownUserRole)' is not a role") }
        for user in users.users {
            for role in user.roles where users.role(role) == nil {
                problems.append("users: user '\(user.login)' has unknown role '\(role)'")
            }
        }
        for form in lists.awardForms {
            for level in form.levels ?? [] where !lists.contains(level, in: .levels) {
                problems.append("lists: award form '\(form.id)' names unknown level '\(level)'")
            }
            for track in form.tracks ?? [] where !lists.contains(track, in: .tracks) {
                problems.append("lists: award form '\(form.id)' names unknown track '\(track)'")
            }
        }
        let unitIDs = units.map(\.id)
        if Set(unitIDs).count != unitIDs.count { problems.append("units: duplicate unit id") }
        for issuer in headers.issuers where !["state", "party"].contains(issuer.layout) {
            problems.append("headers: issuer '\(issuer.id)' has layout '\(issuer.layout)' (expected state or party)")
        }
        problems += legalBases.problems()
        problems += decisionWording?.problems() ?? []
        problems += reportTemplates?.problems() ?? []
        return problems
    }
}

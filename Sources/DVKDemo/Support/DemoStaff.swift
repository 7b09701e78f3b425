import DVKCore

/// The demo's users: a secretariat clerk, three appraisers and a committee leader, with the role
/// ids of the shipped `users.json`. Transitions are fired as the first of them the workflow allows.
struct DemoStaff: Sendable {
    static let clerk = "thuky"
    static let leader = "lanhdao"
    static let appraisers = ["thamdinh1", "thamdinh2", "thamdinh3"]

    let users: [UsersConfig.User]

    init(vocabulary: DemoVocabulary) {
        let names = vocabulary.staff
        var users = [UsersConfig.User(login: DemoStaff.clerk, name: names.secretariat, roles: ["secretariat"])]
        for (index, login) in DemoStaff.appraisers.enumerated() {
            let name = index < names.appraisers.count ? names.appraisers[index] : login
            users.append(UsersConfig.User(login: login, name: name, roles: ["appraiser"]))
        }
        users.append(UsersConfig.User(login: DemoStaff.leader, name: names.leader, roles: ["leader"]))
        self.users = users
    }

    func actor(_ login: String) -> Actor {
        let user = users.first { $0.login == login }
        return Actor(login: login, name: user?.name ?? login, roles: user?.roles ?? [])
    }

    /// The login that fires `transition`: the clerk when the workflow lets the secretariat do it,
    /// otherwise the leader.
    func login(for transition: WorkflowDefinition.Transition?) -> String {
        guard let transition, !transition.roles.isEmpty else { return DemoStaff.clerk }
        let clerkRoles = actor(DemoStaff.clerk).roles
        return clerkRoles.contains(where: transition.roles.contains) ? DemoStaff.clerk : DemoStaff.leader
    }
}

/// The state ids of the shipped workflow the generator steers records through.
enum DemoState {
    static let draft = "draft"
    static let registered = "registered"
    static let review = "registration_review"
    static let inProgress = "in_progress"
    static let resultsSubmitted = "results_submitted"
    static let appraisal = "appraisal"
    static let recognised = "recognised"
    static let notRecognised = "not_recognised"
    static let awardProposed = "award_proposed"
    static let awarded = "awarded"
    static let rejected = "rejected"
    static let discontinued = "discontinued"

    /// The main line from registration to recognition, in order.
    static let mainLine = [registered, review, inProgress, resultsSubmitted, appraisal, recognised]
}

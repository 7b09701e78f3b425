import DVKCore

/// The generated demo data: model records, inspection rounds, award decisions, and the users who
/// acted on them (to be written to `users.json` beside the records).
public struct DemoDataSet: Sendable, Hashable, Codable {
    public var models: [ModelRecord]
    public var inspections: [InspectionRound]
    public var decisions: [AwardDecision]
    public var users: [UsersConfig.User]

    public init(models: [ModelRecord], inspections: [InspectionRound], decisions: [AwardDecision], users: [UsersConfig.User]) {
        self.models = models
        self.inspections = inspections
        self.decisions = decisions
        self.users = users
    }
}

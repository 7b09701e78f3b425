/// The workflow as data (`config/workflow.json`): states, transitions with their labels, the
/// roles allowed to fire each one and the guards that must hold.
public struct WorkflowDefinition: Sendable, Codable {
    public struct State: Sendable, Codable, Hashable {
        public var id: String
        public var label: LocalizedText
        /// A terminal state has no way out but what the file lists explicitly; `"*"` in a
        /// transition's `from` means every state that is not terminal.
        public var terminal: Bool

        public init(id: String, label: LocalizedText, terminal: Bool = false) {
            self.id = id
            self.label = label
            self.terminal = terminal
        }

        enum CodingKeys: String, CodingKey { case id, label, terminal }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            label = try c.decode(LocalizedText.self, forKey: .label)
            terminal = try c.decode(.terminal, or: false)
        }
    }

    public struct Transition: Sendable, Codable, Hashable {
        public var id: String
        public var from: [String]
        public var to: String
        public var label: LocalizedText
        public var roles: [String]
        public var guards: [Guard]
        /// When set, firing the move records the vetting of the registration with this outcome
        /// (`accepted`, `returned`, `rejected`) and the move's note as the opinion.
        public var reviewOutcome: String?

        public init(id: String, from: [String], to: String, label: LocalizedText, roles: [String], guards: [Guard],
                    reviewOutcome: String? = nil) {
            self.id = id
            self.from = from
            self.to = to
            self.label = label
            self.roles = roles
            self.guards = guards
            self.reviewOutcome = reviewOutcome
        }
    }

    /// The wildcard for "every state that is not terminal".
    public static let anyLiveState = "*"

    public var schemaVersion: Int
    public var initial: String
    public var states: [State]
    public var transitions: [Transition]

    public func state(_ id: String) -> State? { states.first { $0.id == id } }

    public func label(ofState id: String, _ language: Language) -> String {
        state(id)?.label.text(language) ?? id
    }

    /// Whether `transition` may start from `stateID`.
    public func transition(_ transition: Transition, startsFrom stateID: String) -> Bool {
        if transition.from.contains(stateID) { return true }
        guard transition.from.contains(WorkflowDefinition.anyLiveState), let state = state(stateID) else { return false }
        return !state.terminal && stateID != transition.to
    }

    /// Every transition that may start from `stateID`, in file order.
    public func transitions(from stateID: String) -> [Transition] {
        transitions.filter { transition($0, startsFrom: stateID) }
    }

    /// Problems that make the file unusable: unknown states, duplicate ids, two transitions
    /// between the same pair of states (a move is named by its target state).
    public func problems(knownRoles: Set<String>, knownBands: Set<String>) -> [String] {
        var problems: [String] = []
        let stateIDs = states.map(\.id)
        let known = Set(stateIDs)
        if known.count != stateIDs.count { problems.append("workflow: duplicate state id") }
        if !known.contains(initial) { problems.append("workflow: initial state '\(initial)' is not a state") }
        var transitionIDs = Set<String>()
        for t in transitions {
            if !transitionIDs.insert(t.id).inserted { problems.append("workflow: duplicate transition id '\(t.id)'") }
            if !known.contains(t.to) { problems.append("workflow: transition '\(t.id)' goes to unknown state '\(t.to)'") }
            for f in t.from where f != WorkflowDefinition.anyLiveState && !known.contains(f) {
                problems.append("workflow: transition '\(t.id)' starts from unknown state '\(f)'")
            }
            for r in t.roles where !knownRoles.contains(r) {
                problems.append("workflow: transition '\(t.id)' names unknown role '\(r)'")
            }
            for g in t.guards {
                if case .scoreBand(let bands) = g {
                    for b in bands where !knownBands.contains(b) {
                        problems.append("workflow: transition '\(t.id)' names unknown band '\(b)'")
                    }
                }
            }
        }
        for state in stateIDs {
            let targets = transitions(from: state).map(\.to)
            if Set(targets).count != targets.count {
                problems.append("workflow: two transitions lead from '\(state)' to the same state")
            }
        }
        return problems
    }
}

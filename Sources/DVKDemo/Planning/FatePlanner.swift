import DVKCore

/// Decides where each record of a year ends up: how many records finish in each state (older
/// years mostly finished, the current year mostly in progress), the award route, whether the
/// registration was returned once, when the record was created, and the path of states.
struct FatePlanner {
    typealias S = DemoState

    /// Shares of final states by the year's age (0 = the current year).
    static func shares(age: Int) -> [(state: String, share: Double)] {
        switch age {
        case 0:
            return [(S.draft, 0.06), (S.registered, 0.07), (S.review, 0.07), (S.inProgress, 0.36),
                    (S.resultsSubmitted, 0.14), (S.appraisal, 0.10), (S.recognised, 0.04), (S.notRecognised, 0.02),
                    (S.awardProposed, 0.05), (S.rejected, 0.04), (S.discontinued, 0.05)]
        case 1:
            return [(S.awarded, 0.38), (S.recognised, 0.31), (S.notRecognised, 0.09), (S.awardProposed, 0.08),
                    (S.rejected, 0.05), (S.discontinued, 0.06), (S.inProgress, 0.03)]
        default:
            return [(S.awarded, 0.44), (S.recognised, 0.33), (S.notRecognised, 0.10), (S.rejected, 0.06),
                    (S.discontinued, 0.07)]
        }
    }

    /// Exactly `count` final states in a random order, each share present at least once; the
    /// largest share absorbs the rounding.
    static func finalStates(count: Int, age: Int, rng: inout SplitMix64) -> [String] {
        let table = shares(age: age)
        var counts = table.map { max(1, Int(($0.share * Double(count)).rounded())) }
        if let largest = table.indices.max(by: { table[$0].share < table[$1].share }) {
            counts[largest] = max(1, counts[largest] + count - counts.reduce(0, +))
        }
        var states: [String] = []
        for (entry, n) in zip(table, counts) { states += Array(repeating: entry.state, count: n) }
        return rng.shuffled(states)
    }

    /// A plan skeleton for a record finishing in `final`: route, return loop, stop stage and
    /// creation day. Content and path come later.
    static func skeleton(final: String, year: Int, age: Int, rng: inout SplitMix64) -> RecordPlan {
        var route = AwardRoute.noAward
        switch final {
        case S.recognised: route = age > 0 && rng.chance(0.2) ? .declined : .noAward
        case S.awardProposed: route = age == 0 ? .pending : .escalatedPending
        case S.awarded: route = rng.chance(age >= 2 ? 0.3 : 0.15) ? .escalatedAwarded : .awarded
        default: break
        }
        var stop: String?
        if final == S.discontinued {
            let stages = age == 0 ? [S.registered, S.review, S.inProgress] : [S.registered, S.review, S.inProgress, S.resultsSubmitted, S.recognised]
            let weights: [Double] = age == 0 ? [1, 1, 6] : [1, 1, 5, 1, 1]
            stop = stages[rng.weightedIndex(weights)]
        }
        let returned = final == S.draft ? false : rng.chance(final == S.registered ? 0.4 : 0.12)
        let late = age == 0 && [S.draft, S.registered, S.review].contains(final)
        let created = late ? rng.day(.demo(year, 8, 1), plus: 0...35) : rng.day(.demo(year, 1, 5), plus: 0...75)
        var plan = RecordPlan(record: ModelRecord(id: "", year: year, state: S.draft, created: Stamp(at: rng.officeTime(on: created), by: DemoStaff.clerk)),
                              final: final, createdDay: created)
        plan.route = route
        plan.returned = returned
        plan.stopStage = stop
        return plan
    }

    /// A province-level record has no higher level to be escalated to.
    static func settleRoute(_ plan: inout RecordPlan) {
        guard plan.record.level == "province" else { return }
        if plan.route == .escalatedPending { plan.route = .pending }
        if plan.route == .escalatedAwarded { plan.route = .awarded }
    }

    /// The states the record passes through after `draft`, in order.
    static func path(for plan: RecordPlan) -> [String] {
        let line = plan.returned ? [S.registered, S.review] + S.mainLine : S.mainLine
        func upTo(_ state: String) -> [String] {
            guard let last = line.lastIndex(of: state) else { return [] }
            return Array(line[...last])
        }
        switch plan.final {
        case S.draft: return []
        case S.rejected: return upTo(S.review) + [S.rejected]
        case S.notRecognised: return upTo(S.appraisal) + [S.notRecognised]
        case S.discontinued: return upTo(plan.stopStage ?? S.inProgress) + [S.discontinued]
        case S.recognised:
            return upTo(S.recognised) + (plan.route == .declined ? [S.awardProposed, S.recognised] : [])
        case S.awardProposed:
            return upTo(S.recognised) + (plan.route == .escalatedPending ? [S.awardProposed, S.awarded, S.awardProposed] : [S.awardProposed])
        case S.awarded:
            return upTo(S.recognised) + (plan.route == .escalatedAwarded ? [S.awardProposed, S.awarded, S.awardProposed, S.awarded] : [S.awardProposed, S.awarded])
        default: return upTo(plan.final)
        }
    }
}

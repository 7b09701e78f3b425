import DVKCore

/// Groups a year's records under implementation into inspection rounds (June–August): commune
/// committees visit their own unit's models, district and province teams several units at once.
/// Every record that will be appraised is inspected; about half of the others are.
struct InspectionPlanner: Sendable {
    let vocabulary: DemoVocabulary
    let people: PeopleMaker

    /// 08:30 in Vietnam: the time of day a round's minutes are filed, before records are updated.
    static let filingOffset: Int64 = -37_800

    private struct Group {
        var level: String
        var members: [Int]
    }

    func plan(_ plans: inout [RecordPlan], indices: [Int], year: Int, rng: inout SplitMix64) -> [InspectionRound] {
        var communeUnits: [String] = []
        var byUnit: [String: [Int]] = [:]
        var district: [Int] = []
        var province: [Int] = []
        for i in indices where plans[i].passes(DemoState.inProgress) {
            guard plans[i].passes(DemoState.appraisal) || rng.chance(0.5) else { continue }
            let record = plans[i].record
            switch record.level {
            case "province": province.append(i)
            case "district": district.append(i)
            default:
                guard rng.chance(0.5) else { district.append(i); continue }
                if byUnit[record.unit] == nil { communeUnits.append(record.unit) }
                byUnit[record.unit, default: []].append(i)
            }
        }
        var groups: [Group] = []
        for unit in communeUnits {
            for chunk in chunks(byUnit[unit] ?? [], sizes: 6...6, rng: &rng) {
                if chunk.count < 2 { district += chunk } else { groups.append(Group(level: people.id("commune", in: .levels), members: chunk)) }
            }
        }
        if province.count < 2 { district += province; province = [] }
        groups += chunks(rng.shuffled(province), sizes: 2...6, rng: &rng).map { Group(level: people.id("province", in: .levels), members: $0) }
        groups += chunks(rng.shuffled(district), sizes: 4...9, rng: &rng).map { Group(level: people.id("district", in: .levels), members: $0) }

        let dated = groups.map { ($0, rng.day(.demo(year, 6, 1), plus: 0...85)) }
            .enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }.map(\.element)
        return dated.enumerated().map { number, entry in
            round(number: number + 1, group: entry.0, date: entry.1, year: year, plans: &plans, rng: &rng)
        }
    }

    private func round(number: Int, group: Group, date: Day, year: Int, plans: inout [RecordPlan], rng: inout SplitMix64) -> InspectionRound {
        let id = "KT-\(year)-\(pad(number))"
        let filed = date.adding(days: 1)
        let first = plans[group.members[0]].values
        var round = InspectionRound(id: id, date: date, level: group.level,
                                    body: Template.fill(vocabulary.inspectionBodies[group.level] ?? "", first),
                                    created: Stamp(at: Timestamp(day: filed, offsetSeconds: InspectionPlanner.filingOffset), by: DemoStaff.clerk))
        round.revision = 1
        round.team = people.team(level: group.level, count: rng.int(3...5), year: year, rng: &rng)
        round.note = rng.text(vocabulary.inspectionNotes)
        for member in group.members {
            let plan = plans[member]
            if !round.units.contains(plan.record.unit) { round.units.append(plan.record.unit) }
            round.findings.append(InspectionFinding(modelId: plan.record.id,
                                                    findings: Template.fill(rng.text(vocabulary.findings), plan.values),
                                                    recommendations: Template.fill(rng.text(vocabulary.recommendations), plan.values)))
            plans[member].inspections.append(InspectionSlot(roundID: id, day: filed))
        }
        return round
    }

    /// `items` cut into consecutive chunks whose sizes are drawn from `sizes`.
    private func chunks(_ items: [Int], sizes: ClosedRange<Int>, rng: inout SplitMix64) -> [[Int]] {
        var result: [[Int]] = []
        var start = 0
        while start < items.count {
            let end = min(items.count, start + rng.int(sizes))
            result.append(Array(items[start..<end]))
            start = end
        }
        if result.count > 1, let last = result.last, last.count == 1 {
            result.removeLast()
            result[result.count - 1] += last
        }
        return result
    }
}

/// A number written with at least three digits ("007").
func pad(_ number: Int, width: Int = 3) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

import DVKCore

/// An award decision being assembled: the decision itself (recipients added after the walk),
/// its slot for proposals, and the people it honours without a model.
struct DecisionPlan: Sendable {
    var decision: AwardDecision
    var slot: DecisionSlot
    var freeRecipients: [AwardRecipient]
}

/// Puts a year's award proposals into decisions: one decision per year, level, track and status.
/// Commune and district decisions follow the October recognitions and are signed from mid-November;
/// province decisions (Bằng khen) collect escalations early the next year. Decisions of the
/// current year, and some province ones, are still proposals.
struct AwardPlanner: Sendable {
    let configuration: Configuration
    let vocabulary: DemoVocabulary
    let people: PeopleMaker
    private(set) var decisions: [DecisionPlan] = []
    private var byKey: [String: Int] = [:]
    private var lastNumber: [Int: Int] = [:]

    init(configuration: Configuration, vocabulary: DemoVocabulary, people: PeopleMaker) {
        self.configuration = configuration
        self.vocabulary = vocabulary
        self.people = people
    }

    mutating func plan(_ plans: inout [RecordPlan], indices: [Int], lastYear: Int, rng: inout SplitMix64) {
        for i in indices where plans[i].passes(DemoState.awardProposed) {
            let record = plans[i].record
            let route = plans[i].route
            guard route != .declined else { plans[i].proposals = [nil]; continue }
            let level: String
            switch record.level {
            case "province", "district": level = record.level
            default: level = record.year >= lastYear || rng.chance(0.6) ? record.level : people.id("district", in: .levels)
            }
            var slots = [slot(year: record.year, level: level, awarded: route != .pending, lastYear: lastYear, rng: &rng)]
            if route.escalates {
                slots.append(slot(year: record.year, level: people.id("province", in: .levels), awarded: route == .escalatedAwarded, lastYear: lastYear, rng: &rng))
            }
            plans[i].proposals = slots
        }
    }

    /// The usable issuers of the vocabulary: (level, track, issuer id, preferred form).
    private var issuerChoices: [(level: String, track: String, issuer: String, form: String)] {
        vocabulary.awardIssuers.compactMap { entry in
            let layout = entry.track == "party" ? "party" : "state"
            let id = entry.issuers.first { configuration.headers.issuer($0) != nil }
                ?? configuration.headers.issuers.first { $0.layout == layout }?.id
            return id.map { (entry.level, entry.track, $0, entry.form) }
        }
    }

    private mutating func slot(year: Int, level: String, awarded: Bool, lastYear: Int, rng: inout SplitMix64) -> DecisionSlot {
        let all = issuerChoices
        let atLevel = all.filter { $0.level == level }
        let choice = rng.element(of: atLevel.isEmpty ? all : atLevel) ?? (level, "government", "", "")
        let status = awarded ? AwardDecision.statusAwarded : AwardDecision.statusProposed
        let key = "\(year)|\(level)|\(choice.track)|\(status)"
        if let index = byKey[key] { return decisions[index].slot }

        let number = (lastNumber[year] ?? 0) + 1
        lastNumber[year] = number
        let (proposeDay, awardDay) = days(year: year, level: level, awarded: awarded, lastYear: lastYear, rng: &rng)
        let issuer = configuration.headers.issuer(choice.issuer)
        let suffix = issuer?.numberSuffix ?? "QĐ"
        let serial = rng.int(20...420)
        let official = awarded ? (issuer?.layout == "party" ? "\(serial)-\(suffix)" : "\(serial)/\(suffix)") : ""
        let form = awardForm(preferred: choice.form, level: level, track: choice.track)
        let filed = { (day: Day) in Stamp(at: Timestamp(day: day, offsetSeconds: InspectionPlanner.filingOffset), by: DemoStaff.clerk) }

        var decision = AwardDecision(id: "QD-\(year)-\(pad(number))", number: official, year: year, created: filed(proposeDay))
        decision.revision = 1
        decision.date = awardDay
        decision.issuer = choice.issuer
        let configuredName = issuer?.signer.name ?? ""
        let name = configuredName.isEmpty ? vocabulary.signerNames[choice.issuer] ?? people.person(year: year, rng: &rng).name : configuredName
        decision.signer = Signer(mode: issuer?.signer.mode ?? "", title: issuer?.signer.title ?? "", name: name)
        decision.form = form
        decision.level = level
        decision.track = choice.track
        decision.status = status
        decision.reason = Template.fill(vocabulary.awardReason, ["year": String(year)])
        decision.updated = awardDay.map(filed) ?? decision.created

        let slot = DecisionSlot(id: decision.id, number: official, formLabel: configuration.lists.label(form, in: .awardForms, .vi),
                                proposeDay: proposeDay, awardDay: awardDay)
        byKey[key] = decisions.count
        decisions.append(DecisionPlan(decision: decision, slot: slot, freeRecipients: freeRecipients(year: year, rng: &rng)))
        return slot
    }

    /// The day the proposal list is compiled and, for an issued decision, the day it is signed.
    private func days(year: Int, level: String, awarded: Bool, lastYear: Int, rng: inout SplitMix64) -> (Day, Day?) {
        guard level == "province", year < lastYear else {
            let propose = rng.day(.demo(year, 10, 20), plus: 0...7)
            return (propose, awarded ? rng.day(.demo(year, 11, 15), plus: 0...35) : nil)
        }
        if awarded {
            return (rng.day(.demo(year + 1, 1, 6), plus: 0...10), rng.day(.demo(year + 1, 3, 20), plus: 0...30))
        }
        return (rng.day(.demo(year + 1, 9, 5), plus: 0...10), nil)
    }

    /// The preferred form when the `awardForms` list allows it at this level and track, else the
    /// first form that is allowed.
    private func awardForm(preferred: String, level: String, track: String) -> String {
        let allowed = configuration.lists.awardForms.filter {
            ($0.levels?.contains(level) ?? true) && ($0.tracks?.contains(track) ?? true)
        }
        return allowed.first { $0.id == preferred }?.id ?? allowed.first?.id ?? ""
    }

    /// Two to five people honoured without a registered model.
    private func freeRecipients(year: Int, rng: inout SplitMix64) -> [AwardRecipient] {
        let units = configuration.units.filter { $0.type != "agency" }
        return (0..<rng.int(2...5)).compactMap { _ in
            guard let unit = rng.element(of: units.isEmpty ? configuration.units : units) else { return nil }
            let person = people.person(year: year, rng: &rng)
            return AwardRecipient(name: person.name, subject: people.id("individual", in: .subjects),
                                  position: people.position(for: unit, rng: &rng), unit: unit.name)
        }
    }
}

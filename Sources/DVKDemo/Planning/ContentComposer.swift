import DVKCore

/// Fills a record's identity and registration form (phiếu đăng ký): unit, level, subject, kind,
/// origin, field, name, address, texts, indicators, resources, dates, person in charge and, for
/// individuals, the person's details.
struct ContentComposer: Sendable {
    let configuration: Configuration
    let vocabulary: DemoVocabulary
    let people: PeopleMaker

    private static let kindWeights: [String: [String: Double]] = [
        "collective": ["model": 6, "exemplar": 2, "deed": 2],
        "individual": ["model": 1, "exemplar": 5, "deed": 4],
    ]
    /// Budget ranges by source id, in millions of VND.
    private static let budgetRanges: [String: ClosedRange<Int>] = ["state": 10...150, "socialized": 5...80, "people": 2...120]

    /// Composes `plan.record`; `parent` is the outstanding record a replicated model copies.
    func compose(_ plan: inout RecordPlan, parent: RecordPlan?, lastYear: Bool, rng: inout SplitMix64) {
        var r = plan.record
        let unit = pickUnit(communesOnly: parent != nil || lastYear, rng: &rng)
        let collective = parent != nil || rng.chance(unit.type == "agency" ? 0.8 : 0.62)
        r.phase = vocabulary.phase
        r.unit = unit.id
        r.level = level(for: unit, replicated: parent != nil, lastYear: lastYear, rng: &rng)
        r.subject = people.id(collective ? "collective" : "individual", in: .subjects)
        r.field = parent?.record.field ?? people.weightedID(.fields, vocabulary.fieldWeights, rng: &rng)
        r.kind = parent?.record.kind ?? people.weightedID(.kinds, ContentComposer.kindWeights[r.subject] ?? [:], rng: &rng)
        r.origin = people.id(parent != nil ? "replicated" : (rng.chance(0.6) ? "new" : "maintained"), in: .origins)
        r.parentId = parent?.record.id
        if rng.chance(0.3) { r.tags = [rng.text(vocabulary.tags)].filter { !$0.isEmpty } }

        let inside = unit.type == "agency" ? unit.name : unit.name.lowercasedFirst
        let village = pickVillage(for: unit, rng: &rng)
        let pattern = parent?.namePattern ?? rng.text(vocabulary.entries(collective ? vocabulary.collectiveModels : vocabulary.individualModels, r.field))
        let leader = people.person(year: r.year, rng: &rng)
        let position = people.position(for: unit, rng: &rng)
        let carrier: String
        if !collective {
            carrier = leader.name
        } else if unit.type == "agency" {
            carrier = unit.name
        } else {
            carrier = "\(rng.text(vocabulary.collectiveBodies)) \(village), \(inside)"
        }
        var values = [
            "village": village, "unit": inside, "district": vocabulary.places.district, "province": vocabulary.places.province,
            "collective": carrier, "year": String(r.year), "field": fieldText(r.field),
            "households": String(rng.int(20...250)), "people": String(rng.int(50...900)),
            "percent": String(rng.int(80...100)), "months": String(rng.int(6...10)),
        ]
        r.name = Template.fill(pattern, values)
        values["name"] = r.name
        r.address = unit.type == "agency"
            ? [unit.name, village, vocabulary.places.agencySeat, vocabulary.places.district, vocabulary.places.province].joined(separator: ", ")
            : [village, inside, vocabulary.places.district, vocabulary.places.province].joined(separator: ", ")
        func text(_ templates: [String]) -> String { Template.fill(rng.text(templates), values) }
        r.situation = text(vocabulary.entries(vocabulary.situations, r.field))
        r.objectives = text(vocabulary.entries(vocabulary.objectives, r.field))
        r.solutions = text(vocabulary.solutions)
        r.beneficiaries = text(vocabulary.beneficiaries)
        r.forces = text(vocabulary.forces)
        r.outputs = text(vocabulary.outputs)
        r.sustainability = text(vocabulary.sustainability)
        r.indicators = indicators(field: r.field, rng: &rng)
        r.resources = resources(collective: collective, field: r.field, rng: &rng)
        let start = rng.day(plan.createdDay, plus: 20...60)
        let planned = rng.chance(0.8) ? Day.demo(r.year, 11, 30) : Day.demo(r.year + 1, 6, 30)
        r.startDate = start
        r.expectedCompletion = planned < start ? start.adding(days: 180) : planned
        r.personInCharge = PersonInCharge(name: leader.name, position: position, phone: people.phone(rng: &rng))
        if !collective {
            let workplace = unit.type == "agency" ? unit.name : "\(village), \(inside)"
            r.individual = IndividualDetails(fullName: leader.name, birthYear: leader.birthYear, sex: leader.sex,
                                             position: position, workplace: workplace)
        }
        plan.record = r.normalized()
        plan.namePattern = pattern
        plan.village = village
        plan.collective = carrier
        plan.values = values
    }

    private func pickUnit(communesOnly: Bool, rng: inout SplitMix64) -> UnitEntry {
        let units = configuration.units.filter { !communesOnly || $0.type != "agency" }
        let pool = units.isEmpty ? configuration.units : units
        guard !pool.isEmpty else { return UnitEntry(id: "", name: "", type: "commune") }
        return pool[rng.weightedIndex(pool.map { $0.type == "agency" ? 1 : 3 })]
    }

    private func level(for unit: UnitEntry, replicated: Bool, lastYear: Bool, rng: inout SplitMix64) -> String {
        let wanted: String
        if replicated {
            wanted = "commune"
        } else if lastYear {
            wanted = rng.chance(0.85) ? "commune" : "province"
        } else if unit.type == "agency" {
            wanted = rng.chance(0.85) ? "district" : "province"
        } else {
            let draw = rng.fraction()
            wanted = draw < 0.72 ? "commune" : (draw < 0.95 ? "district" : "province")
        }
        return people.id(wanted, in: .levels)
    }

    private func pickVillage(for unit: UnitEntry, rng: inout SplitMix64) -> String {
        let places = vocabulary.places
        if let own = places.unitVillages[unit.id], !own.isEmpty { return rng.text(own) }
        return rng.text(unit.type == "commune" ? places.villages : places.townQuarters)
    }

    /// The field's label as written inside a sentence ("kinh tế", "khác").
    private func fieldText(_ field: String) -> String {
        let label = configuration.lists.label(field, in: .fields, .vi).lowercasedFirst
        let prefix = "lĩnh vực "
        return label.hasPrefix(prefix) ? String(label.dropFirst(prefix.count)) : label
    }

    private func indicators(field: String, rng: inout SplitMix64) -> [Indicator] {
        let patterns = rng.shuffled(vocabulary.entries(vocabulary.indicators, field))
        let count = min(patterns.count, rng.int(2...3))
        return patterns.prefix(count).map { pattern in
            let target = rng.int(min(pattern.min, pattern.max)...max(pattern.min, pattern.max))
            return Indicator(name: pattern.name, unit: pattern.unit, target: Double(target))
        }
    }

    private func resources(collective: Bool, field: String, rng: inout SplitMix64) -> Resources {
        let sources = configuration.lists.budgetSources.map(\.id)
        var chosen: [String]
        if collective {
            chosen = Array(rng.shuffled(sources).prefix(rng.int(1...max(1, sources.count))))
            chosen.sort { (sources.firstIndex(of: $0) ?? 0) < (sources.firstIndex(of: $1) ?? 0) }
        } else {
            chosen = [people.id("people", in: .budgetSources)] + (rng.chance(0.3) ? [people.id("socialized", in: .budgetSources)] : [])
        }
        var budget: [BudgetLine] = []
        for source in chosen where !source.isEmpty && !budget.contains(where: { $0.source == source }) {
            let millions = collective ? ContentComposer.budgetRanges[source] ?? 5...50 : 10...300
            let amount = Int64(rng.int(millions.lowerBound * 10...millions.upperBound * 10)) * 100_000
            budget.append(BudgetLine(source: source, amount: amount))
        }
        let land = collective && ["new_rural", "economy"].contains(field) && rng.chance(0.35)
        return Resources(budget: budget, workdays: collective ? rng.int(30...900) : rng.int(10...250),
                         donatedLandM2: land ? Double(rng.int(50...2500)) : nil)
    }
}

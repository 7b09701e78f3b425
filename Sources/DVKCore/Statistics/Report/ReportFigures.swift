/// A count split into collectives (tập thể) and individuals (cá nhân).
public struct SubjectCount: Sendable, Hashable {
    public var collective: Int
    public var individual: Int

    public init(collective: Int = 0, individual: Int = 0) {
        self.collective = collective
        self.individual = individual
    }

    public var total: Int { collective + individual }

    /// Adds one of `subject` (`collective` or `individual`; anything else is not counted).
    mutating func add(_ subject: String) {
        if subject == StatisticsBuilder.collective { collective += 1 } else if subject == StatisticsBuilder.individual { individual += 1 }
    }
}

/// One labelled line of figures (a level, an award form and level, a field).
public struct LabelledCount: Sendable, Hashable {
    public var label: String
    public var count: SubjectCount
}

/// Inspection rounds of one level: how many rounds, how many units and models they checked.
public struct InspectionCount: Sendable, Hashable {
    public var level: String
    public var rounds: Int
    public var units: Int
    public var models: Int
}

/// An outstanding model worth citing: its field, name, unit and a one-line result from its record.
public struct OutstandingModel: Sendable, Hashable {
    public var field: String
    public var name: String
    public var unit: String
    public var result: String
}

/// Every figure a committee's report states for one period, computed from the records: the three
/// statistics tables of the annexes and the counts the text cites. Labels are in the language the
/// figures were built for.
public struct ReportFigures: Sendable {
    public let period: ReportPeriod
    /// Recognised models and deeds by field, new registrations, replicated (annex 1).
    public let byField: StatisticsTable
    /// Registered and recognised by field (annex 2).
    public let registeredRecognised: StatisticsTable
    /// Awards by year and level (annex 3).
    public let awards: StatisticsTable
    public let registered: SubjectCount
    public let recognised: SubjectCount
    /// The recognised, split by the kinds' statistics group: models (mô hình) and deeds (việc làm).
    public let models: SubjectCount
    public let deeds: SubjectCount
    public let replicated: SubjectCount
    public let recognisedByLevel: [LabelledCount]
    public let inspections: [InspectionCount]
    /// Award recipients by form and level ("Giấy khen – Huyện").
    public let awardsByForm: [LabelledCount]
    public let outstanding: [OutstandingModel]

    /// No registration, inspection or award in the period: the report says so rather than
    /// printing zeros as results.
    public var isEmpty: Bool {
        registered.total == 0 && recognised.total == 0 && inspections.isEmpty && awardsByForm.isEmpty
    }

    /// All award recipients of the period.
    public var awarded: SubjectCount {
        awardsByForm.reduce(into: SubjectCount()) { $0.collective += $1.count.collective; $0.individual += $1.count.individual }
    }
}

/// Computes ``ReportFigures`` for a period from the records under a configuration, with the
/// statistics rules of ``StatisticsBuilder`` (the annexes and the text can never disagree).
public struct ReportFiguresBuilder: Sendable {
    public let configuration: Configuration
    public let language: Language

    public init(configuration: Configuration, language: Language = .vi) {
        self.configuration = configuration
        self.language = language
    }

    public func figures(_ period: ReportPeriod, models: [ModelRecord], decisions: [AwardDecision],
                        inspections: [InspectionRound]) -> ReportFigures {
        let inPeriod = models.filter { period.years.contains($0.year) }.map { recordAsOf(period, $0) }
        let awarded = decisions.filter { $0.status == AwardDecision.statusAwarded && period.contains(year: $0.year, day: $0.date) }
        let rounds = inspections.filter { period.contains($0.date) }
        let statistics = StatisticsBuilder(configuration: configuration)
        var byField = statistics.byField(models: inPeriod, years: period.years)
        var registeredRecognised = statistics.registeredRecognised(models: inPeriod, years: period.years)
        var awardTable = statistics.awardsByLevel(decisions: awarded, years: period.years)
        if period.firstHalf {
            byField = byField.titled(StatisticsStrings.byFieldTitle(period.years, firstHalf: true))
            registeredRecognised = registeredRecognised.titled(StatisticsStrings.registeredRecognisedTitle(period.years, firstHalf: true))
            awardTable = awardTable.titled(StatisticsStrings.awardsTitle(period.years, firstHalf: true))
        }
        let totals = byField.totals
        let counts = registeredRecognised.totals
        let pair = { (prefix: String, table: [String: Int]) in
            SubjectCount(collective: table["\(prefix)collective"] ?? 0, individual: table["\(prefix)individual"] ?? 0)
        }
        return ReportFigures(
            period: period, byField: byField, registeredRecognised: registeredRecognised, awards: awardTable,
            registered: pair("registered_", counts), recognised: pair("recognised_", counts),
            models: pair("model_", totals), deeds: pair("deed_", totals), replicated: pair("replicated_", totals),
            recognisedByLevel: recognisedByLevel(inPeriod), inspections: inspectionCounts(rounds),
            awardsByForm: awardsByForm(awarded), outstanding: outstanding(inPeriod))
    }

    /// The calendar day of an instant in Vietnam (UTC+7, no daylight saving time), where the
    /// committee works: a save at 20:00 UTC on 30 June is on 1 July.
    static func day(of instant: Timestamp) -> Day {
        Timestamp(seconds: instant.seconds + 7 * 3600).utcDay
    }

    /// The record as it stood at the period's end: a recognition dated later is not yet one. In
    /// a half-year report, a record first submitted in the second half of that year was still
    /// a draft (not yet registered); a submission dated in a later year is a register entered
    /// afterwards (an import of past years), and counts.
    private func recordAsOf(_ period: ReportPeriod, _ record: ModelRecord) -> ModelRecord {
        var asOf = record
        if let day = record.recognition?.decisionDate, day > period.lastDay { asOf.recognition = nil }
        if period.firstHalf, let submitted = record.history.first(where: { $0.from == StatisticsBuilder.draftState }),
           case let day = ReportFiguresBuilder.day(of: submitted.at), day > period.lastDay, day.year == period.lastDay.year {
            asOf.state = StatisticsBuilder.draftState
            asOf.recognition = nil
        }
        return asOf
    }

    private func label(_ id: String, _ list: ListName) -> String {
        id.isEmpty ? "" : configuration.lists.label(id, in: list, language)
    }

    /// Recognised records by recognition level, lowest level first.
    private func recognisedByLevel(_ records: [ModelRecord]) -> [LabelledCount] {
        var counts: [String: SubjectCount] = [:]
        for record in records where StatisticsBuilder.isRecognised(record) {
            counts[record.recognition?.level ?? "", default: SubjectCount()].add(record.subject)
        }
        return ordered(counts, by: configuration.lists.levelsByRank.map(\.id)).map { LabelledCount(label: label($0.key, .levels), count: $0.value) }
    }

    /// Rounds by level, lowest first, with the units and models they checked.
    private func inspectionCounts(_ rounds: [InspectionRound]) -> [InspectionCount] {
        let byLevel = Dictionary(grouping: rounds, by: \.level)
        return ordered(byLevel, by: configuration.lists.levelsByRank.map(\.id)).map { level, rounds in
            InspectionCount(level: label(level, .levels), rounds: rounds.count,
                            units: Set(rounds.flatMap(\.units)).count, models: Set(rounds.flatMap(\.modelIds)).count)
        }
    }

    /// Recipients by award form and level, in the order of the forms and levels lists.
    private func awardsByForm(_ decisions: [AwardDecision]) -> [LabelledCount] {
        var counts: [String: SubjectCount] = [:]
        for decision in decisions {
            for recipient in decision.recipients { counts["\(decision.form)|\(decision.level)", default: SubjectCount()].add(recipient.subject) }
        }
        var keys: [String] = []
        for form in configuration.lists.awardForms.map(\.id) {
            for level in configuration.lists.levelsByRank.map(\.id) { keys.append("\(form)|\(level)") }
        }
        return ordered(counts, by: keys).map { key, count in
            let parts = key.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            let text = [label(parts[0], .awardForms), label(parts.count > 1 ? parts[1] : "", .levels)].filter { !$0.isEmpty }
            return LabelledCount(label: text.joined(separator: " – "), count: count)
        }
    }

    /// Recognised outstanding models, by field in list order, each with a one-line result.
    private func outstanding(_ records: [ModelRecord]) -> [OutstandingModel] {
        let fields = configuration.lists.fields.map(\.id)
        let chosen = records.filter { StatisticsBuilder.isRecognised($0) && $0.recognition?.outstanding == true }
            .sorted { ((fields.firstIndex(of: $0.field) ?? fields.count), $0.id) < ((fields.firstIndex(of: $1.field) ?? fields.count), $1.id) }
        return chosen.map { record in
            OutstandingModel(field: label(record.field, .fields), name: VietnameseText.cleanField(record.name),
                             unit: unit(of: record),
                             result: ReportFiguresBuilder.oneLine(record.resultsReport?.summary ?? record.outputs))
        }
    }

    /// Who carries the model: the person and workplace of an individual, the unit (else the
    /// address) of a collective.
    private func unit(of record: ModelRecord) -> String {
        if record.subject == StatisticsBuilder.individual, let person = record.individual {
            return [person.fullName, person.workplace].map(VietnameseText.cleanField).filter { !$0.isEmpty }.joined(separator: ", ")
        }
        let unit = label(record.unit, .units)
        return unit.isEmpty ? VietnameseText.cleanField(record.address) : unit
    }

    /// The first sentence or line of `text`, without its final full stop.
    static func oneLine(_ text: String) -> String {
        var line = VietnameseText.cleanField(text.split(whereSeparator: \.isNewline).first.map(String.init) ?? "")
        if let end = line.range(of: ". ") { line = String(line[..<end.lowerBound]) }
        while line.hasSuffix(".") { line.removeLast() }
        return line
    }

    /// The entries of `counts` in the order of `keys`, then any others by key.
    private func ordered<V>(_ counts: [String: V], by keys: [String]) -> [(key: String, value: V)] {
        let known = keys.compactMap { key in counts[key].map { (key: key, value: $0) } }
        let others = counts.filter { !keys.contains($0.key) }.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
        return known + others
    }
}

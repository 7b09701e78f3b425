/// Computes the statistics tables from records under a configuration. Rows and labels come from
/// the config lists (fields, subjects, kinds, levels); nothing is specific to one province.
///
/// Records whose field, kind, subject or level is not in the lists are left out of the counts
/// and listed in the table's `unplaced`.
public struct StatisticsBuilder: Sendable {
    /// Workflow state ids the statistics rules name (those of the shipped workflow).
    public static let draftState = "draft"
    public static let rejectedState = "rejected"
    public static let notRecognisedState = "not_recognised"
    /// The `subjects` list ids; the tables split every count by these two, in this order.
    public static let collective = "collective"
    public static let individual = "individual"
    /// The `origins` id of a model built new in its year (xây dựng mới).
    public static let newOrigin = "new"
    /// The `statGroup` values of the `kinds` list, in column order.
    public static let modelGroup = "model"
    public static let deedGroup = "deed"

    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// The table `id` over `years` (inclusive). Model tables use `models`, the award table uses
    /// `decisions`; the other argument is ignored.
    public func table(_ id: StatisticsTableID, models: [ModelRecord], decisions: [AwardDecision],
                      years: ClosedRange<Int>) -> StatisticsTable {
        switch id {
        case .byField: return byField(models: models, years: years)
        case .registeredRecognised: return registeredRecognised(models: models, years: years)
        case .awardsByLevel: return awardsByLevel(decisions: decisions, years: years)
        }
    }

    /// Whether a record was registered (đăng ký): every state but draft. Rejected registrations
    /// were registered, and so were records later not recognised or discontinued.
    public static func isRegistered(_ record: ModelRecord) -> Bool {
        record.state != draftState
    }

    /// Whether a record was recognised (được công nhận): a registered record, not rejected, with a
    /// recognition, whose state is not `not_recognised`. The recognition decides, not the state:
    /// a model recognised and later proposed for an award, awarded or discontinued still counts.
    /// A recognition left on a draft, a rejected or a not-recognised record (one drafted before the
    /// verdict) does not. Both model tables count "recognised" with this one rule.
    public static func isRecognised(_ record: ModelRecord) -> Bool {
        isRegistered(record) && record.state != rejectedState && record.state != notRecognisedState
            && record.recognition != nil
    }

    /// Whether a record counts as an outstanding model replicated elsewhere: recognised as
    /// outstanding (tiêu biểu) and with a non-empty replication.
    public static func isReplicatedOutstanding(_ record: ModelRecord) -> Bool {
        isRecognised(record) && record.recognition?.outstanding == true && !record.replication.isEmpty
    }

    /// Models by field (Chiêm Hóa "Biểu tổng hợp"). One row per configured field, in list order,
    /// empty ones included. Only records with `year` in `years` count. Columns:
    /// - `model_collective`, `model_individual`, `deed_collective`, `deed_individual` ("Tổng số mô
    ///   hình, nội dung việc làm"): the recognised records (``isRecognised(_:)``), split by their
    ///   kind's `statGroup` and by subject. The report's text reads these totals as models and
    ///   exemplars recognised ("1.663 lượt tập thể, 2.606 lượt cá nhân điển hình được công nhận");
    /// - `new_model_collective` … `new_deed_individual` ("Số đăng ký mới năm …"): the registrations
    ///   of the last year of `years` whose origin is `new` (``isRegistered(_:)``, whatever their
    ///   state now, rejected ones included: they were registered), same split. Most are not yet
    ///   recognised, so these columns are not part of the totals and may exceed them;
    /// - `replicated_collective`, `replicated_individual`: the recognised outstanding records
    ///   whose replication is not empty (``isReplicatedOutstanding(_:)``), by subject only (any kind).
    public func byField(models: [ModelRecord], years: ClosedRange<Int>) -> StatisticsTable {
        let subjects = subjectColumns()
        let groups = [(StatisticsBuilder.modelGroup, StatisticsStrings.modelGroup),
                      (StatisticsBuilder.deedGroup, StatisticsStrings.deedGroup)]
        var columns: [StatisticsColumn] = []
        for (prefix, top) in [("", StatisticsStrings.periodTotal(years)), ("new_", StatisticsStrings.newInYear(years.upperBound))] {
            for (group, groupLabel) in groups {
                for (subject, subjectLabel) in subjects {
                    columns.append(StatisticsColumn(id: "\(prefix)\(group)_\(subject)", headers: [top, groupLabel, subjectLabel]))
                }
            }
        }
        for (subject, subjectLabel) in subjects {
            columns.append(StatisticsColumn(id: "replicated_\(subject)", headers: [StatisticsStrings.replicated, subjectLabel]))
        }

        let kindGroups = Dictionary(configuration.lists.kinds.compactMap { kind in kind.statGroup.map { (kind.id, $0) } },
                                    uniquingKeysWith: { first, _ in first })
        let knownGroups = Set(groups.map(\.0))
        var tally = Tally(keys: configuration.lists.fields.map(\.id), subjects: Set(subjects.map(\.0)))
        for record in models where years.contains(record.year) {
            let recognised = StatisticsBuilder.isRecognised(record)
            let newRegistration = record.year == years.upperBound && record.origin == StatisticsBuilder.newOrigin
                && StatisticsBuilder.isRegistered(record)
            guard recognised || newRegistration else { continue }
            guard tally.accepts(row: record.field, subject: record.subject),
                  let group = kindGroups[record.kind], knownGroups.contains(group) else {
                tally.unplaced(record.id)
                continue
            }
            let subject = record.subject
            if recognised {
                tally.add(row: record.field, column: "\(group)_\(subject)")
            }
            if newRegistration {
                tally.add(row: record.field, column: "new_\(group)_\(subject)")
            }
            if StatisticsBuilder.isReplicatedOutstanding(record) {
                tally.add(row: record.field, column: "replicated_\(subject)")
            }
        }
        return StatisticsTable(id: StatisticsTableID.byField.rawValue, title: StatisticsStrings.byFieldTitle(years),
                               columns: columns, rowHeader: StatisticsStrings.field,
                               rows: fieldRows(tally, columns), unplaced: tally.unplacedIDs)
    }

    /// Registered → recognised by field (Phụng Hiệp). One row per configured field. Registered:
    /// records with `year` in `years` that were registered (``isRegistered(_:)``: not draft;
    /// rejected ones were registered). Recognised: those that were recognised (``isRecognised(_:)``,
    /// the rule of the by-field table's totals).
    /// Columns `registered_collective`, `registered_individual`, `registered_total` and the same
    /// three for `recognised_`; each `_total` is the sum of its two subjects.
    public func registeredRecognised(models: [ModelRecord], years: ClosedRange<Int>) -> StatisticsTable {
        let subjects = subjectColumns()
        var columns: [StatisticsColumn] = []
        for (prefix, group) in [("registered", StatisticsStrings.registered), ("recognised", StatisticsStrings.recognised)] {
            for (subject, label) in subjects {
                columns.append(StatisticsColumn(id: "\(prefix)_\(subject)", headers: [group, label]))
            }
            columns.append(StatisticsColumn(id: "\(prefix)_total", headers: [group, StatisticsStrings.sum]))
        }
        var tally = Tally(keys: configuration.lists.fields.map(\.id), subjects: Set(subjects.map(\.0)))
        for record in models where years.contains(record.year) && StatisticsBuilder.isRegistered(record) {
            guard tally.accepts(row: record.field, subject: record.subject) else {
                tally.unplaced(record.id)
                continue
            }
            tally.add(row: record.field, column: "registered_\(record.subject)")
            tally.add(row: record.field, column: "registered_total")
            if StatisticsBuilder.isRecognised(record) {
                tally.add(row: record.field, column: "recognised_\(record.subject)")
                tally.add(row: record.field, column: "recognised_total")
            }
        }
        return StatisticsTable(id: StatisticsTableID.registeredRecognised.rawValue,
                               title: StatisticsStrings.registeredRecognisedTitle(years), columns: columns,
                               rowHeader: StatisticsStrings.field, rows: fieldRows(tally, columns), unplaced: tally.unplacedIDs)
    }

    /// Awards by year and level (Chiêm Hóa award table). One row per year of `years`, empty years
    /// included. Counted: every recipient of every decision with status `awarded`, in the row of
    /// the year it was signed (``awardYear(_:)``) — the rule the report's text and its annex
    /// use, so the three never disagree. Columns `total`, `collective`, `individual`, then for every configured
    /// level (lowest rank first) `<level>_collective` and `<level>_individual`. A decision whose
    /// level is not configured counts in the first three columns only and is listed in `unplaced`.
    public func awardsByLevel(decisions: [AwardDecision], years: ClosedRange<Int>) -> StatisticsTable {
        let subjects = subjectColumns()
        let levels = configuration.lists.levelsByRank
        var columns = [StatisticsColumn(id: "total", headers: [StatisticsStrings.sum])]
        for (subject, label) in subjects { columns.append(StatisticsColumn(id: subject, headers: [label])) }
        for level in levels {
            for (subject, label) in subjects {
                columns.append(StatisticsColumn(id: "\(level.id)_\(subject)", headers: [StatisticsStrings.awardLevel, level.label, label]))
            }
        }
        let levelIDs = Set(levels.map(\.id))
        var tally = Tally(keys: years.map(String.init), subjects: Set(subjects.map(\.0)))
        for decision in decisions where decision.status == AwardDecision.statusAwarded && years.contains(StatisticsBuilder.awardYear(decision)) {
            let row = String(StatisticsBuilder.awardYear(decision))
            if !levelIDs.contains(decision.level) { tally.unplaced(decision.id) }
            for recipient in decision.recipients {
                guard tally.accepts(row: row, subject: recipient.subject) else {
                    tally.unplaced(decision.id)
                    continue
                }
                tally.add(row: row, column: "total")
                tally.add(row: row, column: recipient.subject)
                if levelIDs.contains(decision.level) {
                    tally.add(row: row, column: "\(decision.level)_\(recipient.subject)")
                }
            }
        }
        let rows = years.map { year in
            StatisticsRow(key: String(year), label: LocalizedText(vi: String(year), en: String(year)), values: tally.values(String(year), columns))
        }
        return StatisticsTable(id: StatisticsTableID.awardsByLevel.rawValue, title: StatisticsStrings.awardsTitle(years),
                               columns: columns, rowHeader: StatisticsStrings.year, rows: rows, unplaced: tally.unplacedIDs)
    }

    /// The year an award was made: that of the decision's date, or its `year` while it has no
    /// date (a decision signed in April 2025 for the 2024 round is an award of 2025).
    public static func awardYear(_ decision: AwardDecision) -> Int {
        decision.date?.year ?? decision.year
    }

    // MARK: - Helpers

    /// The two subject ids with their labels from the `subjects` list.
    private func subjectColumns() -> [(String, LocalizedText)] {
        let list = configuration.lists.subjects
        return [(StatisticsBuilder.collective, StatisticsStrings.collective), (StatisticsBuilder.individual, StatisticsStrings.individual)]
            .map { id, fallback in (id, list.first { $0.id == id }?.label ?? fallback) }
    }

    private func fieldRows(_ tally: Tally, _ columns: [StatisticsColumn]) -> [StatisticsRow] {
        configuration.lists.fields.map { StatisticsRow(key: $0.id, label: $0.label, values: tally.values($0.id, columns)) }
    }
}

/// Counts by row key and column id, with the ids of what fit nowhere (each once, in order).
private struct Tally {
    private var counts: [String: [String: Int]] = [:]
    private let keys: Set<String>
    private let subjects: Set<String>
    private(set) var unplacedIDs: [String] = []
    private var seen: Set<String> = []

    init(keys: [String], subjects: Set<String>) {
        self.keys = Set(keys)
        self.subjects = subjects
    }

    func accepts(row: String, subject: String) -> Bool { keys.contains(row) && subjects.contains(subject) }

    mutating func add(row: String, column: String) { counts[row, default: [:]][column, default: 0] += 1 }

    mutating func unplaced(_ id: String) {
        if seen.insert(id).inserted { unplacedIDs.append(id) }
    }

    /// The row's counts with every column present (zero when nothing was counted).
    func values(_ row: String, _ columns: [StatisticsColumn]) -> [String: Int] {
        let found = counts[row] ?? [:]
        return Dictionary(columns.map { ($0.id, found[$0.id] ?? 0) }, uniquingKeysWith: { first, _ in first })
    }
}

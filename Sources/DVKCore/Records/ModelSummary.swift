/// The fields a model list shows, filters, sorts and searches by: a model record or its summary.
public protocol ModelListable {
    var id: String { get }
    var year: Int { get }
    var unit: String { get }
    var level: String { get }
    var subject: String { get }
    var kind: String { get }
    var field: String { get }
    var state: String { get }
    var displayName: String { get }
}

extension ModelRecord: ModelListable {}

/// A model as the list needs it, cheap to keep for 100,000 records and to read back from the
/// list index: the listed fields, the revision it was taken from, and the folded search key.
public struct ModelSummary: ModelListable, Sendable, Hashable {
    public var id: String
    public var revision: Int
    public var year: Int
    public var unit: String
    public var level: String
    public var subject: String
    public var kind: String
    public var field: String
    public var state: String
    public var displayName: String
    /// `ModelQuery.searchKey` of the record, as UTF-8 bytes.
    public var searchKey: [UInt8]
    /// What the dashboard's queues need: since when the model is in its state, how many
    /// inspections it had, who has scored it.
    public var stateSince: Day?
    public var inspectionCount: Int
    public var appraisers: [String]

    public init(id: String, revision: Int, year: Int, unit: String, level: String, subject: String, kind: String, field: String,
                state: String, displayName: String, searchKey: [UInt8], stateSince: Day? = nil, inspectionCount: Int = 0,
                appraisers: [String] = []) {
        self.id = id
        self.revision = revision
        self.year = year
        self.unit = unit
        self.level = level
        self.subject = subject
        self.kind = kind
        self.field = field
        self.state = state
        self.displayName = displayName
        self.searchKey = searchKey
        self.stateSince = stateSince
        self.inspectionCount = inspectionCount
        self.appraisers = appraisers
    }

    /// The summary of a full record.
    public init(_ record: ModelRecord, lists: ListCatalog) {
        self.init(id: record.id, revision: record.revision, year: record.year, unit: record.unit, level: record.level,
                  subject: record.subject, kind: record.kind, field: record.field, state: record.state,
                  displayName: record.displayName, searchKey: Array(ModelQuery.searchKey(record, lists: lists).utf8),
                  stateSince: record.stateSince, inspectionCount: record.inspectionCount, appraisers: record.appraisers)
    }
}

/// A model as the dashboard's queues see it: its state and since when, its inspections and
/// who has scored it — a full record or its summary from the list index.
public protocol QueueItem {
    var id: String { get }
    var state: String { get }
    var stateSince: Day? { get }
    var inspectionCount: Int { get }
    var appraisers: [String] { get }
}

extension ModelSummary: QueueItem {}

extension ModelRecord: QueueItem {
    /// The day the model entered its current state (the last move into it).
    public var stateSince: Day? { history.last(where: { $0.to == state && $0.from != state })?.at.utcDay }
    public var inspectionCount: Int { inspectionIds.count }
    public var appraisers: [String] { appraisals.map(\.appraiser) }
}

import DVKCore

/// What a sync did, for the command line and the sync screen to put in words.
public struct SyncReport: Sendable {
    /// One record that came in or went out.
    public struct Note: Sendable, Hashable {
        public var kind: String
        public var id: String
        /// The model's name, the decision's number or the inspecting body.
        public var title: String
        public var state: String
        public var by: String
        public var office: String
        public var isNew: Bool
        public var hasConflicts: Bool
    }

    /// Records that came in (at most ``SyncReport/noteLimit`` described; ``incomingCount`` counts all).
    public var incoming: [Note] = []
    public var incomingCount = 0
    /// Records that went out.
    public var outgoing: [Note] = []
    public var outgoingCount = 0
    /// Ids of records that now hold conflicts from this sync.
    public var conflicted: [String] = []
    /// The local commit's title, when there was something to commit.
    public var committed: String?
    /// Whether the remote (or the bundle) received our history.
    public var sent = false

    public init() {}

    /// How many records a report describes one by one.
    public static let noteLimit = 50
}

/// The steps of a sync, for a progress bar.
public enum SyncStep: Sendable, Hashable {
    case recovering, committing, fetching, merging
    case writing(done: Int, total: Int)
    case sending, finished

    /// How far along the sync is, from 0 to 1.
    public var fraction: Double {
        switch self {
        case .recovering: return 0.02
        case .committing: return 0.1
        case .fetching: return 0.3
        case .merging: return 0.5
        case .writing(let done, let total): return 0.6 + 0.2 * (total == 0 ? 1 : Double(done) / Double(total))
        case .sending: return 0.85
        case .finished: return 1
        }
    }

    /// The step in words.
    public var label: LocalizedText {
        switch self {
        case .recovering: return LocalizedText(vi: "Kiểm tra lần đồng bộ trước", en: "Checking the last sync")
        case .committing: return LocalizedText(vi: "Ghi các thay đổi của văn phòng", en: "Recording this office's changes")
        case .fetching: return LocalizedText(vi: "Nhận dữ liệu", en: "Receiving")
        case .merging: return LocalizedText(vi: "Gộp dữ liệu", en: "Merging")
        case .writing: return LocalizedText(vi: "Ghi hồ sơ nhận được", en: "Writing the records received")
        case .sending: return LocalizedText(vi: "Gửi đi", en: "Sending")
        case .finished: return LocalizedText(vi: "Xong", en: "Done")
        }
    }
}

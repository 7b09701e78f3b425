import DVKCore
#if canImport(Glibc)
import Glibc
#endif

/// What can go wrong in the data directory, each with a message in the user's language that
/// names the file and, where it helps, what to do.
public enum StorageError: Error, Sendable, Equatable {
    case io(path: String, operation: String, code: Int32)
    case notInitialised(path: String)
    case alreadyInitialised(path: String)
    case defaultsNotFound(searched: [String])
    case malformed(LoadProblem)
    case newerSchema(path: String, found: Int, supported: Int)
    case conflict(path: String, id: String, expected: Int, found: Int, by: String, at: Timestamp)
    case alreadyExists(path: String, id: String)
    case notFound(kind: RecordKind, id: String)

    public func message(_ language: Language) -> String {
        let vi = language == .vi
        switch self {
        case .io(let path, let operation, let code):
            let reason = String(cString: strerror(code))
            return vi ? "\(path): lỗi khi \(operation): \(reason)" : "\(path): \(operation) failed: \(reason)"
        case .notInitialised(let path):
            return vi ? "\(path): chưa phải thư mục dữ liệu dvk; chạy «dvk init» (hoặc «dvk init --demo») trước"
                      : "\(path) is not a dvk data directory; run «dvk init» (or «dvk init --demo») first"
        case .alreadyInitialised(let path):
            return vi ? "\(path): đã có dữ liệu dvk; không thay đổi gì" : "\(path) already holds dvk data; nothing was changed"
        case .defaultsNotFound(let searched):
            return vi ? "không tìm thấy thư mục cấu hình mặc định (data/config); đặt DVK_DEFAULTS. Đã tìm: \(searched.joined(separator: ", "))"
                      : "the default configuration (data/config) was not found; set DVK_DEFAULTS. Searched: \(searched.joined(separator: ", "))"
        case .malformed(let problem):
            return problem.text(language)
        case .newerSchema(let path, let found, let supported):
            return vi ? "\(path): tệp dùng phiên bản lược đồ \(found), mới hơn phiên bản \(supported) mà dvk này đọc được; hãy cập nhật dvk"
                      : "\(path): schema version \(found) is newer than \(supported), the newest this dvk reads; update dvk"
        case .conflict(let path, let id, let expected, let found, let by, let at):
            return vi ? "\(id): bản ghi đã được \(by) lưu lúc \(at.iso) (phiên bản \(found), bạn đang sửa phiên bản \(expected)); thay đổi của bạn KHÔNG được ghi đè lên. Hãy tải lại rồi sửa lại. (\(path))"
                      : "\(id): \(by) saved this record at \(at.iso) (revision \(found); you were editing revision \(expected)); your change was NOT written over theirs. Reload and edit again. (\(path))"
        case .alreadyExists(let path, let id):
            return vi ? "\(id): đã tồn tại (\(path))" : "\(id) already exists (\(path))"
        case .notFound(let kind, let id):
            return vi ? "không tìm thấy \(kind.label(.vi)) «\(id)»" : "no \(kind.label(.en)) «\(id)»"
        }
    }
}

/// The three kinds of record file, each in its own folder.
public enum RecordKind: String, Sendable, CaseIterable, Codable {
    case model, inspection, decision

    public var folder: String {
        switch self {
        case .model: return "models"
        case .inspection: return "inspections"
        case .decision: return "decisions"
        }
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.model, .vi): return "mô hình"
        case (.model, .en): return "model"
        case (.inspection, .vi): return "đợt kiểm tra"
        case (.inspection, .en): return "inspection round"
        case (.decision, .vi): return "quyết định khen thưởng"
        case (.decision, .en): return "award decision"
        }
    }
}

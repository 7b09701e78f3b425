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
    /// A link, folder, FIFO or device where dvk expects a plain file (or a link where it
    /// expects a folder): reported, never followed or waited on.
    case notRegularFile(path: String)
    case tooLarge(path: String, limit: Int)
    /// A record file whose `id` is not its file name (a stray copy): never saved over the other.
    case idMismatch(path: String, fileID: String, inside: String)
    case groupNotFound(String)
    case notEmpty(path: String)
    /// A file that should hold text (UTF-8, no control characters but line ends and tabs) but
    /// does not.
    case notText(path: String)

    /// The file or folder the error is about, when it names one.
    public var path: String? {
        switch self {
        case .io(let path, _, _), .notInitialised(let path), .alreadyInitialised(let path), .newerSchema(let path, _, _),
             .conflict(let path, _, _, _, _, _), .alreadyExists(let path, _), .notRegularFile(let path), .tooLarge(let path, _),
             .idMismatch(let path, _, _), .notEmpty(let path), .notText(let path):
            return path
        case .malformed(let problem): return problem.path
        case .defaultsNotFound, .notFound, .groupNotFound: return nil
        }
    }

    public func message(_ language: Language) -> String {
        let vi = language == .vi
        switch self {
        case .io(let path, let operation, let code):
            let reason = String(cString: strerror(code))
            return vi ? "\(path): lỗi khi \(operation): \(StorageError.vietnameseReason(code) ?? reason)" : "\(path): \(operation) failed: \(reason)"
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
        case .notRegularFile(let path):
            return vi ? "\(path): không phải tệp thường (liên kết, thư mục, FIFO hay thiết bị); dvk không đọc, không ghi qua nó"
                      : "\(path): not a regular file (a link, folder, FIFO or device); dvk neither reads nor writes through it"
        case .tooLarge(let path, let limit):
            return vi ? "\(path): tệp lớn hơn giới hạn \(limit) byte; không đọc"
                      : "\(path): the file is larger than the limit of \(limit) bytes; not read"
        case .idMismatch(let path, let fileID, let inside):
            return vi ? "\(path): mã trong tệp «\(inside)» khác tên tệp «\(fileID)»; tệp này không được dùng và không bao giờ được lưu đè lên «\(inside)»"
                      : "\(path): the id inside, «\(inside)», differs from the file name «\(fileID)»; the file is not used and never saved over «\(inside)»"
        case .notEmpty(let path):
            return vi ? "\(path): thư mục đã có tệp khác mà không phải dữ liệu dvk; chọn một thư mục trống"
                      : "\(path) already holds other files and is not a dvk data directory; choose an empty folder"
        case .notText(let path):
            return vi ? "\(path): không phải tệp văn bản UTF-8 (có byte lạ hoặc ký tự điều khiển); hãy lưu lại dưới dạng văn bản thuần UTF-8"
                      : "\(path): not a UTF-8 text file (stray bytes or control characters); save it again as plain UTF-8 text"
        case .groupNotFound(let name):
            return vi ? "không có nhóm hệ thống «\(name)»; tạo nhóm trước (sudo groupadd \(name))"
                      : "there is no system group «\(name)»; create it first (sudo groupadd \(name))"
        }
    }
}

extension StorageError {
    /// What the system's most common refusals mean, in Vietnamese (strerror speaks English).
    static func vietnameseReason(_ code: Int32) -> String? {
        switch code {
        case EACCES, EPERM: return "không có quyền (hãy kiểm tra nhóm dùng chung của thư mục dữ liệu)"
        case ENOSPC, EDQUOT: return "ổ đĩa đã đầy; dữ liệu đã lưu trước đó không bị ảnh hưởng"
        case EROFS: return "ổ đĩa chỉ cho đọc"
        case ENOENT: return "không tồn tại"
        default: return nil
        }
    }
}

/// The three kinds of record file, each in its own folder.
public enum RecordKind: String, Sendable, CaseIterable, Codable {
    case model, inspection, decision
    /// A configuration file changed through the store (`config/<id>.json`; ``SettingsStore``).
    case settings
    /// The version of a configuration file before a change (`backups/settings/<file>.r<n>.json`),
    /// kept so the change can be undone.
    case settingsVersion

    /// The kinds of the committee's records (the folders of models, inspections and decisions).
    public static let records: [RecordKind] = [.model, .inspection, .decision]

    public var folder: String {
        switch self {
        case .model: return "models"
        case .inspection: return "inspections"
        case .decision: return "decisions"
        case .settings: return "config"
        case .settingsVersion: return "backups/settings"
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
        case (.settings, .vi): return "cấu hình"
        case (.settings, .en): return "settings"
        case (.settingsVersion, .vi): return "bản cấu hình trước"
        case (.settingsVersion, .en): return "previous settings"
        }
    }
}

import DVKCore

/// Why a document could not be made or written. The command line turns each case into a message
/// in the user's language.
public enum DocumentError: Error, Sendable, Equatable {
    /// No award decision was given (or none matched the selection).
    case noDecisions
    /// `config/headers.json` names no issuing body at all.
    case noIssuer
    /// The decisions have no recipients: the list would be empty.
    case noRecipients(decisions: [String])
    /// A format this writer does not produce directly (PDF comes from the DOCX).
    case notRenderable(String)
    /// A file or folder could not be written: its path and the system's reason.
    case cannotWrite(path: String, reason: String)
    /// A configuration file the document needs is not in `config/` (a directory made before it existed).
    case missingConfiguration(file: String)
    /// A configuration file the document needs says something it cannot print (its problem, in English as `dvk check` gives it).
    case invalidConfiguration(file: String, problem: String)
}

extension DocumentError {
    /// The reason in Vietnamese and English.
    public var message: LocalizedText {
        typealias L = LocalizedText
        switch self {
        case .noDecisions:
            return L(vi: "không có quyết định khen thưởng nào để in", en: "there is no award decision to print")
        case .noIssuer:
            return L(vi: "chưa khai báo Ban Chỉ đạo và cơ quan ban hành (config/headers.json trống): dvk không in tiêu đề của một cơ quan khác. Khai báo bằng «dvk init --level … --province …» hoặc sửa config/headers.json (xem docs/setup.md)",
                     en: "no committee and no issuing body are set up (config/headers.json is empty): dvk does not print another body's letterhead. Set them up with «dvk init --level … --province …» or edit config/headers.json (see docs/setup.md)")
        case .noRecipients(let numbers):
            return L(vi: "quyết định \(numbers.joined(separator: ", ")) chưa có tập thể, cá nhân nào được khen: danh sách sẽ trống",
                     en: "decision \(numbers.joined(separator: ", ")) has no recipients: the list would be empty")
        case .notRenderable(let format):
            return L(vi: "không ghi trực tiếp được dạng \(format)", en: "the \(format) format cannot be written directly")
        case .cannotWrite(let path, let reason):
            return L(vi: "không ghi được \(path): \(reason)", en: "cannot write \(path): \(reason)")
        case .invalidConfiguration(let file, let problem):
            return L(vi: "config/\(file) chưa dùng được (\(problem)); sửa tệp rồi in lại", en: "config/\(file) cannot be used (\(problem)); correct it and print again")
        case .missingConfiguration(let file):
            return L(vi: "thiếu config/\(file) (thư mục dữ liệu tạo trước khi có tệp này): chép tệp từ bộ mặc định (/usr/share/dvk/config hoặc data/config) rồi sửa theo Ban Chỉ đạo",
                     en: "config/\(file) is missing (the data directory predates it): copy it from the defaults (/usr/share/dvk/config or data/config) and adapt it to the committee")
        }
    }
}

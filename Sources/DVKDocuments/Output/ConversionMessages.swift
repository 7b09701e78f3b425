import DVKCore
import Foundation

/// The messages of a failed conversion, in Vietnamese and English.
enum ConversionMessages {
    static func missingInput(_ path: String) -> DocumentOutputError {
        error(vi: "Không tìm thấy tệp “\(path)” (hoặc không đọc được) nên không chuyển được sang PDF.",
              en: "The file “\(path)” was not found (or cannot be read), so it cannot be converted to PDF.")
    }

    static func emptyInput(_ path: String) -> DocumentOutputError {
        error(vi: "Tệp “\(path)” rỗng: không có gì để chuyển sang PDF.",
              en: "The file “\(path)” is empty: there is nothing to convert to PDF.")
    }

    static func notPackage(_ path: String) -> DocumentOutputError {
        error(vi: "Tệp “\(path)” không phải là tài liệu Office hợp lệ (không phải gói ZIP đúng dạng); LibreOffice sẽ in ra rác nên không chuyển.",
              en: "The file “\(path)” is not a valid Office document (not a proper ZIP package); LibreOffice would print garbage, so it was not converted.")
    }

    static func cannotStart(_ program: String, error failure: Error) -> DocumentOutputError {
        error(vi: "Không chạy được LibreOffice (“\(program)”): \(failure). Cài lại bằng: \(OutputHints.libreOffice)",
              en: "LibreOffice (“\(program)”) could not be started: \(failure). Reinstall it with: \(OutputHints.libreOffice)")
    }

    static func timedOut(_ path: String, seconds: TimeInterval, output: String) -> DocumentOutputError {
        let quoted = OutputHints.quote(output)
        return error(vi: "LibreOffice chuyển “\(path)” sang PDF quá \(Int(seconds)) giây nên đã bị dừng. LibreOffice in ra: \(quoted.vi)",
                     en: "LibreOffice took more than \(Int(seconds)) seconds converting “\(path)” to PDF and was stopped. LibreOffice said: \(quoted.en)")
    }

    static func noPDF(_ path: String, status: Int32, output: String) -> DocumentOutputError {
        let quoted = OutputHints.quote(output)
        return error(vi: "LibreOffice không tạo được PDF từ “\(path)” (mã thoát \(status), không có tệp PDF hoặc tệp rỗng). LibreOffice in ra: \(quoted.vi)",
                     en: "LibreOffice made no PDF from “\(path)” (exit status \(status), no PDF file or an empty one). LibreOffice said: \(quoted.en)")
    }

    static func cannotWrite(_ path: String, detail: String) -> DocumentOutputError {
        error(vi: "Không ghi được “\(path)”: \(detail)",
              en: "Could not write “\(path)”: \(detail)")
    }

    private static func error(vi: String, en: String) -> DocumentOutputError {
        DocumentOutputError(message: LocalizedText(vi: vi, en: en))
    }
}

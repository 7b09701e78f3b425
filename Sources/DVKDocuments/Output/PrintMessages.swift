import DVKCore
import Foundation

/// The messages of a failed print, in Vietnamese and English.
enum PrintMessages {
    static func notPDF(_ path: String) -> DocumentOutputError {
        error(vi: "“\(path)” không phải tệp PDF có nội dung nên không gửi in (lp chỉ in được PDF; hãy chuyển DOCX/XLSX sang PDF trước).",
              en: "“\(path)” is not a non-empty PDF, so it was not sent to the printer (lp prints PDFs only; convert DOCX/XLSX to PDF first).")
    }

    static func unknownPrinter(_ name: String, known: [String], schedulerRunning: Bool) -> DocumentOutputError {
        if known.isEmpty {
            let vi = schedulerRunning ? "Máy chưa có máy in nào." : "Dịch vụ in CUPS (cupsd) không chạy."
            let en = schedulerRunning ? "No printer is set up." : "The CUPS print service (cupsd) is not running."
            return error(vi: "Không có máy in “\(name)”. \(vi) Cài bằng: \(OutputHints.cups); thêm máy in PDF: \(OutputHints.pdfPrinter)",
                         en: "There is no printer “\(name)”. \(en) Install with: \(OutputHints.cups); add a PDF printer: \(OutputHints.pdfPrinter)")
        }
        let list = known.joined(separator: ", ")
        return error(vi: "Không có máy in “\(name)”. Các máy in hiện có: \(list).",
                     en: "There is no printer “\(name)”. The printers are: \(list).")
    }

    static func cannotStart(_ program: String, error failure: Error) -> DocumentOutputError {
        error(vi: "Không chạy được lệnh in “\(program)”: \(failure). Cài lại bằng: \(OutputHints.cups)",
              en: "The print command “\(program)” could not be started: \(failure). Reinstall it with: \(OutputHints.cups)")
    }

    static func timedOut(_ printer: String, seconds: TimeInterval) -> DocumentOutputError {
        error(vi: "Gửi in tới “\(printer)” quá \(Int(seconds)) giây nên đã dừng; dịch vụ in CUPS có chạy không?",
              en: "Sending to “\(printer)” took more than \(Int(seconds)) seconds and was stopped; is the CUPS print service running?")
    }

    static func refused(_ path: String, printer: String, status: Int32, output: String) -> DocumentOutputError {
        let quoted = OutputHints.quote(output)
        return error(vi: "Máy in “\(printer)” không nhận “\(path)” (mã thoát \(status)). lp in ra: \(quoted.vi)",
                     en: "The printer “\(printer)” did not accept “\(path)” (exit status \(status)). lp said: \(quoted.en)")
    }

    private static func error(vi: String, en: String) -> DocumentOutputError {
        DocumentOutputError(message: LocalizedText(vi: vi, en: en))
    }
}

import Foundation
import DVKCore

/// A document could not be converted to PDF or printed. The message, in Vietnamese and English,
/// says what went wrong, quotes the tool's own output, and says what to install when a tool is
/// missing.
public struct DocumentOutputError: Error, Sendable {
    public var message: LocalizedText

    public init(message: LocalizedText) {
        self.message = message
    }

    /// LibreOffice is not installed (what `PDFConverter.locate` returning nil means).
    public static let libreOfficeMissing = DocumentOutputError(message: LocalizedText(
        vi: "Không tìm thấy LibreOffice (soffice) nên không tạo được PDF. Cài bằng: \(OutputHints.libreOffice). Hoặc đặt DVK_SOFFICE là đường dẫn tới soffice.",
        en: "LibreOffice (soffice) was not found, so no PDF can be made. Install it with: \(OutputHints.libreOffice). Or set DVK_SOFFICE to the path of soffice."))

    /// The print spooler is not installed (what `PrintSpooler.locate` returning nil means).
    public static let spoolerMissing = DocumentOutputError(message: LocalizedText(
        vi: "Không tìm thấy lệnh in lp (CUPS). Cài bằng: \(OutputHints.cups)",
        en: "The print command lp (CUPS) was not found. Install it with: \(OutputHints.cups)"))
}

/// The install commands quoted in messages and in the doctor's report.
enum OutputHints {
    static let libreOffice = "apt-get install --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation2"
    static let fonts = "apt-get install --no-install-recommends fonts-liberation2"
    static let poppler = "apt-get install --no-install-recommends poppler-utils"
    static let cups = "apt-get install --no-install-recommends cups printer-driver-cups-pdf"
    static let pdfPrinter = "lpadmin -p PDF -v cups-pdf:/ -E -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd -o PageSize=A4"

    /// A tool's output for quoting: at most the last `limit` characters, or a note that it said nothing.
    static func quote(_ output: String, limit: Int = 600) -> (vi: String, en: String) {
        let text = output.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return ("(không in ra gì)", "(it printed nothing)") }
        let cut = text.count > limit ? "…" + String(text.suffix(limit)) : text
        return ("«\(cut)»", "«\(cut)»")
    }
}

import DVKCore
import Foundation

/// What exists on this machine for producing and printing documents, for `dvk print doctor`.
public enum OutputDoctor {
    /// What exists for producing and printing documents: LibreOffice (version), fonts (fc-match "Times New Roman" → Liberation Serif 2?), pdftotext/pdftoppm, lp and the printers, cupsd running.
    /// Each line: what was looked for, whether it is usable, and a detail (version, path, the
    /// printers) or, when missing, the command that installs or starts it.
    public static func report(environment: [String: String]) -> [(what: LocalizedText, found: Bool, detail: String)] {
        var lines: [(what: LocalizedText, found: Bool, detail: String)] = []
        lines.append(libreOffice(environment))
        lines.append(DoctorChecks.font(environment))
        lines.append(poppler(environment))
        let spooler = PrintSpooler.locate(environment: environment)
        lines.append((LocalizedText(vi: "Lệnh in lp (CUPS)", en: "Print command lp (CUPS)"),
                      spooler != nil, spooler?.lp ?? OutputHints.cups))
        let running = spooler?.schedulerRunning() ?? false
        let printers = spooler?.printers() ?? []
        lines.append((LocalizedText(vi: "Máy in", en: "Printers"), !printers.isEmpty,
                      printers.isEmpty ? (running ? OutputHints.pdfPrinter : "? (cupsd)") : printers.joined(separator: ", ")))
        lines.append((LocalizedText(vi: "Dịch vụ in cupsd đang chạy", en: "Print service cupsd running"), running,
                      running ? "lpstat -r: scheduler is running" : "cupsd -f  |  service cups start"))
        return lines
    }

    private static func libreOffice(_ environment: [String: String]) -> (what: LocalizedText, found: Bool, detail: String) {
        let what = LocalizedText(vi: "LibreOffice (chuyển DOCX/XLSX sang PDF)", en: "LibreOffice (DOCX/XLSX to PDF)")
        guard let converter = PDFConverter.locate(environment: environment) else { return (what, false, OutputHints.libreOffice) }
        let version = DoctorChecks.libreOfficeVersion(converter)
        return (what, true, version.map { "\($0) (\(converter.executable))" } ?? converter.executable)
    }

    private static func poppler(_ environment: [String: String]) -> (what: LocalizedText, found: Bool, detail: String) {
        let what = LocalizedText(vi: "pdftotext/pdftoppm (đọc và xem trước PDF)", en: "pdftotext/pdftoppm (read and preview PDFs)")
        let paths = ["pdftotext", "pdftoppm"].map { ExecutableLookup.find($0, environment: environment) }
        let found = paths.compactMap { $0 }
        return found.count == paths.count ? (what, true, found.joined(separator: ", ")) : (what, false, OutputHints.poppler)
    }
}

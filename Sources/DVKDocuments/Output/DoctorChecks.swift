import DVKCore
import Foundation

/// The probes behind `OutputDoctor` that run a program.
enum DoctorChecks {
    /// `soffice --version` (first line), run with a throw-away profile.
    static func libreOfficeVersion(_ converter: PDFConverter) -> String? {
        guard let work = try? ConversionWork.create() else { return nil }
        defer { work.remove() }
        let arguments = ["-env:UserInstallation=" + URL(fileURLWithPath: work.profile).absoluteString, "--version"]
        guard let outcome = try? OutputProcess.run(converter.executable, arguments, environment: converter.environment, timeout: 30),
              !outcome.timedOut, outcome.status == 0
        else { return nil }
        return outcome.combined.split(separator: "\n").first.map(String.init)
    }

    /// Which font fontconfig gives for "Times New Roman": usable when it is Times New Roman itself
    /// or Liberation Serif 2.x (1.x lacks ư ơ ệ ữ Ủ).
    static func font(_ environment: [String: String]) -> (what: LocalizedText, found: Bool, detail: String) {
        let what = LocalizedText(vi: "Phông Times New Roman (hoặc Liberation Serif 2, đủ chữ Việt)",
                                 en: "Times New Roman font (or Liberation Serif 2, full Vietnamese)")
        guard let fcMatch = ExecutableLookup.find("fc-match", environment: environment),
              let outcome = try? OutputProcess.run(fcMatch, ["-f", "%{family}|%{fontversion}", "Times New Roman"],
                                                   environment: environment, timeout: 30),
              !outcome.timedOut, outcome.status == 0
        else { return (what, false, "fc-match? " + OutputHints.fonts) }
        let parts = outcome.out.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        let family = parts.first?.split(separator: ",").first.map(String.init) ?? ""
        let version = parts.count > 1 ? (Double(parts[1].trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) / 65536 : 0
        let shown = "Times New Roman → \(family) \(String(format: "%.2f", version))"
        let usable = family == "Times New Roman" || (family == "Liberation Serif" && version >= 2)
        return (what, usable, usable ? shown : shown + "; " + OutputHints.fonts)
    }
}

import DVKCore
import Foundation

/// Converts DOCX and XLSX files to PDF with LibreOffice (`soffice --headless --convert-to pdf`).
///
/// Each call uses a private LibreOffice profile (`-env:UserInstallation`) and converts every input
/// into an output folder of its own, so two instances never share a profile and `x.docx` and
/// `x.xlsx` never overwrite each other's PDF. soffice's exit status is not trusted: a conversion
/// succeeded only when a non-empty PDF appeared. A run longer than the time-out is killed with its
/// whole process group (soffice is a wrapper script that starts the real program).
public struct PDFConverter: Sendable {
    /// The soffice (or libreoffice) program.
    let executable: String
    /// The environment the program runs in.
    let environment: [String: String]
    /// Seconds one soffice run may take before it is killed.
    var timeout: TimeInterval = 60

    /// The converter, or nil when LibreOffice is absent: DVK_SOFFICE (a path or a name on PATH)
    /// when it names a program, otherwise `soffice` or `libreoffice` on PATH.
    public static func locate(environment: [String: String]) -> PDFConverter? {
        let candidates = [environment["DVK_SOFFICE"], "soffice", "libreoffice"].compactMap { $0 }
        for name in candidates {
            if let path = ExecutableLookup.find(name, environment: environment) {
                return PDFConverter(executable: path, environment: environment)
            }
        }
        return nil
    }

    /// Converts every input to a PDF in `outputFolder` (created if needed), named after the input
    /// (`x.docx` → `x.pdf`; when two inputs of one call share a base name, the later one keeps its
    /// extension: `x.xlsx` → `x-xlsx.pdf`). Returns the PDF paths in input order. Nothing is
    /// written to `outputFolder` unless every input converted; each PDF appears there whole (it is
    /// written under a temporary name and renamed).
    public func convert(_ inputs: [String], outputFolder: String) throws -> [String] {
        guard !inputs.isEmpty else { return [] }
        let sources = try inputs.map { try ConversionInput.check($0) }
        let work = try ConversionWork.create()
        defer { work.remove() }
        var made: [String] = []
        for (index, source) in sources.enumerated() {
            made.append(try convertOne(source, into: work.outputFolder(index), profile: work.profile))
        }
        let names = ConversionInput.pdfNames(for: sources)
        return try ConversionWork.publish(made, as: names, in: outputFolder)
    }

    /// One soffice run for one input; the path of the non-empty PDF it left in `folder`.
    private func convertOne(_ source: String, into folder: String, profile: String) throws -> String {
        var childEnvironment = environment
        if childEnvironment["HOME"] == nil { childEnvironment["HOME"] = profile }
        let arguments = ["-env:UserInstallation=" + URL(fileURLWithPath: profile).absoluteString,
                         "--headless", "--norestore", "--nologo", "--nodefault",
                         "--convert-to", "pdf", "--outdir", folder, source]
        let outcome: OutputProcess.Outcome
        do {
            outcome = try OutputProcess.run(executable, arguments, environment: childEnvironment, timeout: timeout)
        } catch {
            throw ConversionMessages.cannotStart(executable, error: error)
        }
        if outcome.timedOut { throw ConversionMessages.timedOut(source, seconds: timeout, output: outcome.combined) }
        guard let pdf = ConversionWork.onlyPDF(in: folder) else {
            throw ConversionMessages.noPDF(source, status: outcome.status, output: outcome.combined)
        }
        return pdf
    }
}

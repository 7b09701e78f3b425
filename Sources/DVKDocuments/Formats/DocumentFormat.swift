import DVKCore

/// The file formats dvk writes documents in. PDF is made from the DOCX by LibreOffice.
public enum DocumentFormat: String, CaseIterable, Sendable {
    case docx, pdf, xlsx, html, txt, csv

    public var fileExtension: String { rawValue }

    /// Parses a comma-separated list ("docx,pdf"), in order, each format once; names are matched
    /// ignoring case and spaces. The names that are not formats come back in `unknown`.
    public static func parseList(_ text: String) -> (formats: [DocumentFormat], unknown: [String]) {
        var formats: [DocumentFormat] = []
        var unknown: [String] = []
        for raw in text.split(separator: ",") {
            let name = String(raw).trimmingSpaces.lowercased()
            guard !name.isEmpty else { continue }
            if let format = DocumentFormat(rawValue: name == "text" ? "txt" : name) {
                if !formats.contains(format) { formats.append(format) }
            } else {
                unknown.append(name)
            }
        }
        return (formats, unknown)
    }
}

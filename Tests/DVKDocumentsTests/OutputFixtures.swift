import DVKTestSupport
import Foundation
import Testing
import ZIPFoundation

/// Hand-made minimal DOCX and XLSX packages and the tools the output tests need.
enum OutputFixtures {
    static let docxText = "Danh sách khen thưởng Đức Phổ".precomposedStringWithCanonicalMapping
    static let xlsxText = "Biểu tổng hợp Chiêm Hóa".precomposedStringWithCanonicalMapping

    /// The environment tests run programs in: the runner's, with the sbin folders on PATH.
    static var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = (env["PATH"] ?? "/usr/bin:/bin") + ":/usr/local/sbin:/usr/sbin:/sbin"
        return env
    }

    /// The path of `name`, or a failed test saying which package CI installs it from.
    static func tool(_ name: String, package: String) throws -> String {
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        let found = folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        return try #require(found, "\(name) is not installed; CI installs it: apt-get install -y --no-install-recommends \(package)")
    }

    /// Writes a ZIP package of `parts` (path → text) at `path`.
    static func package(at path: String, _ parts: [(String, String)]) throws {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create, pathEncoding: nil)
        for (name, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
    }

    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
    static let relsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let sheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    /// A one-paragraph A4 DOCX in Times New Roman 13 pt; `loadable: false` leaves document.xml's
    /// content-type entry out, a valid ZIP that LibreOffice cannot load ("source file could not be
    /// loaded", exit status 0).
    static func docx(at path: String, text: String = docxText, loadable: Bool = true) throws {
        let documentType = #"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#
        let parts: [(String, String)] = [
            ("[Content_Types].xml", header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>\#(loadable ? documentType : "")<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>"#),
            ("_rels/.rels", header + #"<Relationships xmlns="\#(relsNamespace)"><Relationship Id="rId1" Type="\#(relType)/officeDocument" Target="word/document.xml"/></Relationships>"#),
            ("word/document.xml", header + #"<w:document xmlns:w="\#(wordNamespace)"><w:body><w:p><w:r><w:t xml:space="preserve">\#(text)</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>"#),
            ("word/styles.xml", header + #"<w:styles xmlns:w="\#(wordNamespace)"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>"#),
            ("word/_rels/document.xml.rels", header + #"<Relationships xmlns="\#(relsNamespace)"><Relationship Id="rId1" Type="\#(relType)/styles" Target="styles.xml"/></Relationships>"#),
        ]
        try package(at: path, parts)
    }

    /// A one-sheet XLSX: an inline string in A1 (it overflows into the empty cells beside it) and the number 42 in A2.
    static func xlsx(at path: String, text: String = xlsxText) throws {
        try package(at: path, [
            ("[Content_Types].xml", header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#),
            ("_rels/.rels", header + #"<Relationships xmlns="\#(relsNamespace)"><Relationship Id="rId1" Type="\#(relType)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", header + #"<workbook xmlns="\#(sheetNamespace)" xmlns:r="\#(relType)"><sheets><sheet name="Biểu 1" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", header + #"<Relationships xmlns="\#(relsNamespace)"><Relationship Id="rId1" Type="\#(relType)/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#),
            ("xl/worksheets/sheet1.xml", header + #"<worksheet xmlns="\#(sheetNamespace)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>\#(text)</t></is></c></row><row r="2"><c r="A2"><v>42</v></c></row></sheetData></worksheet>"#),
        ])
    }

    /// The text of a PDF, from `pdftotext`.
    static func pdfText(_ path: String) throws -> String {
        let pdftotext = try tool("pdftotext", package: "poppler-utils")
        let result = try Subprocess.run(pdftotext, ["-enc", "UTF-8", path, "-"], environment: environment)
        #expect(result.status == 0, "pdftotext \(path): \(result.err)")
        return result.out
    }

    /// Whether `text` holds `needle` (made NFC) scalar for scalar: an NFD rendering does not count.
    static func containsNFC(_ text: String, _ needle: String) -> Bool {
        let hay = Array(text.unicodeScalars), want = Array(needle.precomposedStringWithCanonicalMapping.unicodeScalars)
        guard !want.isEmpty, hay.count >= want.count else { return want.isEmpty }
        return (0...(hay.count - want.count)).contains { Array(hay[$0..<($0 + want.count)]) == want }
    }

    /// Whether `path` exists, is not empty, and starts with the PDF signature.
    static func isPDF(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path), data.count > 5 else { return false }
        return data.prefix(5) == Data("%PDF-".utf8)
    }
}

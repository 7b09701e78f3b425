import Foundation
import ZIPFoundation

/// An Office Open XML package: named XML parts zipped (deflate) in memory. `[Content_Types].xml`
/// goes first, as Office writes it. Entries carry a fixed date so the same document gives the same
/// bytes.
struct ZipPackage {
    struct Part {
        let path: String
        let xml: String
    }

    var parts: [Part] = []

    mutating func add(_ path: String, _ xml: String) {
        parts.append(Part(path: path, xml: xml))
    }

    /// The zipped package.
    func bytes() throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        let date = Date(timeIntervalSince1970: 1_735_689_600)
        let ordered = parts.filter { $0.path == "[Content_Types].xml" } + parts.filter { $0.path != "[Content_Types].xml" }
        for part in ordered {
            let data = Data(part.xml.utf8)
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return [UInt8](data)
    }

    /// The XML declaration every part starts with.
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    /// `[Content_Types].xml` with the defaults for `.rels` and `.xml` and one override per part.
    static func contentTypes(_ overrides: [(part: String, type: String)]) -> String {
        declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + overrides.map { #"<Override PartName="\#($0.part)" ContentType="\#($0.type)"/>"# }.joined()
            + "</Types>"
    }

    /// A relationships part.
    static func relationships(_ items: [(id: String, type: String, target: String)]) -> String {
        declaration + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + items.map { #"<Relationship Id="\#($0.id)" Type="\#($0.type)" Target="\#($0.target)"/>"# }.joined()
            + "</Relationships>"
    }

    static let officeDocumentRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The package parts every document carries: root relationships and the two property parts.
    mutating func addCommonParts(mainPart: String, title: String) {
        add("_rels/.rels", ZipPackage.relationships([
            ("rId1", ZipPackage.officeDocumentRelationship, mainPart),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml"),
        ]))
        add("docProps/core.xml", ZipPackage.declaration
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
            + #"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#
            + #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
            + "<dc:title>\(XMLText.escape(title))</dc:title><dc:creator>dvk</dc:creator><dc:language>vi-VN</dc:language>"
            + "</cp:coreProperties>")
        add("docProps/app.xml", ZipPackage.declaration
            + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">"#
            + "<Application>dvk</Application></Properties>")
    }

    static let commonOverrides: [(part: String, type: String)] = [
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
    ]
}

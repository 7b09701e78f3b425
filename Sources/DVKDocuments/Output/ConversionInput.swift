import Foundation
import ZIPFoundation

/// Checks on a file before LibreOffice sees it, and the names of the PDFs made from it.
///
/// LibreOffice "converts" a `.docx` that is not a ZIP package by importing its bytes as plain
/// text, and an empty file into a blank page, both with exit status 0; those are refused here.
enum ConversionInput {
    /// Extensions of formats that are ZIP packages (Office Open XML and OpenDocument).
    static let packageExtensions: Set<String> = ["docx", "xlsx", "pptx", "odt", "ods", "odp"]
    static let officeOpenXML: Set<String> = ["docx", "xlsx", "pptx"]

    /// The input as an absolute path, when it is a readable, non-empty file of a plausible kind.
    static func check(_ path: String) throws -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let url = URL(fileURLWithPath: absolute).standardizedFileURL
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
              FileManager.default.isReadableFile(atPath: url.path)
        else { throw ConversionMessages.missingInput(path) }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
        guard size > 0 else { throw ConversionMessages.emptyInput(path) }
        let ext = url.pathExtension.lowercased()
        if packageExtensions.contains(ext) {
            let archive: Archive
            do {
                archive = try Archive(url: url, accessMode: .read, pathEncoding: nil)
            } catch {
                throw ConversionMessages.notPackage(path)
            }
            if officeOpenXML.contains(ext) && archive["[Content_Types].xml"] == nil {
                throw ConversionMessages.notPackage(path)
            }
        }
        return url.path
    }

    /// One PDF file name per input: the input's base name + ".pdf"; an input whose name is already
    /// taken in this call gets its extension added ("x-xlsx.pdf"), then a number ("x-xlsx-2.pdf").
    static func pdfNames(for inputs: [String]) -> [String] {
        var used = Set<String>()
        return inputs.map { input in
            let url = URL(fileURLWithPath: input)
            let base = url.deletingPathExtension().lastPathComponent
            let ext = url.pathExtension
            var candidates = [base]
            if !ext.isEmpty { candidates.append("\(base)-\(ext)") }
            let stem = candidates[candidates.count - 1]
            var name = candidates.first { !used.contains($0 + ".pdf") } ?? stem
            var number = 2
            while used.contains(name + ".pdf") {
                name = "\(stem)-\(number)"
                number += 1
            }
            used.insert(name + ".pdf")
            return name + ".pdf"
        }
    }
}

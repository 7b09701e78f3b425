import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The private temporary folder of one conversion call: LibreOffice's profile and one output
/// folder per input; and the final step that moves finished PDFs to where the caller wants them.
struct ConversionWork {
    let root: String

    var profile: String { root + "/profile" }

    /// A new folder only this process knows (mkdtemp, mode 0700).
    static func create() throws -> ConversionWork {
        var template = Array((FileManager.default.temporaryDirectory.path + "/dvk-pdf-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ buffer in buffer.baseAddress.flatMap { mkdtemp($0) } })
        else { throw ConversionMessages.cannotWrite(FileManager.default.temporaryDirectory.path, detail: String(cString: strerror(errno))) }
        return ConversionWork(root: String(cString: made))
    }

    /// The output folder of input number `index`, created empty.
    func outputFolder(_ index: Int) throws -> String {
        let path = root + "/out-\(index)"
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw ConversionMessages.cannotWrite(path, detail: error.localizedDescription)
        }
        return path
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// The single PDF in `folder`, when it exists, is not empty and starts like a PDF.
    static func onlyPDF(in folder: String) -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let pdfs = names.filter { $0.lowercased().hasSuffix(".pdf") }
        guard pdfs.count == 1, let name = pdfs.first else { return nil }
        let path = folder + "/" + name
        return isPDF(path) ? path : nil
    }

    /// Whether `path` is a file that starts with the PDF signature (so it exists and is not empty).
    static func isPDF(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 5)) ?? Data()
        return head == Data("%PDF-".utf8)
    }

    /// Moves each made PDF into `folder` under its name: first under a hidden temporary name in
    /// the same folder, then renamed, so a reader never sees a half-written PDF.
    static func publish(_ made: [String], as names: [String], in folder: String) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ConversionMessages.cannotWrite(folder, detail: error.localizedDescription)
        }
        var finals: [String] = []
        for (source, name) in zip(made, names) {
            let final = folder + "/" + name
            let temporary = folder + "/.\(name).\(UUID().uuidString).part"
            do {
                try FileManager.default.moveItem(atPath: source, toPath: temporary)
            } catch {
                try? FileManager.default.removeItem(atPath: temporary)
                throw ConversionMessages.cannotWrite(final, detail: error.localizedDescription)
            }
            guard rename(temporary, final) == 0 else {
                let detail = String(cString: strerror(errno))
                try? FileManager.default.removeItem(atPath: temporary)
                throw ConversionMessages.cannotWrite(final, detail: detail)
            }
            finals.append(final)
        }
        return finals
    }
}

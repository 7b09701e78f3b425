import DVKCore
import DVKStorage
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `list --json` without decoding what need not be: a model file whose bytes are still those the
/// list index found canonical (same hash) is printed as it is, indented into the array — with
/// its score sheets cut out and counted under `appraisalsHidden` when the acting user may not
/// see them —; any other file is decoded and encoded as `show --json` does, and a file that
/// cannot be read is reported on stderr, never printed. The output is the same bytes as encoding
/// every record through Foundation would give.
struct ModelJSONStream {
    let session: Session
    /// By id, the hash a file's bytes must have to be printed as they are.
    let printable: [String: UInt64]
    /// Whether the acting user sees every model's sheets (their role, or blind scoring off):
    /// then no model's appraisers need to be looked at.
    let seesEverySheet: Bool
    private var output: [UInt8] = []

    init(session: Session, printable: [String: UInt64]) {
        self.session = session
        self.printable = printable
        let configuration = session.configuration
        seesEverySheet = AppraisalView.showsSheets(by: [], to: session.actor, rubric: configuration.rubric, users: configuration.users)
    }

    /// Prints the models of `rows`, in that order, as one JSON array. The files of a batch are
    /// read and prepared over the cores, then written in order.
    mutating func write(_ rows: [ModelSummary]) {
        output.reserveCapacity(ModelJSONStream.flushBytes + 65_536)
        output += Array("[".utf8)
        var first = true
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        for start in stride(from: 0, to: rows.count, by: ModelJSONStream.batch) {
            let batch = Array(rows[start..<min(start + ModelJSONStream.batch, rows.count)])
            var prepared = [Prepared?](repeating: nil, count: batch.count)
            let stream = self
            prepared.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let slots = buffer
                DispatchQueue.concurrentPerform(iterations: min(workers, batch.count)) { worker in
                    for index in stride(from: worker, to: batch.count, by: workers) { slots[index] = stream.element(batch[index]) }
                }
            }
            for case let outcome? in prepared {
                switch outcome {
                case .element(let element):
                    output += first ? [0x0A] : [0x2C, 0x0A]
                    first = false
                    ModelJSONStream.appendIndented(element, to: &output)
                case .problem(let text): Console.warn(text)
                case .gone: break
                }
            }
            if output.count >= ModelJSONStream.flushBytes { flush() }
        }
        output += first ? Array("\n\n]\n".utf8) : Array("\n]\n".utf8)
        flush()
    }

    static let flushBytes = 1 << 20
    /// Files prepared together: enough to keep the cores busy, few enough to keep memory low.
    static let batch = 512

    /// One model's JSON, or why it is not printed.
    private enum Prepared: Sendable {
        case element([UInt8])
        case problem(String)
        case gone
    }

    private mutating func flush() {
        FileHandle.standardOutput.write(Data(output))
        output.removeAll(keepingCapacity: true)
    }

    /// One model's JSON (no final line end), safe for a terminal; or the problem of a file that
    /// cannot be read, or nothing for a file that is gone.
    private func element(_ row: ModelSummary) -> Prepared {
        let path = session.directory.file(for: .model, id: row.id)
        do {
            guard let bytes = try DurableFile.read(path) else { return .gone }
            if let hash = printable[row.id], ContentHash.of(bytes) == hash, let fast = asPrinted(bytes, row) {
                return .element(TerminalText.escapingInJSON(fast))
            }
            let record = try session.store.load(ModelRecord.self, id: row.id)
            var encoded = try RecordCoding.encode(session.visible(record))
            encoded.removeLast()
            return .element(TerminalText.escapingInJSON(encoded))
        } catch let error as StorageError {
            return .problem(error.message(session.language))
        } catch {
            return .problem("\(path): \(error)")
        }
    }

    /// A canonical file's bytes as the acting user may read them, without the final line end;
    /// nil when the sheets are to be hidden and their place cannot be found.
    private func asPrinted(_ bytes: [UInt8], _ row: ModelSummary) -> [UInt8]? {
        var body = bytes
        if body.last == 0x0A { body.removeLast() }
        let configuration = session.configuration
        if seesEverySheet || !row.appraisers.isEmpty
            && AppraisalView.showsSheets(by: row.appraisers, to: session.actor, rubric: configuration.rubric, users: configuration.users) {
            return body
        }
        return ModelJSONStream.hidingSheets(body, count: row.appraisers.count)
    }

    private static let appraisalsKey = Array("\n  \"appraisals\" : [".utf8)
    private static let closingBracket = Array("\n  ]".utf8)

    /// `body` with the top-level `appraisals` emptied and `appraisalsHidden` after it, laid out as
    /// the encoder lays them out (keys sorted, so nothing sorts between the two).
    static func hidingSheets(_ body: [UInt8], count: Int) -> [UInt8]? {
        guard let key = body.firstRange(of: appraisalsKey) else { return nil }
        let valueStart = key.upperBound - 1
        let rest = body[valueStart...]
        let end: Int
        if rest.starts(with: Array("[\n\n  ]".utf8)) {
            end = valueStart + 6
        } else {
            guard let closing = rest.firstRange(of: closingBracket) else { return nil }
            end = closing.upperBound
        }
        return Array(body[..<valueStart]) + Array("[\n\n  ],\n  \"appraisalsHidden\" : \(count)".utf8) + Array(body[end...])
    }

    /// `element` indented by two spaces, as an element of the encoder's pretty-printed array
    /// (an empty line of an empty list stays empty).
    static func appendIndented(_ element: [UInt8], to output: inout [UInt8]) {
        output.append(0x20)
        output.append(0x20)
        element.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            var runStart = 0
            while runStart < bytes.count, let found = memchr(base + runStart, 0x0A, bytes.count - runStart) {
                let newline = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...newline]))
                if newline + 1 < bytes.count && bytes[newline + 1] != 0x0A {
                    output.append(0x20)
                    output.append(0x20)
                }
                runStart = newline + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }
}

/// What each fuzz target feeds its bytes to: the JSON parser, the record loader, the
/// configuration loader and the journal reader. Shared by the libFuzzer binary that
/// `scripts/fuzz.sh` builds (with `Tests/Fuzz/Entry.swift`) and by the XCTest that replays the
/// seed corpus and the saved crashing inputs (`FuzzReplayTests`), so both exercise the same code.
import DVKCore
import DVKStorage

public enum FuzzTarget: String, CaseIterable, Sendable {
    /// `JSONParser`, plain and recording positions, and `JSONLimits.check`.
    case json
    /// `RecordCoding.decode` as a model record, an inspection round and an award decision; what
    /// decodes is encoded again, as a save would.
    case record
    /// `RecordCoding.decodeConfig` as each configuration file.
    case config
    /// `Journal.parse`, the journal's lines.
    case journal

    /// Reads `bytes` the way this target's reader does. Returns whether any reading accepted
    /// them; it must never trap, overflow the stack or hang, whatever the bytes.
    @discardableResult
    public func read(_ bytes: [UInt8]) -> Bool {
        let path = "fuzz/\(rawValue).json"
        switch self {
        case .json:
            var positioned = JSONParser(bytes: bytes, recordingPositions: true)
            let checked = (try? JSONLimits.check(bytes)) != nil
            return (try? JSONParser.parse(bytes)) != nil && (try? positioned.parseDocument()) != nil && checked
        case .record:
            let model = (try? RecordCoding.encode(RecordCoding.decode(ModelRecord.self, from: bytes, path: path))) != nil
            let inspection = (try? RecordCoding.encode(RecordCoding.decode(InspectionRound.self, from: bytes, path: path))) != nil
            let decision = (try? RecordCoding.encode(RecordCoding.decode(AwardDecision.self, from: bytes, path: path))) != nil
            return model || inspection || decision
        case .config:
            return [
                (try? RecordCoding.decodeConfig(ListCatalog.self, from: bytes, path: path)) != nil,
                (try? RecordCoding.decodeConfig(UnitsFile.self, from: bytes, path: path)) != nil,
                (try? RecordCoding.decodeConfig(Rubric.self, from: bytes, path: path)) != nil,
                (try? RecordCoding.decodeConfig(UsersConfig.self, from: bytes, path: path)) != nil,
                (try? RecordCoding.decodeConfig(DocumentHeaders.self, from: bytes, path: path)) != nil,
                (try? RecordCoding.decodeConfig(WorkflowDefinition.self, from: bytes, path: path)) != nil,
            ].contains(true)
        case .journal:
            let (entries, problems) = Journal.parse(bytes: bytes, path: path)
            return !entries.isEmpty && problems.isEmpty
        }
    }
}

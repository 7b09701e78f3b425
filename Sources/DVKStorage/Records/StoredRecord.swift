import DVKCore

/// A record kept as one JSON file in the data directory: a model, an inspection round or an
/// award decision.
public protocol StoredRecord: Codable, Sendable {
    static var kind: RecordKind { get }
    static var currentSchemaVersion: Int { get }
    var id: String { get }
    var revision: Int { get set }
    var schemaVersion: Int { get set }
    var updated: Stamp { get set }
    /// The record with its text normalised to NFC, as it must be stored.
    func normalizedForStorage() -> Self
}

extension ModelRecord: StoredRecord {
    public static var kind: RecordKind { .model }
    public func normalizedForStorage() -> ModelRecord { normalized() }
}

extension InspectionRound: StoredRecord {
    public static var kind: RecordKind { .inspection }
    public func normalizedForStorage() -> InspectionRound {
        var r = self
        let clean = VietnameseText.cleanField, line = VietnameseText.cleanLine
        r.body = line(body)
        r.team = team.map(line)
        r.note = clean(note)
        r.findings = findings.map { InspectionFinding(modelId: $0.modelId, findings: clean($0.findings), recommendations: clean($0.recommendations)) }
        return r
    }
}

extension AwardDecision: StoredRecord {
    public static var kind: RecordKind { .decision }
    public func normalizedForStorage() -> AwardDecision {
        var r = self
        let clean = VietnameseText.cleanField, line = VietnameseText.cleanLine
        r.number = line(number)
        r.reason = clean(reason)
        r.signer = Signer(mode: line(signer.mode), title: line(signer.title), name: line(signer.name))
        r.recipients = recipients.map {
            AwardRecipient(modelId: $0.modelId, name: line($0.name), subject: $0.subject, position: line($0.position),
                           unit: line($0.unit), note: clean($0.note))
        }
        return r
    }
}

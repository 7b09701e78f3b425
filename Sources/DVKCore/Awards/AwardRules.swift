/// The award rules the committee's screens and the command line share: which moves bring a
/// model to a decision's status, who the recipient is, which earlier awards a new one would
/// repeat (the 2022 Law on Emulation and Commendation forbids two awards for one achievement),
/// and which award forms and issuers fit a level and a track.
public enum AwardRules {
    /// The workflow targets, in order, that bring a model in `state` to a decision that is
    /// `issued` (awarded) or only proposed. From `awarded` this is an escalation.
    public static func steps(from state: String, issued: Bool) -> [String] {
        switch state {
        case "recognised", "awarded": return issued ? ["award_proposed", "awarded"] : ["award_proposed"]
        case "award_proposed": return issued ? ["awarded"] : []
        default: return [issued ? "awarded" : "award_proposed"]
        }
    }

    /// The recipient line for a model: the person for an individual, the unit for a collective.
    public static func recipient(for record: ModelRecord, lists: ListCatalog) -> AwardRecipient {
        let unitName = lists.label(record.unit, in: .units, .vi)
        if let person = record.individual, record.subject == StatisticsBuilder.individual {
            return AwardRecipient(modelId: record.id, name: person.fullName.isEmpty ? record.personInCharge.name : person.fullName,
                                  subject: record.subject, position: person.position,
                                  unit: person.workplace.isEmpty ? unitName : person.workplace)
        }
        return AwardRecipient(modelId: record.id, name: unitName, subject: record.subject, unit: unitName)
    }

    /// The reason printed on a list when the committee gives none (the documents are Vietnamese
    /// whatever the interface language).
    public static func defaultReason(year: Int) -> String {
        "Đã có thành tích xuất sắc trong thực hiện phong trào thi đua “Dân vận khéo” năm \(year)"
    }

    /// The issued decisions of `year` among `decisions` that already honour `record`, other
    /// than `excluding` (the decision being prepared).
    public static func earlierAwards(of record: ModelRecord, year: Int, decisions: [AwardDecision], excluding: String) -> [AwardDecision] {
        decisions.filter { decision in
            decision.id != excluding && decision.year == year && decision.status == AwardDecision.statusAwarded
                && (record.decisionIds.contains(decision.id) || decision.recipients.contains { $0.modelId == record.id })
        }
    }
}

extension ListCatalog {
    /// The levels in use today, lowest first (the abolished district level left out).
    public var currentLevels: [ListEntry] { levelsByRank.filter { !$0.legacy } }

    /// The award forms that may be given at `level` on `track` (forms without limits fit all).
    public func awardForms(level: String, track: String) -> [ListEntry] {
        entries(.awardForms).filter { form in
            (form.levels?.contains(level) ?? true) && (form.tracks?.contains(track) ?? true)
        }
    }
}

extension DocumentHeaders {
    /// The bodies that issue decisions at `level` (those without levels issue at any).
    public func issuers(at level: String) -> [Issuer] {
        issuers.filter { $0.levels.isEmpty || $0.levels.contains(level) }
    }

    /// The body that issues decisions at `level` on `track` by default: the first of the track's
    /// layout (Party for the Party track, State otherwise) whose levels include it.
    public func defaultIssuer(track: String, level: String) -> Issuer? {
        let layout = track == "party" ? "party" : "state"
        let atLevel = issuers(at: level)
        return atLevel.first { $0.layout == layout } ?? atLevel.first ?? issuers.first { $0.layout == layout } ?? issuers.first
    }
}

import DVKCore

/// Builds the award list of one decision, or of several (a year, level and track selection),
/// from the decisions, the model records of their recipients and the configuration: letterhead
/// from `headers.json`, labels from the config lists, signer from the decision (falling back to
/// the issuer's default signer).
public struct AwardListBuilder: Sendable {
    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// The list for `decisions`, in their order; `models` may hold any records (those the
    /// recipients name are used). Throws ``DocumentError`` when there is no decision, no issuer
    /// in the configuration, or no recipient at all.
    public func build(decisions: [AwardDecision], models: [ModelRecord]) throws -> AwardList {
        guard let first = decisions.first else { throw DocumentError.noDecisions }
        guard let issuer = IssuerHeading.forDecision(first, headers: configuration.headers) else { throw DocumentError.noIssuer }
        guard decisions.contains(where: { !$0.recipients.isEmpty }) else {
            throw DocumentError.noRecipients(decisions: decisions.map(\.number))
        }
        let byID = Dictionary(models.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var collectives: [AwardListEntry] = []
        var individuals: [AwardListEntry] = []
        for decision in decisions {
            let form = label(decision.form, .awardForms)
            for recipient in decision.recipients {
                let model = recipient.modelId.flatMap { byID[$0] }
                if recipient.subject == StatisticsBuilder.individual {
                    individuals.append(individual(recipient, model: model, form: form))
                } else {
                    collectives.append(collective(recipient, model: model, form: form))
                }
            }
        }
        let latest = decisions.compactMap(\.date).max()
        let signer = first.signer.filled(from: issuer.signer)
        return AwardList(
            issuer: issuer,
            placeAndDate: OfficialWording.placeAndDate(place: issuer.place, day: latest, year: latest?.year ?? first.year),
            title: title(decisions),
            subtitle: DocumentText.attachedTo(decisions.map { ($0.number, $0.date?.vietnamese) },
                                              body: OfficialWording.sentenceCase(issuer.issuingBody)),
            collectives: collectives, individuals: individuals,
            signatureLines: OfficialWording.signatureLines(signer, issuingBody: issuer.issuingBody),
            signerName: XMLText.clean(signer.name).trimmingSpaces,
            decisionNumbers: decisions.map(\.number))
    }

    private func label(_ id: String, _ list: ListName) -> String {
        id.isEmpty ? "" : configuration.lists.label(id, in: list, .vi)
    }

    private func collective(_ recipient: AwardRecipient, model: ModelRecord?, form: String) -> AwardListEntry {
        let unit = recipient.unit.trimmingSpaces
        let affiliation = !unit.isEmpty && unit != recipient.name ? unit : (model?.address ?? recipient.position)
        return AwardListEntry(name: recipient.name.isEmpty ? model?.displayName ?? "" : recipient.name, affiliation: affiliation,
                              model: model?.name ?? "", field: label(model?.field ?? "", .fields),
                              summary: model?.resultsReport?.summary ?? "", form: form, note: note(recipient, model: model))
    }

    private func individual(_ recipient: AwardRecipient, model: ModelRecord?, form: String) -> AwardListEntry {
        let person = model?.individual
        let position = recipient.position.isEmpty ? person?.position ?? "" : recipient.position
        let unit = recipient.unit.isEmpty ? person?.workplace ?? "" : recipient.unit
        let name = recipient.name.isEmpty ? person?.fullName ?? "" : recipient.name
        return AwardListEntry(name: name,
                              birthAndSex: DocumentText.birthAndSex(year: person?.birthYear, sex: label(person?.sex ?? "", .sexes)),
                              affiliation: [position, unit].filter { !$0.isEmpty }.joined(separator: ", "),
                              model: model?.name ?? "", field: label(model?.field ?? "", .fields),
                              summary: model?.resultsReport?.summary ?? "", form: form, note: note(recipient, model: model))
    }

    /// The recipient's note, unless it only repeats the model's name ("Mô hình “…”"), which the
    /// list already prints.
    private func note(_ recipient: AwardRecipient, model: ModelRecord?) -> String {
        let name = VietnameseText.cleanField(model?.name ?? "").lowercased()
        return !name.isEmpty && recipient.note.lowercased().contains(name) ? "" : recipient.note
    }

    /// "Tập thể, cá nhân được tặng Giấy khen vì đã có thành tích …" from the decisions' forms and
    /// the first reason given.
    private func title(_ decisions: [AwardDecision]) -> String {
        var forms: [String] = []
        for decision in decisions where !forms.contains(label(decision.form, .awardForms)) {
            forms.append(label(decision.form, .awardForms))
        }
        let proposed = decisions.allSatisfy { $0.status == AwardDecision.statusProposed }
        let reason = decisions.map { VietnameseText.cleanField($0.reason) }.first { !$0.isEmpty }
        let achievement: String
        if var reason {
            while reason.hasSuffix(".") { reason.removeLast() }
            let lowered = OfficialWording.lowercasingFirst(reason)
            achievement = lowered.hasPrefix("vì ") || lowered.hasPrefix("có ") ? lowered : "vì " + lowered
        } else {
            achievement = DocumentText.defaultAchievement(year: decisions[0].year)
        }
        return DocumentText.listTitle(form: forms.filter { !$0.isEmpty }.joined(separator: ", "), proposed: proposed,
                                      achievement: achievement)
    }
}

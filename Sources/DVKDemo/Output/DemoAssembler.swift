import DVKCore

/// Puts the walked records together with the rounds and decisions planned for them: replication
/// back-links on parents, findings only for models that reference the round, and recipients for
/// every model that references the decision, followed by the free recipients.
struct DemoAssembler {
    let configuration: Configuration

    func assemble(models: [ModelRecord], plans: [RecordPlan], rounds: [InspectionRound], decisions: [DecisionPlan],
                  users: [UsersConfig.User]) -> DemoDataSet {
        var models = models
        var position: [String: Int] = [:]
        for (index, model) in models.enumerated() { position[model.id] = index }
        for (index, plan) in plans.enumerated() {
            guard let parentID = models[index].parentId, let parent = position[parentID] else { continue }
            models[parent].replication.childIds.append(models[index].id)
            models[parent].replication.places.append("\(plan.village), \(plan.values["unit"] ?? "")")
            if models[parent].updated.at < models[index].created.at { models[parent].updated = models[index].created }
        }
        let inspections = rounds.map { round in
            var round = round
            round.findings.removeAll { finding in
                position[finding.modelId].map { !models[$0].inspectionIds.contains(round.id) } ?? true
            }
            return round
        }
        let awardDecisions = decisions.map { plan in
            var decision = plan.decision
            decision.recipients = zip(models, plans).filter { $0.0.decisionIds.contains(decision.id) }.map(recipient)
                + plan.freeRecipients
            return decision
        }
        return DemoDataSet(models: models, inspections: inspections, decisions: awardDecisions, users: users)
    }

    /// The model as an award list names it: the collective or the person, with the model's kind
    /// and name as the note.
    private func recipient(_ model: ModelRecord, _ plan: RecordPlan) -> AwardRecipient {
        let kind = configuration.lists.label(model.kind, in: .kinds, .vi)
        let note = "\(kind) “\(model.name)”"
        if let person = model.individual {
            return AwardRecipient(modelId: model.id, name: person.fullName, subject: model.subject,
                                  position: person.position, unit: person.workplace, note: note)
        }
        let unit = configuration.units.first { $0.id == model.unit }?.name ?? model.unit
        return AwardRecipient(modelId: model.id, name: plan.collective, subject: model.subject, unit: unit, note: note)
    }
}

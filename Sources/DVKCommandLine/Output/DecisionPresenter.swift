import DVKCore

/// Award decisions as people read them: a list and the detail of one with its recipients
/// grouped I. TẬP THỂ / II. CÁ NHÂN.
struct DecisionPresenter {
    let session: Session

    private var language: Language { session.language }
    private func label(_ id: String, _ list: ListName) -> String { session.lists.label(id, in: list, language) }

    func table(_ decisions: [AwardDecision]) -> String {
        let rows = decisions.map { d in
            [d.id, d.number, d.date?.vietnamese ?? "", label(d.form, .awardForms), label(d.level, .levels), label(d.track, .tracks),
             CLIText.decisionStatus(d.status).text(language), String(d.recipients.count)]
        }
        return TextTable(headers: CLIText.decisionColumns.map { $0.text(language) }, rows: rows, rightAligned: [7]).render()
    }

    func detail(_ d: AwardDecision) -> String {
        var out = DetailWriter()
        out.heading("\(d.number) — \(label(d.form, .awardForms))")
        out.pair(CLIText.decisionColumns[2].text(language), d.date?.vietnamese ?? "—")
        out.pair(CLIText.decisionColumns[4].text(language), label(d.level, .levels))
        out.pair(CLIText.decisionColumns[5].text(language), label(d.track, .tracks))
        out.pair(CLIText.decisionColumns[6].text(language), CLIText.decisionStatus(d.status).text(language))
        out.pair(CLIText.signerLabel.text(language), [d.signer.mode, d.signer.title, d.signer.name].filter { !$0.isEmpty }.joined(separator: " "))
        out.pair(CLIText.reasonLabel.text(language), d.reason)
        for (group, subject) in [("I", "collective"), ("II", "individual")] {
            let members = d.recipients.filter { $0.subject == subject }
            out.heading("\(group). \(label(subject, .subjects).uppercased()) (\(members.count))")
            for (index, r) in members.enumerated() {
                let extra = [r.position, r.unit].filter { !$0.isEmpty && $0 != r.name }.joined(separator: ", ")
                out.item("\(index + 1). \(r.name)\(extra.isEmpty ? "" : " — \(extra)")\(r.modelId.map { " [\($0)]" } ?? "")")
            }
        }
        return out.text
    }
}

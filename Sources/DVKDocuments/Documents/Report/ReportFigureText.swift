import DVKCore

/// The paragraphs of the report's figure parts, written from ``ReportFigures`` with the
/// templates' wording: numbers grouped the Vietnamese way ("1.663"), shares with a comma
/// ("44,2%"), the previous period compared where it has data, and a "none yet" sentence instead
/// of zeros for a part with nothing to count.
struct ReportFigureText {
    let templates: ReportTemplates
    let language: Language
    let figures: ReportFigures
    let previous: ReportFigures?
    /// "giai đoạn 2020 - 2022".
    let period: String
    /// The previous period's phrase.
    let previousPeriod: String
    /// The labels of the annexes the text refers to, by figure part ("byField" → "Phụ lục 1").
    let annexLabels: [String: String]

    private func fill(_ key: String, _ values: [String: String] = [:]) -> ReportParagraph {
        ReportParagraph(templates.fill(key, language, values.merging(["period": period]) { first, _ in first }))
    }

    private static func n(_ value: Int) -> String { ReportNumbers.grouped(value) }

    /// A level's label inside a sentence: "cơ sở" in "Cấp cơ sở"; English labels keep their case.
    private func inSentence(_ label: String) -> String {
        language == .vi ? OfficialWording.lowercasingFirst(label) : label
    }

    private static func pair(_ prefix: String, _ count: SubjectCount) -> [String: String] {
        ["\(prefix)_collective": n(count.collective), "\(prefix)_individual": n(count.individual), "\(prefix)_total": n(count.total)]
    }

    /// The paragraphs of figure part `id` (one of ``ReportTemplates/figureParts``).
    func paragraphs(_ id: String) -> [ReportParagraph] {
        switch id {
        case "registration": return registration()
        case "byField": return byField()
        case "bySubject": return bySubject()
        case "inspections": return inspections()
        case "recognition": return recognition()
        case "awards": return awards()
        case "replication": return replication()
        case "outstanding": return outstanding()
        default: return []
        }
    }

    private func registration() -> [ReportParagraph] {
        guard figures.registered.total > 0 else { return [fill("registrationNone")] }
        let share = ReportNumbers.percent(figures.recognised.total, of: figures.registered.total) ?? "0%"
        var values = ReportFigureText.pair("registered", figures.registered).merging(ReportFigureText.pair("recognised", figures.recognised)) { a, _ in a }
        values["recognised_share"] = share
        var out = [fill("registration", values)]
        if let previous, !previous.isEmpty {
            out.append(fill("comparison", ["previous": previousPeriod,
                                           "change": change(figures.registered.total, previous.registered.total),
                                           "recognisedChange": change(figures.recognised.total, previous.recognised.total)]))
        }
        return out
    }

    /// "tăng 120 lượt (7,8%)", "giảm 3 lượt (1,2%)", "không thay đổi".
    private func change(_ now: Int, _ before: Int) -> String {
        let difference = now - before
        guard difference != 0 else { return templates.fill("unchanged", language) }
        let share = ReportNumbers.percent(abs(difference), of: before).map { $0 } ?? "—"
        return templates.fill(difference > 0 ? "increase" : "decrease", language,
                              ["count": ReportFigureText.n(abs(difference)), "share": share])
    }

    private func byField() -> [ReportParagraph] {
        guard figures.recognised.total > 0 else { return [fill("recognitionNone")] }
        var out = [fill("byFieldIntro", ["annex": annexLabels["byField"] ?? ""])]
        for row in figures.byField.rows {
            let ids = ["model_collective", "model_individual", "deed_collective", "deed_individual"]
            guard ids.contains(where: { row.value($0) > 0 }) else { continue }
            var values = Dictionary(uniqueKeysWithValues: ids.map { ($0, ReportFigureText.n(row.value($0))) })
            values["field"] = row.label.text(language)
            out.append(fill("byFieldLine", values))
        }
        return out
    }

    private func bySubject() -> [ReportParagraph] {
        guard figures.recognised.total > 0 else { return [fill("recognitionNone")] }
        var values = ReportFigureText.pair("models", figures.models).merging(ReportFigureText.pair("deeds", figures.deeds)) { a, _ in a }
        values["recognised_total"] = ReportFigureText.n(figures.models.total + figures.deeds.total)
        return [fill("bySubject", values)]
    }

    private func inspections() -> [ReportParagraph] {
        guard !figures.inspections.isEmpty else { return [fill("inspectionsNone")] }
        var out = [fill("inspectionsIntro", ["rounds": ReportFigureText.n(figures.inspections.reduce(0) { $0 + $1.rounds })])]
        for level in figures.inspections {
            out.append(fill("inspectionsLine", ["level": inSentence(level.level), "rounds": ReportFigureText.n(level.rounds),
                                                "units": ReportFigureText.n(level.units), "models": ReportFigureText.n(level.models)]))
        }
        return out
    }

    private func recognition() -> [ReportParagraph] {
        guard figures.recognised.total > 0 else { return [fill("recognitionNone")] }
        var out = [fill("recognitionIntro", ["recognised_total": ReportFigureText.n(figures.recognised.total)])]
        for level in figures.recognisedByLevel {
            out.append(fill("recognitionLine", ["level": inSentence(level.label), "collective": ReportFigureText.n(level.count.collective),
                                                "individual": ReportFigureText.n(level.count.individual)]))
        }
        return out
    }

    private func awards() -> [ReportParagraph] {
        let all = figures.awarded
        guard all.total > 0 else { return [fill("awardsNone")] }
        var out = [fill("awardsIntro", ["collective": ReportFigureText.n(all.collective), "individual": ReportFigureText.n(all.individual),
                                        "annex": annexLabels["awards"] ?? ""])]
        for line in figures.awardsByForm {
            out.append(fill("awardsLine", ["label": line.label, "collective": ReportFigureText.n(line.count.collective),
                                           "individual": ReportFigureText.n(line.count.individual)]))
        }
        return out
    }

    private func replication() -> [ReportParagraph] {
        guard figures.replicated.total > 0 else { return [fill("replicationNone")] }
        return [fill("replication", ReportFigureText.pair("replicated", figures.replicated))]
    }

    private func outstanding() -> [ReportParagraph] {
        guard !figures.outstanding.isEmpty else { return [fill("outstandingNone")] }
        var out = [fill("outstandingIntro")]
        var fields: [String] = []
        for model in figures.outstanding where !fields.contains(model.field) { fields.append(model.field) }
        for field in fields {
            let models = figures.outstanding.filter { $0.field == field }
            out.append(fill("outstandingField", ["field": field]))
            for model in models.prefix(templates.outstandingPerField) {
                let unit = model.unit.isEmpty ? "" : templates.fill("outstandingUnit", language, ["unit": model.unit])
                let values = ["name": model.name, "unit": unit, "result": model.result]
                out.append(fill(model.result.isEmpty ? "outstandingLineNoResult" : "outstandingLine", values))
            }
            if models.count > templates.outstandingPerField {
                out.append(fill("outstandingMore", ["count": ReportFigureText.n(models.count - templates.outstandingPerField)]))
            }
        }
        return out
    }
}

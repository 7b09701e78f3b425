import DVKCore
import DVKTerminal

/// An award proposal (đề nghị khen thưởng) for a marked batch of recognised models — or an
/// escalation of awarded ones to a higher level: level, track, award form (only the forms the
/// configuration allows at that level and on that track), granting body, year, the proposal's
/// number and the reason. Saving warns first when a model already holds an award of that year
/// (the 2022 Law: no two awards for one achievement), then adds every model through the engine.
final class ProposalScreen: DialogScreen {
    let models: [ModelRecord]

    init(app: App, models: [ModelRecord], level: String? = nil, onDone: @escaping () -> Void) {
        self.models = models
        let lists = app.workspace.lists, language = app.language
        let levels = lists.currentLevels.map { Picker.Option($0, language) }
        let tracks = lists.entries(.tracks).map { Picker.Option($0, language) }
        let startLevel = level ?? models.first?.recognition?.level ?? levels.first?.id ?? ""
        let year = models.map(\.year).max() ?? app.workspace.clock().utcDay.year
        super.init(app: app, saveHelp: ProposalText.save, form: DialogForm([
            DialogForm.choice("level", ProposalText.level, levels, selected: startLevel),
            DialogForm.choice("track", ProposalText.track, tracks, selected: tracks.first { $0.id == "government" }?.id ?? tracks.first?.id ?? ""),
            DialogForm.choice("form", ProposalText.form, [], selected: ""),
            DialogForm.choice("issuer", ProposalText.issuer, [], selected: ""),
            DialogForm.text("year", ProposalText.year, String(year)),
            DialogForm.text("number", ProposalText.number),
            DialogForm.text("reason", ProposalText.reason, AwardRules.defaultReason(year: year)),
        ]), onDone: onDone)
        refreshChoices()
    }

    override var title: String { app.t(ProposalText.title(models.count)) }
    override func context() -> String { models.map(\.id).joined(separator: ", ") }

    override func chosen(_ id: String) {
        if id == "level" || id == "track" { refreshChoices() }
    }

    /// The forms and issuers that fit the chosen level and track.
    private func refreshChoices() {
        let workspace = app.workspace, language = app.language
        let level = form.chosen("level"), track = form.chosen("track")
        form.setOptions("form", workspace.lists.awardForms(level: level, track: track).map { Picker.Option($0, language) })
        let headers = workspace.configuration.headers
        let fitting = headers.issuers(at: level)
        let options = (fitting.isEmpty ? headers.issuers : fitting).map { Picker.Option(id: $0.id, label: $0.name.replacingOccurrences(of: "\n", with: " – ")) }
        form.setOptions("issuer", options)
        if let preferred = headers.defaultIssuer(track: track, level: level), options.contains(where: { $0.id == preferred.id }) {
            form.select("issuer", preferred.id)
        }
    }

    override func save() {
        guard let year = Int(form.text("year")), (1990...2100).contains(year) else {
            return form.refuse("year", app.t(ProposalText.badYear(form.text("year"))))
        }
        if form.chosen("form").isEmpty { return form.refuse("form", app.t(ProposalText.noForm)) }
        var draft = AwardDecision(id: "", number: form.text("number"), year: year, created: Stamp(at: app.workspace.clock(), by: app.workspace.actor.login))
        draft.status = AwardDecision.statusProposed
        draft.level = form.chosen("level")
        draft.track = form.chosen("track")
        draft.form = form.chosen("form")
        draft.issuer = form.chosen("issuer")
        draft.signer = app.workspace.configuration.headers.issuer(draft.issuer)?.signer ?? Signer()
        draft.signer.name = ""
        draft.reason = form.text("reason")
        // Strong: the screen leaves the stack inside this closure.
        AwardWarning.confirmNoDoubleAward(app: app, models: models, year: year, excluding: "") { [self] in
            do {
                let (saved, outcome) = try self.app.workspace.create(draft, with: self.models.map(\.id))
                guard !outcome.saved.isEmpty else { return self.app.report(outcome, done: ProposalText.nothingProposed) }
                self.finish(outcome, done: ProposalText.done(outcome.saved.count, id: saved.id))
            } catch {
                self.app.fail(error)
            }
        }
    }
}

/// The warning against two awards for one achievement in one year.
enum AwardWarning {
    /// Runs `proceed` at once when no model of `models` holds an issued award of `year`, else
    /// after the user, shown the earlier decisions, chooses to go on.
    static func confirmNoDoubleAward(app: App, models: [ModelRecord], year: Int, excluding: String, proceed: @escaping () -> Void) {
        let decisions = app.workspace.decisions()
        let lines = models.compactMap { model -> String? in
            let earlier = AwardRules.earlierAwards(of: model, year: year, decisions: decisions, excluding: excluding)
            guard !earlier.isEmpty else { return nil }
            return app.t(ProposalText.earlier(model.id, numbers: earlier.map(\.number).joined(separator: ", ")))
        }
        guard !lines.isEmpty else { return proceed() }
        app.show(MessageBox(title: app.t(ProposalText.doubleTitle(year)), lines: lines + ["", app.t(ProposalText.doubleQuestion)],
                            choices: [("k", app.t(AppText.no)), ("c", app.t(ProposalText.goOn))], isError: true,
                            defaultKey: "k")) { choice in
            if choice == "c" { proceed() }
        }
    }
}

/// Texts of the award proposal.
enum ProposalText {
    typealias L = LocalizedText
    static func title(_ n: Int) -> L { L(vi: "Đề nghị khen thưởng \(n) mô hình", en: "Propose an award for \(n) model(s)") }
    static let level = L(vi: "Cấp khen thưởng", en: "Award level")
    static let track = L(vi: "Khối", en: "Track")
    static let form = L(vi: "Hình thức khen thưởng", en: "Award form")
    static let issuer = L(vi: "Cơ quan khen thưởng", en: "Granting body")
    static let year = L(vi: "Năm thành tích", en: "Year of the achievement")
    static let number = L(vi: "Số tờ trình (nếu có)", en: "Proposal number (if any)")
    static let reason = L(vi: "Lý do khen thưởng", en: "Reason")
    static let save = L(vi: "lưu đề nghị", en: "save the proposal")
    static func badYear(_ text: String) -> L { L(vi: "«\(text)» không phải năm hợp lệ", en: "«\(text)» is not a valid year") }
    static let nothingProposed = L(vi: "Chưa lập đề nghị", en: "No proposal was made")
    static let noForm = L(vi: "không có hình thức khen nào hợp với cấp và khối đã chọn", en: "no award form fits the chosen level and track")
    static func done(_ n: Int, id: String) -> L { L(vi: "Đã lập đề nghị \(id) cho \(n) mô hình", en: "Proposal \(id) made for \(n) model(s)") }
    static func earlier(_ id: String, numbers: String) -> L { L(vi: "\(id) đã được khen theo quyết định \(numbers)", en: "\(id) was already awarded by decision \(numbers)") }
    static func doubleTitle(_ year: Int) -> L { L(vi: "Đã khen trong năm \(year)", en: "Already awarded in \(year)") }
    static let doubleQuestion = L(vi: "Luật Thi đua, khen thưởng 2022: không khen nhiều lần cho một thành tích. Vẫn tiếp tục?",
                                  en: "The 2022 Law: no two awards for one achievement. Go on anyway?")
    static let goOn = L(vi: "Vẫn tiếp tục", en: "Go on")
}

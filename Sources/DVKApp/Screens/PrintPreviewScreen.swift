import DVKCore
import DVKDocuments
import DVKStorage
import DVKTerminal

/// The award list or annex as it will print, previewed in the terminal, then exported to files —
/// DOCX, PDF, XLSX… — in a folder the user names, or printed on a printer of the spooler.
final class PrintPreviewScreen: AppScreen {
    unowned let app: App
    private var view: DocumentView

    init(app: App, document: ExportDocument) {
        self.app = app
        view = DocumentView(document)
    }

    var document: ExportDocument { view.document }
    var title: String { app.t(PrintPreviewText.title) + " — " + document.baseName }
    var capturesText: Bool { false }
    var isDirty: Bool { false }
    var keyHelp: [(key: String, help: LocalizedText, hint: Bool)] {
        [("e", ExportText.export, true), ("P", ExportText.print, true), ("Esc", HistoryText.back, true), ("↑↓ PgUp PgDn", AppText.navigate, false)]
    }

    /// Offers the decisions and the statistical tables to print; opens the preview of the choice.
    static func choose(app: App) {
        let workspace = app.workspace
        let decisions = workspace.store.loadAll(AwardDecision.self).records.sorted { ($0.year, $0.id) > ($1.year, $1.id) }
        var options = decisions.flatMap { d in
            let number = d.number.isEmpty ? d.id : d.number
            // A decision not yet dated (proposed) shows no empty date before its form.
            let detail = [d.date?.vietnamese ?? "", workspace.lists.label(d.form, in: .awardForms, app.language), String(d.recipients.count)]
                .filter { !$0.isEmpty }.joined(separator: " · ")
            return [Picker.Option(id: "decision:" + d.id, label: app.t(PrintPreviewText.awardList(number)), detail: detail),
                    Picker.Option(id: "decree:" + d.id, label: app.t(PrintPreviewText.decision(number)), detail: detail)]
        }
        let years = workspace.rows.map(\.year)
        if let first = years.min(), let last = years.max() {
            options += StatisticsTableID.allCases.map { table in
                Picker.Option(id: "annex:" + table.rawValue, label: app.t(PrintPreviewText.annex(app.t(ReportsText.tableName(table)), first, last)))
            }
        }
        app.pick(app.t(PrintPreviewText.chooseTitle), options) { option in
            do {
                app.push(PrintPreviewScreen(app: app, document: try document(for: option.id, app: app, years: (years.min() ?? 0)...(years.max() ?? 0))))
            } catch let error as DocumentError {
                app.inform(error.message.text(app.language), isError: true)
            } catch {
                app.fail(error)
            }
        }
    }

    private static func document(for choice: String, app: App, years: ClosedRange<Int>) throws -> ExportDocument {
        let workspace = app.workspace
        if choice.hasPrefix("annex:"), let table = StatisticsTableID(rawValue: String(choice.dropFirst(6))) {
            let source = AnnexSource(workspace: workspace)
            return source.document(for: source.table(table, years: years), years: years)
        }
        if choice.hasPrefix("decree:") {
            let decision = try workspace.store.load(AwardDecision.self, id: String(choice.dropFirst("decree:".count)))
            return .decision(try AwardDecisionDocument.build(decision, configuration: workspace.configuration))
        }
        let id = String(choice.dropFirst("decision:".count))
        let decision = try workspace.store.load(AwardDecision.self, id: id)
        return .awardList(try workspace.awardList([decision]))
    }

    func handle(_ key: Key) {
        switch key {
        case .escape, .character("q"): app.pop()
        case .character("e"): DocumentExportFlow(app: app, document: document).start()
        case .character("P"): DocumentExportFlow(app: app, document: document).printOnPaper()
        default: _ = view.handle(key)
        }
    }

    func draw(on screen: Screen, top: Int, height: Int) {
        view.draw(on: screen, top: top, height: height)
    }
}

/// Texts of printing from the interface.
enum PrintPreviewText {
    typealias L = LocalizedText
    static let title = L(vi: "Xem trước khi in", en: "Print preview")
    static let chooseTitle = L(vi: "In quyết định, danh sách, biểu tổng hợp", en: "Print a decision, a list or a table")
    static func decision(_ number: String) -> L { L(vi: "Quyết định khen thưởng \(number)", en: "Award decision \(number)") }
    static func awardList(_ number: String) -> L { L(vi: "Danh sách khen thưởng kèm quyết định \(number)", en: "Award list of decision \(number)") }
    static func annex(_ table: String, _ from: Int, _ to: Int) -> L { L(vi: "Biểu tổng hợp: \(table), \(from)–\(to)", en: "Summary table: \(table), \(from)–\(to)") }
}

import DVKCore
import DVKDocuments
import DVKStorage
import DVKTerminal
import Foundation

/// The award list or annex as it will print, previewed in the terminal (the plain-text layout of
/// the same page model the DOCX/XLSX writers use), then exported to files — DOCX, PDF, XLSX… —
/// in a folder the user names.
final class PrintPreviewScreen: AppScreen {
    unowned let app: App
    let document: ExportDocument
    private var table = TableState()
    private var lines: [String] = []
    private var width = 0

    init(app: App, document: ExportDocument) {
        self.app = app
        self.document = document
    }

    var title: String { app.t(PrintPreviewText.title) + " — " + document.baseName }
    var capturesText: Bool { false }
    var isDirty: Bool { false }
    var keyHelp: [(key: String, help: LocalizedText, hint: Bool)] {
        [("e", PrintPreviewText.export, true), ("Esc", HistoryText.back, true), ("↑↓ PgUp PgDn", AppText.navigate, false)]
    }

    /// Offers the decisions and the statistical tables to print; opens the preview of the choice.
    static func choose(app: App) {
        let workspace = app.workspace
        let decisions = workspace.store.loadAll(AwardDecision.self).records.sorted { ($0.year, $0.id) > ($1.year, $1.id) }
        var options = decisions.map { d in
            Picker.Option(id: "decision:" + d.id, label: app.t(PrintPreviewText.awardList(d.number.isEmpty ? d.id : d.number)),
                          detail: "\(d.date?.vietnamese ?? "") · \(workspace.lists.label(d.form, in: .awardForms, app.language)) · \(d.recipients.count)")
        }
        let years = workspace.rows.map(\.year)
        if let first = years.min(), let last = years.max() {
            options += StatisticsTableID.allCases.map { table in
                Picker.Option(id: "annex:" + table.rawValue, label: app.t(PrintPreviewText.annex(table.rawValue, first, last)))
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
            let models = workspace.store.loadAll(ModelRecord.self).records
            let decisions = workspace.store.loadAll(AwardDecision.self).records
            let statistics = StatisticsBuilder(configuration: workspace.configuration).table(table, models: models, decisions: decisions, years: years)
            let heading = workspace.configuration.headers.issuers.first.map(IssuerHeading.init)
            let annex = Annex(table: statistics, issuer: heading,
                              placeAndDate: heading.map { OfficialWording.placeAndDate(place: $0.place, day: nil, year: years.upperBound) })
            return .annex(annex, years: years)
        }
        let id = String(choice.dropFirst("decision:".count))
        let decision = try workspace.store.load(AwardDecision.self, id: id)
        let models = decision.recipients.compactMap(\.modelId).compactMap(workspace.model)
        let list = try AwardListBuilder(configuration: workspace.configuration).build(decisions: [decision], models: models)
        return .awardList(list)
    }

    func handle(_ key: Key) {
        switch key {
        case .escape, .character("q"): app.pop()
        case .character("e"): export()
        default: _ = table.handle(key, pageHeight: 10)
        }
    }

    private func export() {
        app.prompt(app.t(PrintPreviewText.formatsPrompt), initial: "docx,pdf,xlsx") { [unowned self] typed in
            let (formats, unknown) = DocumentFormat.parseList(typed)
            guard unknown.isEmpty, !formats.isEmpty else {
                return self.app.inform(self.app.t(PrintPreviewText.unknownFormats(unknown.joined(separator: ", "))), isError: true)
            }
            self.app.prompt(self.app.t(PrintPreviewText.folderPrompt), initial: FileManager.default.currentDirectoryPath) { folder in
                self.write(formats: formats, folder: folder)
            }
        }
    }

    private func write(formats: [DocumentFormat], folder: String) {
        let exporter = DocumentExporter(folder: folder, converter: PDFConverter.locate(environment: ProcessInfo.processInfo.environment))
        do {
            let outcome = try exporter.export(document, formats: formats)
            let names = outcome.files.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
            switch outcome.pdfProblem {
            case nil: app.inform(app.t(PrintPreviewText.written(names, folder: folder)))
            case .converterMissing?: app.inform(app.t(PrintPreviewText.noLibreOffice(names)), isError: true)
            case .failed(let message)?: app.inform(names + " — " + message.text(app.language), isError: true)
            }
        } catch let error as DocumentError {
            app.inform(error.message.text(app.language), isError: true)
        } catch let error as DocumentOutputError {
            app.inform(error.message.text(app.language), isError: true)
        } catch {
            app.fail(error)
        }
    }

    func draw(on screen: Screen, top: Int, height: Int) {
        let columns = screen.size.columns
        if width != columns - 2 {
            width = columns - 2
            lines = PlainTextWriter(document.layout, width: width).lines()
            table.setCount(lines.count)
        }
        for (offset, index) in table.visibleRows(pageHeight: height).enumerated() {
            screen.put(lines[index], row: top + offset, column: 1, style: index == table.selected ? Style(.dim) : .normal)
        }
    }
}

/// Texts of printing from the interface.
enum PrintPreviewText {
    typealias L = LocalizedText
    static let title = L(vi: "Xem trước khi in", en: "Print preview")
    static let chooseTitle = L(vi: "In danh sách, biểu tổng hợp", en: "Print a list or a table")
    static let export = L(vi: "xuất ra tệp (DOCX, PDF, XLSX…)", en: "export to files (DOCX, PDF, XLSX…)")
    static let formatsPrompt = L(vi: "Dạng tệp (docx, pdf, xlsx, html, txt, csv)", en: "Formats (docx, pdf, xlsx, html, txt, csv)")
    static let folderPrompt = L(vi: "Ghi vào thư mục", en: "Write into the folder")
    static func awardList(_ number: String) -> L { L(vi: "Danh sách khen thưởng kèm quyết định \(number)", en: "Award list of decision \(number)") }
    static func annex(_ table: String, _ from: Int, _ to: Int) -> L { L(vi: "Biểu tổng hợp \(table), \(from)–\(to)", en: "Summary table \(table), \(from)–\(to)") }
    static func unknownFormats(_ names: String) -> L { L(vi: "Dạng tệp không rõ: \(names)", en: "Unknown formats: \(names)") }
    static func written(_ names: String, folder: String) -> L { L(vi: "Đã ghi \(names) vào \(folder)", en: "Wrote \(names) to \(folder)") }
    static func noLibreOffice(_ names: String) -> L {
        L(vi: "Đã ghi \(names); không tạo được PDF vì máy chưa có LibreOffice (apt-get install libreoffice-writer-nogui)",
          en: "Wrote \(names); no PDF: LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    }
}

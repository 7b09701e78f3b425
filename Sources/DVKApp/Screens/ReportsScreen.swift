import DVKCore
import DVKDocuments
import DVKTerminal

/// The reports screen (P6, P8): one statistical table ("Biểu tổng hợp") for a chosen year or
/// period, drawn exactly as it will print, ready to export. The table and the period show at the
/// top; `t`/Tab change the table, `y` the period (a year with data, the whole span, or a typed
/// range), `e` exports. `r` shows the committee's draft report for the period instead (every
/// figure computed, the committee's own sections or marked placeholders, the annexes), which `e`
/// then exports; `r` again goes back to the table. The records are read once when the screen opens.
///
/// It opens on the by-field table of the latest year with data (the yearly report), or of the
/// current year on an empty directory.
final class ReportsScreen: AppScreen {
    unowned let app: App
    private let source: AnnexSource
    private(set) var tableID: StatisticsTableID
    private(set) var years: ClosedRange<Int>
    private var statistics: StatisticsTable
    private var view: DocumentView
    /// Whether the draft report is shown rather than the table, and for the first half only.
    private(set) var showsReport = false
    private var firstHalf = false
    /// The committee's sections missing from the shown report.
    private var missing: [String] = []

    init(app: App, table: StatisticsTableID = .byField) {
        self.app = app
        source = AnnexSource(workspace: app.workspace)
        let latest = source.years.last ?? app.workspace.clock().utcDay.year
        tableID = table
        years = latest...latest
        statistics = source.table(table, years: years)
        view = DocumentView(source.document(for: statistics, years: years))
    }

    var title: String { app.t(ReportsText.title) }
    var capturesText: Bool { false }
    var isDirty: Bool { false }
    var keyHelp: [(key: String, help: LocalizedText, hint: Bool)] {
        [("t Tab", ReportsText.chooseTable, true), ("y", ReportsText.choosePeriod, true), ("r", ReportsText.toggleReport, true),
         ("e", ExportText.export, true), ("P", ExportText.print, false),
         ("Esc", HistoryText.back, true), ("Shift-Tab", ReportsText.previousTable, false), ("↑↓ PgUp PgDn", AppText.navigate, false)]
    }

    // MARK: - Keys

    func handle(_ key: Key) {
        switch key {
        case .escape: app.pop()
        case .character("t"): chooseTable()
        case .tab: cycleTable(by: 1)
        case .backTab: cycleTable(by: -1)
        case .character("y"): choosePeriod()
        case .character("r"): toggleReport()
        case .character("e"): DocumentExportFlow(app: app, document: view.document).start()
        case .character("P"): DocumentExportFlow(app: app, document: view.document).printOnPaper()
        default: _ = view.handle(key)
        }
    }

    /// Computes the table (or the report) again for the current choice and shows it from its
    /// first line.
    private func show(_ table: StatisticsTableID, _ period: ClosedRange<Int>, firstHalf: Bool = false) {
        tableID = table
        years = period
        self.firstHalf = firstHalf && period.count == 1
        statistics = source.table(table, years: period)
        guard showsReport else { return view.show(source.document(for: statistics, years: period)) }
        do {
            let report = try source.report(reportPeriod)
            missing = report.missing
            view.show(report.document)
        } catch {
            showsReport = false
            view.show(source.document(for: statistics, years: period))
            app.show(MessageBox(title: app.t(ReportsText.reportFailed), lines: [(error as? DocumentError).map { app.t($0.message) } ?? AppErrors.describe(error, app: app)],
                                choices: [("o", "OK")], isError: true)) { _ in }
        }
    }

    /// The report's period: the years shown, or the first half of the one year.
    private var reportPeriod: ReportPeriod { ReportPeriod(years: years, firstHalf: firstHalf) }

    private func toggleReport() {
        showsReport.toggle()
        show(tableID, years, firstHalf: firstHalf)
    }

    private func chooseTable() {
        let options = StatisticsTableID.allCases.map { Picker.Option(id: $0.rawValue, label: app.t(ReportsText.tableName($0)), detail: $0.rawValue) }
        app.pick(app.t(ReportsText.tableTitle), options, selected: tableID.rawValue) { [unowned self] option in
            if let table = StatisticsTableID(rawValue: option.id) { self.show(table, self.years) }
        }
    }

    private func cycleTable(by step: Int) {
        let all = StatisticsTableID.allCases
        let index = all.firstIndex(of: tableID) ?? 0
        show(all[(index + step + all.count) % all.count], years)
    }

    private func choosePeriod() {
        // The draft report also comes for a half year (sơ kết 6 tháng): offered under each year.
        var options = source.years.reversed().flatMap { year in
            [Picker.Option(id: YearPeriod.text(year...year), label: app.t(ReportsText.year(year)))]
                + (showsReport ? [Picker.Option(id: ReportPeriod(years: year...year, firstHalf: true).text, label: app.t(ReportsText.firstHalf(year)))] : [])
        }
        if let span = source.fullSpan, span.count > 1 {
            options.append(Picker.Option(id: YearPeriod.text(span), label: app.t(ReportsText.wholeSpan(span))))
        }
        options.append(Picker.Option(id: "typed", label: app.t(ReportsText.typedRange)))
        let current = showsReport ? reportPeriod.text : YearPeriod.text(years)
        app.pick(app.t(ReportsText.periodTitle), options, selected: current) { [unowned self] option in
            if let half = ReportPeriod.parse(option.id), half.firstHalf { return self.show(self.tableID, half.years, firstHalf: true) }
            if let period = YearPeriod.parse(option.id) { return self.show(self.tableID, period) }
            self.app.prompt(self.app.t(ReportsText.periodPrompt), initial: YearPeriod.text(self.years)) { typed in
                self.applyTyped(typed)
            }
        }
    }

    /// A typed period replaces the current one (a half year shows the draft report, the only
    /// view that has one); a bad one is refused in a message box that says what may be typed and
    /// that the period stays as it was.
    private func applyTyped(_ typed: String) {
        // Only the draft report comes for a half year: typed under a table, it opens the draft.
        if let half = ReportPeriod.parse(typed), half.firstHalf {
            showsReport = true
            return show(tableID, half.years, firstHalf: true)
        }
        guard let period = YearPeriod.parse(typed) else {
            let lines = ReportsText.badPeriod(typed, kept: years).map(app.t)
            return app.show(MessageBox(title: app.t(ReportsText.badPeriodTitle), lines: lines, choices: [("o", "OK")], isError: true)) { _ in }
        }
        show(tableID, period)
    }

    // MARK: - Drawing

    func draw(on screen: Screen, top: Int, height: Int) {
        let heading = showsReport ? ReportsText.reportHeading(reportPeriod)
            : ReportsText.heading(ReportsText.tableName(tableID), StatisticsStrings.period(years))
        screen.put(app.t(heading), row: top, column: 1, style: Style(.header, bold: true))
        if !statistics.unplaced.isEmpty {
            screen.put("⚠ " + app.t(ReportsText.unplaced(statistics.unplaced)), row: top + 1, column: 1, style: Style(.warning))
        } else if showsReport && !missing.isEmpty {
            screen.put("✎ " + app.t(ReportsText.missingSections(missing)), row: top + 1, column: 1, style: Style(.warning))
        }
        view.draw(on: screen, top: top + 2, height: max(1, height - 2))
    }
}

/// Texts of the reports screen.
enum ReportsText {
    typealias L = LocalizedText
    static let title = L(vi: "Báo cáo, biểu tổng hợp", en: "Reports and summary tables")
    static let chooseTable = L(vi: "chọn biểu (Tab: biểu sau)", en: "choose the table (Tab: next table)")
    static let previousTable = L(vi: "biểu trước", en: "previous table")
    static let toggleReport = L(vi: "dự thảo báo cáo của kỳ / trở lại biểu", en: "the period's draft report / back to the table")
    static let reportFailed = L(vi: "Không lập được dự thảo báo cáo", en: "The draft report could not be made")

    /// "Dự thảo báo cáo · Kỳ: 6 tháng đầu năm 2025".
    static func reportHeading(_ period: ReportPeriod) -> L {
        let years = StatisticsStrings.period(period.years)
        let half = period.firstHalf
        return L(vi: "Dự thảo báo cáo  ·  Kỳ: \(half ? "6 tháng đầu " : "")\(years.vi)",
                 en: "Draft report  ·  Period: \(half ? "first half of " : "")\(years.en)")
    }

    static func missingSections(_ files: [String]) -> L {
        L(vi: "\(files.count) phần Ban Chỉ đạo chưa viết (in chỗ trống): \(files.prefix(3).joined(separator: ", "))\(files.count > 3 ? ", …" : "")",
          en: "\(files.count) section(s) not written yet (placeholders): \(files.prefix(3).joined(separator: ", "))\(files.count > 3 ? ", …" : "")")
    }
    static let choosePeriod = L(vi: "chọn năm hoặc giai đoạn", en: "choose the year or period")
    static let tableTitle = L(vi: "Biểu tổng hợp", en: "Summary table")
    static let periodTitle = L(vi: "Kỳ báo cáo", en: "Reporting period")
    static let typedRange = L(vi: "Khoảng năm khác… (gõ, ví dụ 2020-2022)", en: "Another range… (type it, e.g. 2020-2022)")
    static let periodPrompt = L(vi: "Kỳ báo cáo: một năm (2024), từ năm–đến năm (2020-2022), hoặc 2025-H1 cho báo cáo 6 tháng",
                                en: "Period: one year (2024), from–to (2020-2022), or 2025-H1 for a half-year report")

    static func tableName(_ table: StatisticsTableID) -> L {
        switch table {
        case .byField: return L(vi: "Mô hình, nội dung việc làm theo lĩnh vực", en: "Models and deeds by field")
        case .registeredRecognised: return L(vi: "Đăng ký và được công nhận theo lĩnh vực", en: "Registered and recognised by field")
        case .awardsByLevel: return L(vi: "Khen thưởng theo năm và cấp khen", en: "Awards by year and level")
        }
    }

    static func heading(_ table: L, _ period: L) -> L {
        L(vi: "Biểu: \(table.vi)  ·  Kỳ: \(period.vi)", en: "Table: \(table.en)  ·  Period: \(period.en)")
    }

    static func year(_ year: Int) -> L { L(vi: "Năm \(year)", en: "Year \(year)") }
    static func firstHalf(_ year: Int) -> L { L(vi: "6 tháng đầu năm \(year)", en: "First half of \(year)") }

    static func wholeSpan(_ years: ClosedRange<Int>) -> L {
        L(vi: "Cả giai đoạn \(years.lowerBound)–\(years.upperBound)", en: "The whole span \(years.lowerBound)–\(years.upperBound)")
    }

    static let badPeriodTitle = L(vi: "Kỳ báo cáo không hợp lệ", en: "Not a valid period")

    /// The lines of the refusal of a typed period: what was typed, the rule, the period kept.
    static func badPeriod(_ typed: String, kept: ClosedRange<Int>) -> [L] {
        let (first, last) = (YearPeriod.plausible.lowerBound, YearPeriod.plausible.upperBound)
        return [
            L(vi: "«\(typed)» không phải kỳ báo cáo hợp lệ.", en: "«\(typed)» is not a valid period."),
            L(vi: "Gõ một năm (2024) hoặc từ năm–đến năm (2020-2022);", en: "Type one year (2024) or from–to (2020-2022),"),
            L(vi: "năm đầu không sau năm cuối, trong khoảng \(first)–\(last).", en: "the first year not after the last, within \(first)–\(last)."),
            L(vi: "Vẫn giữ kỳ \(StatisticsStrings.period(kept).vi).", en: "The period stays \(StatisticsStrings.period(kept).en)."),
        ]
    }

    static func unplaced(_ ids: [String]) -> L {
        L(vi: "\(ids.count) hồ sơ có lĩnh vực, loại, đối tượng hoặc cấp không có trong danh mục nên không được tính: \(ids.prefix(6).joined(separator: ", "))",
          en: "\(ids.count) record(s) have a field, kind, subject or level missing from the lists and are not counted: \(ids.prefix(6).joined(separator: ", "))")
    }
}

import DVKCore
import DVKDocuments
import DVKStorage
import DVKTerminal

/// The award list builder: the list of one decision (or of a year, level and track) grouped
/// I. TẬP THỂ / II. CÁ NHÂN with the columns of the printed list, numbered; `K`/`J` (or `-`/`+`)
/// move a row up or down within its part, Ctrl-S keeps the order on the decision, `v` previews
/// the page exactly as it prints and exports it from there.
final class AwardListScreen: AppScreen {
    unowned let app: App
    private var list: AwardList
    /// The single decision the list belongs to (its order can be saved), or nil for a selection.
    private var decision: AwardDecision?
    private var table = TableState()
    private var moved = false
    private var pageHeight = 10

    init(app: App, list: AwardList, decision: AwardDecision?) {
        self.app = app
        self.list = list
        self.decision = decision
        table.setCount(rowCount)
    }

    // MARK: - Choosing a list

    /// Offers every decision, and a selection by year, level and track; opens the list chosen.
    static func choose(app: App, preferred: String?) {
        let decisions = app.workspace.decisions().sorted { ($0.year, $0.id) > ($1.year, $1.id) }
        guard !decisions.isEmpty else { return app.inform(app.t(AwardListText.noDecisions), isError: true) }
        let lists = app.workspace.lists
        var options = decisions.map { d in
            Picker.Option(id: d.id, label: "\(d.id) \(d.number)", detail: "\(lists.label(d.form, in: .awardForms, app.language)) · \(d.recipients.count)")
        }
        options.append(Picker.Option(id: "", label: app.t(AwardListText.bySelection)))
        app.pick(app.t(AwardListText.chooseTitle), options, selected: preferred) { option in
            if let decision = decisions.first(where: { $0.id == option.id }) {
                open(app: app, decisions: [decision], single: decision)
            } else {
                chooseSelection(app: app, decisions: decisions.filter { $0.status == AwardDecision.statusAwarded })
            }
        }
    }

    /// Year, then level, then track, from the issued decisions.
    private static func chooseSelection(app: App, decisions: [AwardDecision]) {
        let lists = app.workspace.lists, language = app.language
        let years = Set(decisions.map(\.year)).sorted(by: >).map { Picker.Option(id: String($0), label: String($0)) }
        app.pick(app.t(AwardListText.year), years) { year in
            let ofYear = decisions.filter { String($0.year) == year.id }
            let levels = lists.levelsByRank.filter { level in ofYear.contains { $0.level == level.id } }
                .map { Picker.Option($0, language) }
            app.pick(app.t(AwardListText.level), levels) { level in
                let atLevel = ofYear.filter { $0.level == level.id }
                let tracks = lists.entries(.tracks).filter { track in atLevel.contains { $0.track == track.id } }
                    .map { Picker.Option($0, language) }
                app.pick(app.t(AwardListText.track), tracks) { track in
                    open(app: app, decisions: atLevel.filter { $0.track == track.id }.sorted { $0.id < $1.id }, single: nil)
                }
            }
        }
    }

    private static func open(app: App, decisions: [AwardDecision], single: AwardDecision?) {
        do {
            let list = try app.workspace.awardList(decisions)
            app.push(AwardListScreen(app: app, list: list, decision: single))
        } catch let error as DocumentError {
            app.inform(error.message.text(app.language), isError: true)
        } catch {
            app.fail(error)
        }
    }

    // MARK: - Rows

    /// Rows: the part I heading, its entries, the part II heading, its entries.
    private var rowCount: Int { list.collectives.count + list.individuals.count + 2 }

    /// The part and the index in it of a row; nil for a heading.
    private func entry(at row: Int) -> (individual: Bool, index: Int)? {
        if row >= 1 && row <= list.collectives.count { return (false, row - 1) }
        let second = list.collectives.count + 2
        if row >= second && row < second + list.individuals.count { return (true, row - second) }
        return nil
    }

    var title: String {
        let numbers = list.decisionNumbers.filter { !$0.isEmpty }
        return app.t(AwardListText.title) + " — " + (numbers.isEmpty ? decision?.id ?? "" : numbers.joined(separator: ", "))
    }
    var capturesText: Bool { false }
    var isDirty: Bool { moved && decision != nil }
    var keyHelp: [(key: String, help: LocalizedText, hint: Bool)] {
        [("K -", AwardListText.up, true), ("J +", AwardListText.down, true), ("Ctrl-S", AwardListText.save, decision != nil),
         ("v", AwardListText.preview, true), ("Esc", CommitteeText.back, true), ("↑↓ PgUp PgDn", AppText.navigate, false)]
    }

    func handle(_ key: Key) {
        switch key {
        case .escape: app.pop()
        case .character("K"), .character("-"): move(by: -1)
        case .character("J"), .character("+"): move(by: 1)
        case .control("s"): saveOrder()
        case .character("v"): app.push(PrintPreviewScreen(app: app, document: .awardList(list)))
        default: _ = table.handle(key, pageHeight: pageHeight)
        }
    }

    /// Moves the selected entry up or down within its part (and its recipient on the decision).
    private func move(by step: Int) {
        guard let (individual, index) = entry(at: table.selected) else { return }
        let count = individual ? list.individuals.count : list.collectives.count
        let target = index + step
        guard target >= 0 && target < count else { return }
        if individual { list.individuals.swapAt(index, target) } else { list.collectives.swapAt(index, target) }
        if var d = decision {
            let part = d.recipients.indices.filter { (d.recipients[$0].subject == StatisticsBuilder.individual) == individual }
            if index < part.count && target < part.count { d.recipients.swapAt(part[index], part[target]) }
            decision = d
        }
        moved = true
        table.select(table.selected + step, pageHeight: pageHeight)
    }

    private func saveOrder() {
        guard let d = decision, moved else { return }
        do {
            decision = try app.workspace.saveOrder(d, expected: d.revision)
            moved = false
            app.inform(app.t(AwardListText.saved(d.number.isEmpty ? d.id : d.number)))
        } catch StorageError.conflict(_, _, _, _, let by, _) {
            // Someone saved the decision meanwhile: show their version rather than retry forever.
            if let fresh = try? app.workspace.store.load(AwardDecision.self, id: d.id), let rebuilt = try? app.workspace.awardList([fresh]) {
                decision = fresh
                list = rebuilt
                moved = false
                table.setCount(rowCount)
            }
            app.inform(app.t(AwardListText.conflict(by)), isError: true)
        } catch {
            app.fail(error)
        }
    }

    func draw(on screen: Screen, top: Int, height: Int) {
        let width = screen.size.columns
        screen.put(TextWidth.prefix(list.title, fitting: width - 2), row: top, column: 1, style: Style(.header, bold: true))
        screen.put(TextWidth.prefix(list.subtitle, fitting: width - 2), row: top + 1, column: 1, style: Style(.dim))
        pageHeight = max(1, height - 4)
        let columns = AwardListText.columns.map { TableColumn(app.t($0.0), width: $0.1, minimum: min($0.1, 6)) }
        TableRenderer.draw(on: screen, top: top + 2, left: 1, width: width - 2, height: height - 3, columns: columns, state: table,
                           cells: { row in
                               guard let (individual, index) = self.entry(at: row) else {
                                   let part = row == 0 ? AwardListText.collectives : AwardListText.individuals
                                   return [row == 0 ? "I." : "II.", self.app.t(part), "", "", "", ""]
                               }
                               let e = individual ? self.list.individuals[index] : self.list.collectives[index]
                               return [String(index + 1), e.name, individual ? e.birthAndSex : "", e.affiliation, e.model, e.form]
                           },
                           style: { row in
                               if row == self.table.selected { return Style(.selected) }
                               return self.entry(at: row) == nil ? Style(.header, bold: true) : .normal
                           })
        screen.put(list.totalsLine, row: top + height - 1, column: 1, style: Style(.dim))
    }
}

/// Texts of the award list builder.
enum AwardListText {
    typealias L = LocalizedText
    static let title = L(vi: "Danh sách khen thưởng", en: "Award list")
    static let chooseTitle = L(vi: "Danh sách của quyết định", en: "The list of decision")
    static let bySelection = L(vi: "Theo năm, cấp và khối…", en: "By year, level and track…")
    static let year = L(vi: "Năm", en: "Year")
    static let level = L(vi: "Cấp khen thưởng", en: "Award level")
    static let track = L(vi: "Khối", en: "Track")
    static let noDecisions = L(vi: "Chưa có quyết định hay đề nghị khen thưởng nào.", en: "There is no award decision or proposal yet.")
    static let collectives = L(vi: "TẬP THỂ", en: "COLLECTIVES")
    static let individuals = L(vi: "CÁ NHÂN", en: "INDIVIDUALS")
    static func conflict(_ by: String) -> L {
        L(vi: "\(by) vừa sửa quyết định này; đã tải lại danh sách của họ, thứ tự bạn vừa xếp chưa được lưu",
          en: "\(by) has just changed this decision; their list was loaded and your new order was not saved")
    }
    static let up = L(vi: "đưa dòng lên", en: "move the row up")
    static let down = L(vi: "đưa dòng xuống", en: "move the row down")
    static let save = L(vi: "lưu thứ tự vào quyết định", en: "keep the order on the decision")
    static let preview = L(vi: "xem trước như khi in, rồi xuất tệp", en: "preview as printed, then export")
    static func saved(_ number: String) -> L { L(vi: "Đã lưu thứ tự danh sách của \(number)", en: "Saved the order of \(number)") }
    static let columns: [(L, Int)] = [
        (L(vi: "STT", en: "No."), 4), (L(vi: "Tên tập thể, họ tên", en: "Name"), 0), (L(vi: "Năm sinh", en: "Born"), 11),
        (L(vi: "Chức vụ, đơn vị", en: "Position, unit"), 20), (L(vi: "Mô hình", en: "Model"), 20), (L(vi: "Hình thức", en: "Form"), 11),
    ]
}

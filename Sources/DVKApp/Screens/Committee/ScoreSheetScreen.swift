import DVKCore
import DVKTerminal

/// One appraiser's score sheet for one model: the rubric's criteria with their maxima, the
/// points (refused above the maximum), a comment per criterion, the running total and the band
/// it falls in — or a pass/fail vote when the rubric says so. Ctrl-S submits after a question;
/// a submitted sheet is final and recorded in the history. The other appraisers' sheets, their
/// average and the recommendation show as far as the core's blind-scoring rule
/// (`AppraisalView`) lets the user see them: for an appraiser, once their own sheet is in.
final class ScoreSheetScreen: AppScreen {
    unowned let app: App
    private(set) var record: ModelRecord
    private var points: [LineEditor]
    private var comments: [LineEditor]
    private var general = LineEditor()
    private var vote: Bool?
    /// The focused row (a criterion, or the vote; the last row is the general comment) and
    /// column (0 points, 1 comment).
    private var row = 0
    private var column = 0
    private var problems: [Int: String] = [:]
    private let onSubmitted: () -> Void
    /// How far the model's file under the sheet is scrolled (PgUp/PgDn).
    private var dossierScroll = 0

    init(app: App, record: ModelRecord, onSubmitted: @escaping () -> Void = {}) {
        self.app = app
        self.record = record
        self.onSubmitted = onSubmitted
        let count = app.workspace.configuration.rubric.criteria.count
        points = Array(repeating: LineEditor(), count: count)
        comments = Array(repeating: LineEditor(), count: count)
    }

    private var rubric: Rubric { app.workspace.configuration.rubric }
    private var isPoints: Bool { rubric.mode == .points }
    /// Rows above the general comment: one per criterion, or the vote.
    private var scoreRows: Int { isPoints ? rubric.criteria.count : 1 }
    private var me: [String] { [app.workspace.actor.login, app.workspace.actor.name] }
    var hasSubmitted: Bool { Rubric.hasSheet(by: me, in: record.appraisals) }
    /// What the user may see of the model's sheets (blind scoring).
    private var readable: ReadableStamps { ReadableStamps(users: app.workspace.configuration.users) }

    private var view: AppraisalView {
        AppraisalView(of: record.appraisals, for: app.workspace.actor, rubric: rubric, users: app.workspace.configuration.users)
    }

    var title: String { app.t(ScoreText.title(record.id)) + " — " + record.displayName }
    var capturesText: Bool { !hasSubmitted }
    var isDirty: Bool {
        !hasSubmitted && (points.contains { !$0.text.isEmpty } || comments.contains { !$0.text.isEmpty } || !general.text.isEmpty || vote != nil)
    }
    var keyHelp: [(key: String, help: LocalizedText, hint: Bool)] {
        hasSubmitted ? [("Esc", DialogText.back, true)]
            : [("Ctrl-S", ScoreText.submit, true), ("Enter Tab", ScoreText.nextScore, true), ("→ ←", ScoreText.toComment, true),
               ("↑↓", ScoreText.rows, false),
               ("Space", ScoreText.voteKey, !isPoints), ("PgUp PgDn", ScoreText.scrollFile, false), ("Esc", DialogText.back, true)]
    }

    // MARK: - Values

    /// The typed points of criterion `i`: nil when blank or not a number.
    private func value(_ i: Int) -> Double? { RecordFieldSetter.number(points[i].committed.trimmingSpaces) }

    /// The total of the valid points typed so far (a refused score does not count).
    private var runningTotal: Double { (0..<points.count).filter { check($0) == nil }.compactMap(value).reduce(0, +) }

    private func check(_ i: Int) -> String? {
        guard isPoints, i < rubric.criteria.count else { return nil }
        let text = points[i].committed.trimmingSpaces
        if text.isEmpty { return nil }
        let criterion = rubric.criteria[i]
        guard let v = value(i), v >= 0, v <= criterion.max else {
            return app.t(ScoreText.outOfRange(text, max: NumberText.plain(criterion.max)))
        }
        return nil
    }

    // MARK: - Keys

    func handle(_ key: Key) {
        if hasSubmitted {
            if key == .escape { app.pop() }
            if key == .pageDown { dossierScroll += 5 }
            if key == .pageUp { dossierScroll = max(0, dossierScroll - 5) }
            return
        }
        switch key {
        case .control("s"): return confirmSubmit()
        case .escape: return app.pop()
        case .tab, .enter: advance(1)
        case .backTab: advance(-1)
        // The comment of a criterion is reached on purpose: → at the end of its points, ← back.
        case .right where isPoints && row < scoreRows && column == 0 && points[row].cursor == points[row].text.count:
            if leave() { column = 1 }
        case .left where isPoints && row < scoreRows && column == 1 && comments[row].cursor == 0:
            column = 0
        case .pageDown: dossierScroll += 5
        case .pageUp: dossierScroll = max(0, dossierScroll - 5)
        case .down: if leave() { row = min(scoreRows, row + 1) }
        case .up: if leave() { row = max(0, row - 1) }
        default:
            if row == scoreRows { _ = general.handle(key, input: app.input); return }
            if !isPoints {
                if key == .character(" ") { vote = vote == true ? false : true }
                return
            }
            if column == 0 {
                // Points take digits and a decimal mark only; a letter is a slip, not a score.
                if case .character(let c) = key, !(c.isASCII && (c.isNumber || c == "." || c == ",")) { return }
                _ = points[row].handle(key, input: nil)
            } else { _ = comments[row].handle(key, input: app.input) }
        }
    }

    /// Checks the field being left; false (the focus stays) when its points are refused. Points
    /// accepted are written back the way every score is shown ("22.5" → "22,5").
    @discardableResult
    private func leave() -> Bool {
        if column == 0, row < scoreRows, let problem = check(row) { problems[row] = problem; return false }
        if column == 0, row < scoreRows, let points = value(row) { self.points[row] = LineEditor(NumberText.score(points, app.language)) }
        problems[row] = nil
        return true
    }

    /// Moves from score to score — points, Enter or Tab, the next points… — then to the general
    /// comment (in pass/fail mode the vote, then the general comment); from a criterion's
    /// comment, on to the next criterion's points.
    private func advance(_ step: Int) {
        guard leave() else { return }
        if !isPoints { row = row == scoreRows ? 0 : scoreRows; column = 0; return }
        row = (row + step + scoreRows + 1) % (scoreRows + 1)
        column = 0
    }

    private func confirmSubmit() {
        leave()
        for i in 0..<scoreRows where isPoints {
            if points[i].committed.trimmingSpaces.isEmpty { problems[i] = app.t(ScoreText.missing) } else if let p = check(i) { problems[i] = p }
        }
        if !isPoints && vote == nil { problems[0] = app.t(ScoreText.missingVote) }
        if let first = problems.keys.min() {
            row = first
            column = 0
            return app.inform(problems[first] ?? "", isError: true)
        }
        let result = isPoints ? NumberText.score(runningTotal, app.language) : app.t(vote == true ? ScoreText.pass : ScoreText.fail)
        app.askYesNo(app.t(ScoreText.confirmTitle), [app.t(ScoreText.confirm(result, model: record.id))]) { [unowned self] yes in
            if yes { self.submit() }
        }
    }

    private func submit() {
        var sheetComments: [String: String] = [:]
        for (i, criterion) in rubric.criteria.enumerated() where isPoints { sheetComments[criterion.id] = comments[i].committed }
        let sheet = ScoreSheet(at: app.workspace.clock(),
                               scores: isPoints ? (0..<scoreRows).compactMap(value) : [], comments: sheetComments,
                               pass: isPoints ? nil : vote, comment: general.committed)
        do {
            record = try app.workspace.submit(sheet, to: record.id)
            onSubmitted()
            app.inform(app.t(ScoreText.submitted(record.id)))
        } catch let refused as ScoreSheetRefused {
            app.inform(refused.message(app.language), isError: true)
        } catch {
            app.fail(error)
        }
    }

    // MARK: - Drawing

    func draw(on screen: Screen, top: Int, height: Int) {
        let width = screen.size.columns
        let lists = app.workspace.lists, language = app.language
        let state = app.workspace.configuration.workflow.label(ofState: record.state, language)
        screen.put("\(record.id) · \(lists.label(record.unit, in: .units, language)) · \(state)", row: top, column: 1, style: Style(.dim))
        var y = top + 2
        let mine = record.appraisals.first { Rubric.hasSheet(by: me, in: [$0]) }
        if isPoints {
            y = drawCriteria(on: screen, top: y, width: width, mine: mine)
        } else {
            let shown = mine?.pass ?? vote
            let text = shown.map { app.t($0 ? ScoreText.pass : ScoreText.fail) } ?? app.t(ScoreText.noVote)
            screen.put(TextWidth.padded(app.t(ScoreText.vote), to: 30), row: y, column: 1, style: Style(row == 0 ? .header : .normal, bold: row == 0))
            screen.put(TextWidth.padded(text, to: 24), row: y, column: 32, style: Style(row == 0 && mine == nil ? .fieldFocused : .field))
            y += 1
            if let problem = problems[0] { screen.put("⚠ " + problem, row: y, column: 32, style: Style(.error)); y += 1 }
        }
        let focusedGeneral = row == scoreRows && mine == nil
        screen.put(TextWidth.padded(app.t(ScoreText.generalComment), to: 30), row: y, column: 1, style: Style(focusedGeneral ? .header : .normal, bold: focusedGeneral))
        let view = general.visible(width: width - 34)
        screen.put(TextWidth.padded(mine?.comment ?? view.text, to: width - 34), row: y, column: 32, style: Style(focusedGeneral ? .fieldFocused : .field))
        if focusedGeneral { screen.setCursor(row: y, column: 32 + view.cursorColumn) }
        y += 2
        y = drawOthers(on: screen, top: y, bottom: top + height, width: width) + 1
        // The model's file below, when the terminal has room: the appraiser scores with it in view.
        if top + height - y >= 5 {
            ModelDossier(record: record, inspections: app.workspace.inspections(of: record), lists: app.workspace.lists, language: app.language)
                .draw(on: screen, top: y, bottom: top + height, width: width, scroll: dossierScroll)
        }
    }

    private func drawCriteria(on screen: Screen, top: Int, width: Int, mine: ScoreSheet?) -> Int {
        let labelWidth = max(20, width - 2 - 7 - 9 - 30)
        let commentWidth = width - 2 - labelWidth - 16
        var y = top
        let header = TextWidth.padded(app.t(ScoreText.criterion), to: labelWidth) + TextWidth.padded(app.t(ScoreText.max), to: 6, alignRight: true)
            + "  " + TextWidth.padded(app.t(ScoreText.points), to: 7) + " " + app.t(ScoreText.comment)
        screen.put(header, row: y, column: 1, style: Style(.dim))
        y += 1
        for (i, criterion) in rubric.criteria.enumerated() {
            let focusedRow = row == i && mine == nil
            let label = TextWidth.prefix("\(i + 1). " + criterion.label.text(app.language), fitting: labelWidth - 1)
            screen.put(TextWidth.padded(label, to: labelWidth) + TextWidth.padded(NumberText.plain(criterion.max), to: 6, alignRight: true),
                       row: y, column: 1, style: Style(focusedRow ? .header : .normal, bold: focusedRow))
            let pointsText = mine.map { i < $0.scores.count ? NumberText.score($0.scores[i], app.language) : "" } ?? points[i].text
            let commentText = mine.map { $0.comments[criterion.id] ?? "" } ?? comments[i].visible(width: commentWidth).text
            let pointsColumn = 1 + labelWidth + 8, commentColumn = pointsColumn + 8
            screen.put(TextWidth.padded(pointsText, to: 6, alignRight: true), row: y, column: pointsColumn,
                       style: Style(focusedRow && column == 0 ? .fieldFocused : (problems[i] != nil ? .error : .field)))
            screen.put(TextWidth.padded(commentText, to: commentWidth), row: y, column: commentColumn,
                       style: Style(focusedRow && column == 1 ? .fieldFocused : .field))
            if focusedRow {
                if column == 0 { screen.setCursor(row: y, column: pointsColumn + 6) }
                else { screen.setCursor(row: y, column: commentColumn + comments[i].visible(width: commentWidth).cursorColumn) }
            }
            y += 1
            if let problem = problems[i], mine == nil { screen.put("⚠ " + problem, row: y, column: pointsColumn, style: Style(.error)); y += 1 }
        }
        let total = mine?.total ?? runningTotal
        let band = ScoreSummary(sheets: [ScoreSheet(at: app.workspace.clock(), scores: [total])], rubric: rubric).band
        let typed = mine != nil || points.contains { !$0.text.isEmpty }
        let bandText = typed ? band.flatMap { rubric.band(id: $0) }.map { "→ " + $0.label.text(app.language) } ?? "" : ""
        screen.put(TextWidth.padded(app.t(ScoreText.total), to: labelWidth) + TextWidth.padded(NumberText.plain(rubric.maxTotal), to: 6, alignRight: true)
                   + "  " + TextWidth.padded(NumberText.score(total, app.language), to: 6, alignRight: true) + "   " + bandText,
                   row: y, column: 1, style: Style(.header, bold: true))
        return y + 2
    }

    /// The other appraisers' sheets with the average and the recommendation, or the note saying
    /// why they stay hidden; returns the next free row.
    private func drawOthers(on screen: Screen, top: Int, bottom: Int, width: Int) -> Int {
        let view = view
        var y = top
        screen.put(app.t(ScoreText.sheets(view.sheetCount)), row: y, column: 1, style: Style(.header, bold: true))
        y += 1
        if let hidden = view.hiddenNote {
            screen.put(app.t(hidden), row: y, column: 3, style: Style(.dim))
            return y + 1
        }
        for sheet in view.sheets where y < bottom - 2 {
            let cells = isPoints ? sheet.scores.map { NumberText.score($0, app.language) }.joined(separator: " · ") + "  = "
                + NumberText.score(sheet.total, app.language) : app.t(sheet.pass == true ? ScoreText.pass : ScoreText.fail)
            let line = TextWidth.padded(readable.person(sheet.appraiser), to: 18) + " " + cells + (sheet.comment.isEmpty ? "" : "  — " + sheet.comment)
            screen.put(TextWidth.prefix(line, fitting: width - 4), row: y, column: 3, style: .normal)
            y += 1
        }
        guard let summary = view.summary, let bandID = summary.band, let band = rubric.band(id: bandID) else { return y }
        let result = summary.average.map { app.t(ScoreText.average(NumberText.score($0, app.language))) }
            ?? app.t(ScoreText.votes(summary.passVotes, of: summary.sheetCount))
        let line = app.t(ScoreText.result(result, band: band.label.text(app.language),
                                          recommendation: band.recommendation?.text(app.language) ?? ""))
        screen.put(TextWidth.prefix(line, fitting: width - 4), row: min(y, bottom - 1), column: 3, style: Style(.success, bold: true))
        return y + 1
    }
}

/// Texts of the score sheet.
enum ScoreText {
    typealias L = LocalizedText
    static func title(_ id: String) -> L { L(vi: "Phiếu chấm điểm \(id)", en: "Score sheet \(id)") }
    static let submit = L(vi: "nộp phiếu", en: "submit the sheet")
    static let scrollFile = L(vi: "cuộn hồ sơ mô hình bên dưới", en: "scroll the model's file below")
    static let rows = L(vi: "tiêu chí trước/sau", en: "previous/next criterion")
    static let voteKey = L(vi: "đạt / không đạt", en: "pass / fail")
    static let criterion = L(vi: "Tiêu chí", en: "Criterion")
    static let max = L(vi: "Tối đa", en: "Max")
    static let points = L(vi: "Điểm", en: "Points")
    static let comment = L(vi: "Nhận xét", en: "Comment")
    static let nextScore = L(vi: "điểm tiêu chí sau", en: "next criterion's points")
    static let toComment = L(vi: "sang nhận xét, về điểm", en: "to the comment, back to the points")
    static let total = L(vi: "Tổng điểm", en: "Total")
    static let generalComment = L(vi: "Nhận xét chung", en: "General comment")
    static let vote = L(vi: "Kết quả (Space: đạt/không đạt)", en: "Vote (Space: pass/fail)")
    static let pass = L(vi: "Đạt", en: "Pass")
    static let fail = L(vi: "Không đạt", en: "Fail")
    static let noVote = L(vi: "(chưa chọn)", en: "(not chosen)")
    static let missing = L(vi: "chưa chấm điểm tiêu chí này", en: "this criterion has no score yet")
    static let missingVote = L(vi: "chưa chọn đạt hay không đạt", en: "choose pass or fail")
    static func outOfRange(_ typed: String, max: String) -> L {
        L(vi: "«\(typed)» không hợp lệ: điểm từ 0 đến \(max)", en: "«\(typed)» is not valid: points from 0 to \(max)")
    }
    static let confirmTitle = L(vi: "Nộp phiếu chấm?", en: "Submit the score sheet?")
    static func confirm(_ result: String, model: String) -> L {
        L(vi: "Kết quả \(result) cho \(model). Phiếu đã nộp không sửa được.", en: "Result \(result) for \(model). A submitted sheet cannot be changed.")
    }
    static func submitted(_ id: String) -> L { L(vi: "Đã nộp phiếu chấm cho \(id)", en: "Score sheet for \(id) submitted") }
    static func sheets(_ n: Int) -> L { L(vi: "Các phiếu chấm (\(n))", en: "Score sheets (\(n))") }
    static func average(_ value: String) -> L { L(vi: "Trung bình \(value)", en: "Average \(value)") }
    static func votes(_ pass: Int, of total: Int) -> L { L(vi: "Đạt \(pass)/\(total) phiếu", en: "Pass \(pass) of \(total) votes") }
    static func result(_ result: String, band: String, recommendation: String) -> L {
        L(vi: "\(result) — \(band)" + (recommendation.isEmpty ? "" : " — Kiến nghị: \(recommendation)"),
          en: "\(result) — \(band)" + (recommendation.isEmpty ? "" : " — Recommendation: \(recommendation)"))
    }
}

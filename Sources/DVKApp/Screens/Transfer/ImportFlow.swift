import Foundation
import DVKCore
import DVKImport
import DVKTerminal

/// `I` on the model list: a file path, the file read, every row checked (a progress bar while
/// it runs), the report, and — only when the plan is clean and the user says yes — the records
/// written. The rules are the importer's: this flow never writes a record itself, and it offers
/// nothing the command line would refuse (no `--add-new-values`: adding list values is for
/// administrators and stays on the command line).
struct ImportFlow {
    unowned let app: App
    /// Runs after records were written (the list sorts them in).
    let onDone: () -> Void

    func start() {
        guard app.mayEdit() else { return }
        app.prompt(app.t(ImportText.pathPrompt), initial: app.lastFolder.map { $0 + "/" } ?? "") { typed in
            let path = FilePaths.clean(typed, environment: app.environment)
            if path.isEmpty || FilePaths.isFolder(path) { self.pickFile(in: path.isEmpty ? "." : path) } else { self.read(path) }
        }
    }

    /// A folder's registers (.xlsx, .csv) and subfolders to choose from; a folder chosen opens in turn.
    private func pickFile(in folder: String) {
        let entries = FilePaths.importable(in: folder)
        let options = entries.map { entry in
            Picker.Option(id: entry.path, label: entry.isFolder ? entry.name + "/" : entry.name,
                          detail: entry.isFolder ? app.t(ImportText.folder) : "")
        }
        app.pick(app.t(ImportText.pickTitle(folder)), options) { option in
            if FilePaths.isFolder(option.id) { self.pickFile(in: option.id) } else { self.read(option.id) }
        }
    }

    private func read(_ path: String) {
        app.lastFolder = FilePaths.folder(of: path)
        let source: ImportFile
        do {
            source = try ImportFile.read(path: path, encoding: .auto)
        } catch let error as SourceError {
            return unreadable(path, error.message.text(app.language))
        } catch {
            return unreadable(path, AppErrors.describe(error, app: app))
        }
        let workspace = app.workspace
        let importer = Importer(configuration: workspace.configuration, store: workspace.store, actor: workspace.actor,
                                time: workspace.clock(), file: source.name)
        let title = app.t(ImportText.checking(source.name))
        var last = (done: 0, total: 0)
        let plan = importer.plan(source.tables, options: ImportOptions()) { done, total in
            last = (done, total)
            app.progress(title, done: done, total: total)
        }
        app.push(ImportReportScreen(app: app, importer: importer, plan: plan, checked: last, note: source.conversionNote, onDone: onDone))
    }

    private func unreadable(_ path: String, _ reason: String) {
        app.show(MessageBox(title: app.t(ImportText.unreadable), lines: ["«\(path)»", reason, app.t(ImportText.nothingWritten)],
                            choices: [("o", "OK")], isError: true)) { _ in }
    }
}

/// The report of an import's checks, scrolled with the list keys: the rows read, the columns
/// ignored, every problem by row and column. A clean plan asks "write N records?" (default No);
/// one with problems writes nothing and Esc leads back.
final class ImportReportScreen: AppScreen {
    unowned let app: App
    let importer: Importer
    let plan: ImportPlan
    private let onDone: () -> Void
    private let checked: (done: Int, total: Int)
    private var table = TableState()
    private var pageHeight = 10

    /// A line before the report: a file converted from an old encoding says so.
    private let note: LocalizedText?

    init(app: App, importer: Importer, plan: ImportPlan, checked: (done: Int, total: Int), note: LocalizedText? = nil,
         onDone: @escaping () -> Void) {
        self.app = app
        self.importer = importer
        self.plan = plan
        self.checked = checked
        self.note = note
        self.onDone = onDone
        table.setCount(lines.count)
        if plan.isClean { confirm() }
    }

    /// What the plan would write: new records and updates.
    var count: Int { plan.report.created + plan.report.updated }

    /// The report's lines; a clean plan's last line (which says what was written) becomes what
    /// would be written, since nothing is yet.
    var lines: [String] {
        let language = app.language, report = plan.report
        var out = (note.map { [$0.text(language)] } ?? []) + report.lines(language, dryRun: false)
        if plan.isClean {
            out.removeLast()
            out.append(app.t(ImportText.wouldWrite(created: report.created, updated: report.updated)))
        }
        return out
    }

    var title: String { app.t(ImportText.title) + " — " + plan.report.file }
    var capturesText: Bool { false }
    var isDirty: Bool { false }
    var keyHelp: [(key: String, help: LocalizedText, hint: Bool)] {
        (plan.isClean ? [("Enter", ImportText.writeKey, true)] : []) + [("Esc", HistoryText.back, true), ("↑↓", AppText.navigate, false)]
    }

    func handle(_ key: Key) {
        switch key {
        case .escape: app.pop()
        case .enter where plan.isClean: confirm()
        default: _ = table.handle(key, pageHeight: pageHeight)
        }
    }

    private func confirm() {
        guard count > 0 else { return }
        app.askYesNo(app.t(ImportText.confirmTitle(count)), [app.t(ImportText.confirmLine(plan.report.file))]) { [unowned self] yes in
            if yes { self.write() }
        }
    }

    private func write() {
        do {
            let written = try importer.write(plan)
            app.pop()
            app.workspace.reload()
            onDone()
            app.inform(written.lines(app.language, dryRun: false).last ?? "")
        } catch {
            app.fail(error)
        }
    }

    func draw(on screen: Screen, top: Int, height: Int) {
        let width = screen.size.columns - 2
        let bar = ProgressText.bar(done: checked.done, total: checked.total, width: 30, language: app.language)
        screen.put(app.t(ImportText.checked) + " " + bar, row: top, column: 1, style: Style(.header, bold: true))
        pageHeight = max(1, height - 2)
        // Long problem lines wrap; the closing line (written or not) stands out.
        let all = lines
        let wrapped = all.enumerated().flatMap { index, line in TextWidth.wrap(line, width: width).map { (index, $0) } }
        table.setCount(wrapped.count)
        let failed = !plan.isClean
        for (offset, index) in table.visibleRows(pageHeight: pageHeight).enumerated() {
            let (source, line) = wrapped[index]
            let style = source == all.count - 1 ? Style(failed ? .warning : .header, bold: true) : (index == table.selected ? Style(.dim) : .normal)
            screen.put(line, row: top + 2 + offset, column: 1, style: style)
        }
    }
}

/// A text progress bar: `[██████░░░░] 512/1000 dòng`.
enum ProgressText {
    static func bar(done: Int, total: Int, width: Int, language: Language) -> String {
        let filled = total > 0 ? min(width, done * width / total) : width
        let rows = language == .vi ? "dòng" : "rows"
        return "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "] \(done)/\(total) \(rows)"
    }
}

/// Texts of the import flow.
enum ImportText {
    typealias L = LocalizedText
    static let key = L(vi: "nhập từ tệp", en: "import a file")
    static let title = L(vi: "Nhập từ tệp", en: "Import")
    static let pathPrompt = L(vi: "Nhập từ tệp (.xlsx, .csv) — đường dẫn tệp, hoặc thư mục để chọn", en: "Import a file (.xlsx, .csv) — its path, or a folder to choose in")
    static let unreadable = L(vi: "Không đọc được tệp", en: "Cannot read the file")
    static let folder = L(vi: "thư mục", en: "folder")
    static func pickTitle(_ folder: String) -> L { L(vi: "Chọn tệp trong «\(folder)»", en: "Choose a file in «\(folder)»") }
    static let nothingWritten = L(vi: "Chưa ghi gì.", en: "Nothing was written.")
    static let checked = L(vi: "Đã kiểm tra", en: "Checked")
    static let writeKey = L(vi: "ghi", en: "write")
    static func checking(_ file: String) -> L { L(vi: "Đang kiểm tra «\(file)»", en: "Checking «\(file)»") }
    static func wouldWrite(created: Int, updated: Int) -> L {
        L(vi: "Kiểm tra xong, không có lỗi: sẽ ghi \(created) bản ghi mới, cập nhật \(updated).",
          en: "Checked, no problems: \(created) new records and \(updated) updates to write.")
    }
    static func confirmTitle(_ n: Int) -> L { L(vi: "Ghi \(n) bản ghi?", en: "Write \(n) records?") }
    static func confirmLine(_ file: String) -> L {
        L(vi: "Các bản ghi từ «\(file)» được ghi cùng một lần, hoặc không ghi gì.",
          en: "The records from «\(file)» are written together, or none is.")
    }
}

import DVKCore
import DVKImport
import DVKStorage
import DVKTerminal

/// `e` on the model list: the list as it is filtered and sorted, written to a file whose
/// extension picks the format (.xlsx or .csv, in the columns the import reads, so the file
/// imports back). An existing file is kept unless the user says to overwrite it; the file is
/// written whole or not at all. JSON (whole records, as far as blind scoring lets the user see
/// them) is left to `dvk export --format json`: the interface has no such view of a record.
struct ExportFlow {
    unowned let app: App

    static let defaultName = "danh-sach-mo-hinh.xlsx"

    func start(_ ids: [String]) {
        guard !ids.isEmpty else { return app.inform(app.t(AppText.nothingSelected)) }
        let initial = (app.lastFolder.map { $0 + "/" } ?? "") + ExportFlow.defaultName
        app.prompt(app.t(ListExportText.pathPrompt(ids.count)), initial: initial) { typed in
            let path = FilePaths.clean(typed, environment: app.environment)
            if !path.isEmpty { self.choose(path, ids) }
        }
    }

    private func choose(_ path: String, _ ids: [String]) {
        let name = DurableFile.baseName(of: path)
        let format = name.contains(".") ? String(name.split(separator: ".").last ?? "").lowercased() : ""
        guard format == "xlsx" || format == "csv" else {
            return app.inform(app.t(format == "json" ? ListExportText.jsonOnCommandLine : ListExportText.unknownFormat), isError: true)
        }
        if DurableFile.exists(path) || DurableFile.isLink(path) {
            app.askYesNo(app.t(ListExportText.overwriteTitle), ["«\(path)»", app.t(ListExportText.overwriteLine)]) { yes in
                if yes { self.write(path, format: format, ids) } else { self.app.inform(app.t(ListExportText.kept(path))) }
            }
        } else {
            write(path, format: format, ids)
        }
    }

    private func write(_ path: String, format: String, _ ids: [String]) {
        app.lastFolder = FilePaths.folder(of: path)
        do {
            let models = ids.compactMap(app.workspace.model)
            let table = ModelTable(models: models, configuration: app.workspace.configuration)
            let bytes = format == "csv" ? Array(table.csv.utf8) : try table.xlsx()
            try DurableFile.write(bytes, to: path, stagingFolder: DurableFile.parentFolder(of: path))
            app.inform(app.t(ListExportText.done(models.count, path)))
        } catch {
            app.fail(error)
        }
    }
}

/// Texts of the export flow.
enum ListExportText {
    typealias L = LocalizedText
    static let key = L(vi: "xuất danh sách ra tệp", en: "export the list")
    static func pathPrompt(_ n: Int) -> L { L(vi: "Xuất \(n) mô hình ra tệp (.xlsx, .csv)", en: "Export \(n) models to a file (.xlsx, .csv)") }
    static let unknownFormat = L(vi: "Tên tệp phải có đuôi .xlsx hoặc .csv", en: "The file name must end in .xlsx or .csv")
    static let jsonOnCommandLine = L(vi: "JSON xuất từ dòng lệnh: dvk export --format json", en: "JSON is exported on the command line: dvk export --format json")
    static let overwriteTitle = L(vi: "Ghi đè tệp đã có?", en: "Overwrite the existing file?")
    static let overwriteLine = L(vi: "Tệp này đã có; ghi đè thì nội dung cũ mất.", en: "This file exists; overwriting it loses what it holds.")
    static func kept(_ path: String) -> L { L(vi: "Không ghi đè «\(path)»", en: "«\(path)» was not overwritten") }
    static func done(_ n: Int, _ path: String) -> L { L(vi: "Đã xuất \(n) mô hình ra «\(path)»", en: "Exported \(n) models to «\(path)»") }
}

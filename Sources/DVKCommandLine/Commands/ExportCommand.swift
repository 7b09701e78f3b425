import ArgumentParser
import DVKCore
import DVKImport
import DVKStorage

/// The formats `export` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, xlsx, json
}

/// `dvk export --format csv|xlsx|json --out FILE [list filters]`: the filtered model list in the
/// columns the import reads (so the file imports back to the same records), or as whole records
/// in JSON (as far as blind scoring lets the acting user see them). An existing file is kept
/// unless `--force`; the file is written whole or not at all.
struct ExportCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export", abstract: ImportHelpText.exportAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var filter: FilterOptions
    @Option(name: .long, help: ArgumentHelp(ImportHelpText.format.text(CLILanguage.current))) var format: ExportFormat
    @Option(name: .long, help: ArgumentHelp(ImportHelpText.out.text(CLILanguage.current))) var out: String
    @Flag(name: .long, help: ArgumentHelp(ImportHelpText.force.text(CLILanguage.current))) var force = false

    mutating func execute(_ session: Session) throws {
        let query = try filter.query(session)
        let all = session.loadAllWarning(ModelRecord.self)
        let models = query.apply(to: all, lists: session.lists, workflow: session.configuration.workflow, language: session.language)
        let bytes: [UInt8]
        switch format {
        case .json: bytes = try RecordCoding.encode(models.map(session.visible))
        case .csv: bytes = Array(ModelTable(models: models, configuration: session.configuration).csv.utf8)
        case .xlsx: bytes = try ModelTable(models: models, configuration: session.configuration).xlsx()
        }
        try OutputFile.write(bytes, to: out, force: force)
        Console.line(CLIText.exported(models.count, out).text(session.language))
    }
}

/// `dvk template import --format xlsx|csv --out FILE`: a file to fill in and import — every
/// column's header, the list values as drop-downs (XLSX, with a sheet listing them) and two
/// example rows.
struct TemplateCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "template", abstract: ImportHelpText.templateAbstract.text(CLILanguage.current))
    }

    /// What the template is for; `import` is the only one so far.
    enum Purpose: String, ExpressibleByArgument { case `import` }

    @OptionGroup var global: GlobalOptions
    @Argument var purpose: Purpose
    @Option(name: .long, help: ArgumentHelp(ImportHelpText.format.text(CLILanguage.current))) var format: ExportFormat = .xlsx
    @Option(name: .long, help: ArgumentHelp(ImportHelpText.out.text(CLILanguage.current))) var out: String?
    @Flag(name: .long, help: ArgumentHelp(ImportHelpText.force.text(CLILanguage.current))) var force = false

    mutating func execute(_ session: Session) throws {
        let template = ImportTemplate(configuration: session.configuration)
        let bytes: [UInt8]
        switch format {
        case .xlsx: bytes = try template.xlsx()
        case .csv: bytes = Array(template.csv.utf8)
        case .json: throw CLIError.badInput("mẫu nhập chỉ có dạng xlsx hoặc csv", "the import template is xlsx or csv only")
        }
        let path = out ?? "mau-nhap-mo-hinh.\(format.rawValue)"
        try OutputFile.write(bytes, to: path, force: force)
        Console.line(path)
    }
}

/// Writes a file the user named: refused when it exists (unless `force`), written whole through
/// a temporary file beside it and renamed, never through a link.
enum OutputFile {
    static func write(_ bytes: [UInt8], to path: String, force: Bool) throws {
        if !force && (DurableFile.exists(path) || DurableFile.isLink(path)) {
            throw CLIError.badInput("tệp «\(path)» đã có; dùng --force để ghi đè", "«\(path)» exists; use --force to overwrite it")
        }
        try DurableFile.write(bytes, to: path, stagingFolder: DurableFile.parentFolder(of: path))
    }
}

import ArgumentParser
import DVKCore
import DVKImport
import DVKStorage

extension ImportKind: ExpressibleByArgument {}
extension TextEncodingChoice: ExpressibleByArgument {}

/// `dvk import FILE`: loads a register (models), award decisions or inspection rounds from an
/// XLSX or CSV file. Every row is checked first; a file with any problem writes nothing and
/// exits 2 with the report (on stderr, or as JSON on stdout); a clean one is written in one commit.
struct ImportCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: ImportHelpText.importAbstract.text(CLILanguage.current),
                             discussion: ImportHelpText.importDiscussion.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(ImportHelpText.file.text(CLILanguage.current))) var file: String
    @Option(name: .long, help: ArgumentHelp(ImportHelpText.kind.text(CLILanguage.current))) var kind: ImportKind?
    @Option(name: .long, help: ArgumentHelp(ImportHelpText.sheet.text(CLILanguage.current))) var sheet: String?
    @Option(name: .long, help: ArgumentHelp(ImportHelpText.encoding.text(CLILanguage.current))) var encoding: TextEncodingChoice = .auto
    @Flag(name: .long, help: ArgumentHelp(ImportHelpText.addNewValues.text(CLILanguage.current))) var addNewValues = false
    @Flag(name: .long, help: ArgumentHelp(ImportHelpText.update.text(CLILanguage.current))) var update = false
    @Flag(name: .long, help: ArgumentHelp(ImportHelpText.dryRun.text(CLILanguage.current))) var dryRun = false
    @Flag(name: .long, help: ArgumentHelp(CLIText.help.json.text(CLILanguage.current))) var json = false

    mutating func execute(_ session: Session) throws {
        try session.requireEdit()
        if addNewValues { try session.requireAdmin() }
        let source: ImportFile
        do {
            source = try ImportFile.read(path: file, encoding: encoding)
        } catch let error as SourceError {
            throw CLIError(LocalizedText(vi: error.text(.vi), en: error.text(.en)), exitCode: 2)
        }
        let importer = Importer(configuration: session.configuration, store: session.store, actor: session.actor,
                                time: session.now, file: source.name)
        let options = ImportOptions(kind: kind, sheet: sheet, addNewValues: addNewValues, update: update, dryRun: dryRun)
        let plan = importer.plan(source.tables, options: options)
        var report = plan.report
        if plan.isClean && !dryRun { report = try importer.write(plan) }
        if json {
            try Console.json(ImportReportJSON(report, language: session.language))
        } else {
            let lines = (source.conversionNote.map { [$0.text(session.language)] } ?? []) + report.lines(session.language, dryRun: dryRun)
            if report.problems.isEmpty { lines.forEach(Console.line) } else { lines.forEach(Console.warn) }
        }
        if !report.problems.isEmpty { throw ExitCode(2) }
    }
}

/// The report as `--json` prints it: `{"rows", "written", "added", "problems": [{"row", "column",
/// "value", "message", "suggestion"}]}` (plus `sheet`, `updated` and `encoding`).
struct ImportReportJSON: Encodable {
    struct Problem: Encodable {
        var sheet: String
        var row: Int?
        var column: String?
        var value: String
        var message: String
        var suggestion: String?
    }

    var file: String
    var rows: Int
    var written: Int
    var updated: Int
    var added: [String: [String]]
    var problems: [Problem]

    init(_ report: ImportReport, language: Language) {
        file = report.file
        rows = report.rows
        written = report.written
        updated = report.updated
        added = report.added
        problems = report.problems.map {
            Problem(sheet: $0.sheet, row: $0.row, column: $0.column, value: $0.value, message: $0.message.text(language), suggestion: $0.suggestion)
        }
    }
}

import ArgumentParser
import DVKCore
import DVKStorage

/// `dvk list`: the model records, filtered and sorted, as a table, CSV or a JSON array of whole
/// records. Filtering and sorting work on the list index (only changed files are decoded);
/// `--json` then prints each file's bytes, decoding only the files that are not as dvk writes
/// them (``ModelJSONStream``; score sheets as far as blind scoring lets the acting user see them).
struct ListCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: CLIText.help.listAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var filter: FilterOptions
    @Flag(name: .long, help: ArgumentHelp(CLIText.help.json.text(CLILanguage.current))) var json = false
    @Flag(name: .long, help: ArgumentHelp(CLIText.help.csv.text(CLILanguage.current))) var csv = false

    mutating func execute(_ session: Session) throws {
        let query = try filter.query(session)
        let workflow = session.configuration.workflow
        let index = session.checkedModelIndex()
        let all = index.summaries
        if json {
            var stream = ModelJSONStream(session: session, printable: index.printableHashes())
            return stream.write(query.apply(to: all, lists: session.lists, workflow: workflow, language: session.language))
        }
        let rows = query.apply(to: all, lists: session.lists, workflow: workflow, language: session.language)
        let presenter = ModelPresenter(session: session)
        if csv { return Console.raw(presenter.csv(rows)) }
        Console.line(presenter.table(rows))
        Console.line(CLIText.count(rows.count, of: all.count).text(session.language))
    }
}

/// The filter and sort options of `list` (P6's filters: year, field, state, unit, level,
/// subject, kind, plus a diacritic-insensitive search).
struct FilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(HelpValues.filter(CLIText.help.filterState, list: "states"))) var state: [String] = []
    @Option(name: .long, help: ArgumentHelp(CLIText.help.filterYear.text(CLILanguage.current))) var year: [Int] = []
    @Option(name: .long, help: ArgumentHelp(HelpValues.filter(CLIText.help.filterField, list: "fields"))) var field: [String] = []
    @Option(name: .long, help: ArgumentHelp(HelpValues.unitFilter())) var unit: [String] = []
    @Option(name: .long, help: ArgumentHelp(HelpValues.filter(CLIText.help.filterLevel, list: "levels"))) var level: [String] = []
    @Option(name: .long, help: ArgumentHelp(HelpValues.filter(CLIText.help.filterSubject, list: "subjects"))) var subject: [String] = []
    @Option(name: .long, help: ArgumentHelp(HelpValues.filter(CLIText.help.filterKind, list: "kinds"))) var kind: [String] = []
    @Option(name: .long, help: ArgumentHelp(CLIText.help.search.text(CLILanguage.current))) var search: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.help.sort.text(CLILanguage.current))) var sort: String?
    @Flag(name: .long, help: ArgumentHelp(CLIText.help.reverse.text(CLILanguage.current))) var reverse = false

    func query(_ session: Session) throws -> ModelQuery {
        var query = ModelQuery()
        for typed in state {
            let id = VietnameseText.cleanField(typed)
            guard let found = session.configuration.workflow.states.first(where: {
                $0.id == id || VietnameseText.matchKey($0.label.vi) == VietnameseText.matchKey(id)
                    || VietnameseText.matchKey($0.label.en) == VietnameseText.matchKey(id)
            }) else {
                let all = session.configuration.workflow.states.map(\.id).joined(separator: ", ")
                throw CLIError.badInput("--state: không có trạng thái «\(typed)»; các trạng thái: \(all)",
                                        "--state: no state «\(typed)»; the states are: \(all)")
            }
            query.states.insert(found.id)
        }
        query.years = Set(year)
        query.fields = Set(try field.map { try session.resolve($0, in: .fields, option: "--field") })
        query.units = Set(try unit.map { try session.resolve($0, in: .units, option: "--unit") })
        query.levels = Set(try level.map { try session.resolve($0, in: .levels, option: "--level") })
        query.subjects = Set(try subject.map { try session.resolve($0, in: .subjects, option: "--subject") })
        query.kinds = Set(try kind.map { try session.resolve($0, in: .kinds, option: "--kind") })
        query.search = search.map(VietnameseText.cleanField) ?? ""
        let sort = self.sort ?? "id"
        guard let key = ModelQuery.SortKey(rawValue: sort) else {
            let keys = ModelQuery.SortKey.allCases.map(\.rawValue).joined(separator: ", ")
            throw CLIError.badInput("--sort: «\(sort)» không phải cột; chọn: \(keys)", "--sort: «\(sort)» is not a column; choose: \(keys)")
        }
        query.sort = key
        query.descending = reverse
        return query
    }
}

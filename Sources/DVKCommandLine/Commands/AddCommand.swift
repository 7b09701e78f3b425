import ArgumentParser
import DVKCore
import DVKStorage

/// `dvk add`: registers a new model from options (every key also settable with `--set`); it is
/// submitted (registered) unless `--draft`, and kept as a draft when a submission guard fails.
struct AddCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: CLIText.help.addAbstract.text(CLILanguage.current),
                             discussion: CLIText.help.addDiscussion.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: fieldHelp("name")) var name: String
    @Option(name: .long, help: fieldHelp("unit")) var unit: String
    @Option(name: .long, help: fieldHelp("subject")) var subject: String
    @Option(name: .long, help: fieldHelp("kind")) var kind: String
    @Option(name: .long, help: fieldHelp("field")) var field: String
    @Option(name: .long, help: fieldHelp("origin")) var origin: String = "new"
    @Option(name: .long, help: fieldHelp("level")) var level: String?
    @Option(name: .long, help: fieldHelp("year")) var year: Int?
    @Option(name: .long, help: fieldHelp("phase")) var phase: String?
    @Option(name: .long, help: fieldHelp("parentId")) var parent: String?
    @Option(name: .long, help: fieldHelp("address")) var address: String?
    @Option(name: .long, help: fieldHelp("situation")) var situation: String?
    @Option(name: .long, help: fieldHelp("objectives")) var objectives: String?
    @Option(name: .long, help: fieldHelp("solutions")) var solutions: String?
    @Option(name: .long, help: fieldHelp("beneficiaries")) var beneficiaries: String?
    @Option(name: .long, help: fieldHelp("forces")) var forces: String?
    @Option(name: .long, help: fieldHelp("outputs")) var outputs: String?
    @Option(name: .long, help: fieldHelp("sustainability")) var sustainability: String?
    @Option(name: .long, help: fieldHelp("personInCharge.name")) var person: String?
    @Option(name: .long, help: fieldHelp("personInCharge.position")) var position: String?
    @Option(name: .long, help: fieldHelp("personInCharge.phone")) var phone: String?
    @Option(name: .long, help: fieldHelp("startDate")) var start: String?
    @Option(name: .long, help: fieldHelp("expectedCompletion")) var end: String?
    @Option(name: .long, help: fieldHelp("resources.workdays")) var workdays: String?
    @Option(name: .long, help: fieldHelp("resources.donatedLandM2")) var land: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.help.budget.text(CLILanguage.current))) var budget: [String] = []
    @Option(name: .long, help: ArgumentHelp(CLIText.help.indicator.text(CLILanguage.current))) var indicator: [String] = []
    @Option(name: .long, help: fieldHelp("individual.fullName")) var fullName: String?
    @Option(name: .long, help: fieldHelp("individual.birthYear")) var birthYear: String?
    @Option(name: .long, help: fieldHelp("individual.sex")) var sex: String?
    @Option(name: .long, help: fieldHelp("individual.workplace")) var workplace: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.help.set.text(CLILanguage.current))) var set: [String] = []
    @Flag(name: .long, help: ArgumentHelp(CLIText.help.draft.text(CLILanguage.current))) var draft = false
    @Flag(name: .long, help: ArgumentHelp(CLIText.help.json.text(CLILanguage.current))) var json = false

    mutating func execute(_ session: Session) throws {
        try session.requireEdit()
        let time = session.now
        let recordYear = year ?? time.utcDay.year
        let defaultLevel = session.lists.levelsByRank.first { !$0.legacy }?.id ?? ""
        var pairs: [(String, String)] = [("name", name), ("unit", unit), ("subject", subject), ("kind", kind), ("field", field),
                                         ("origin", origin), ("level", level ?? defaultLevel)]
        let optional: [(String, String?)] = [
            ("phase", phase), ("parentId", parent), ("address", address), ("situation", situation), ("objectives", objectives),
            ("solutions", solutions), ("beneficiaries", beneficiaries), ("forces", forces), ("outputs", outputs),
            ("sustainability", sustainability), ("personInCharge.name", person), ("personInCharge.position", position),
            ("personInCharge.phone", phone), ("startDate", start), ("expectedCompletion", end), ("resources.workdays", workdays),
            ("resources.donatedLandM2", land), ("individual.fullName", fullName), ("individual.birthYear", birthYear),
            ("individual.sex", sex), ("individual.workplace", workplace),
        ]
        pairs += optional.compactMap { key, value in value.map { (key, $0) } }
        pairs += try FieldSetter.pairs(set)
        var record = ModelRecord(id: "", year: recordYear, state: session.configuration.workflow.initial,
                                 created: Stamp(at: time, by: session.actor.login))
        record = try FieldSetter(session: session).apply(pairs, to: record)
        record.resources.budget = try budget.map { try budgetLine($0, session) }
        record.indicators = try indicator.map(parseIndicator)
        if let parentID = record.parentId, !parentID.isEmpty {
            _ = try session.loadModel(parentID)
        }
        record.id = session.store.nextID(kind: .model, prefix: "\(record.year)-", digits: 4)
        var warning: String?
        if !draft {
            do {
                record = try session.engine.fire(to: "registered", on: record, by: session.actor, note: "", at: time)
            } catch let refused as TransitionRefused {
                warning = CLIText.keptAsDraft(MoveCommand.describe(refused, session)).text(session.language)
            }
        }
        let saved = try create(record, session: session)
        if let warning { Console.warn(warning) }
        if json { return try Console.json(session.visible(saved)) }
        Console.line(saved.id)
    }

    /// Saves under the next free id of the year, retrying if another process took it meanwhile.
    private func create(_ record: ModelRecord, session: Session) throws -> ModelRecord {
        var attempt = 0
        while true {
            var r = record
            r.id = session.store.nextID(kind: .model, prefix: "\(record.year)-", digits: 4)
            do {
                return try session.save(r, expected: 0, action: "create")
            } catch StorageError.alreadyExists where attempt < 5 {
                attempt += 1
            }
        }
    }

    private func budgetLine(_ typed: String, _ session: Session) throws -> BudgetLine {
        let parts = typed.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, FieldSetter.number(parts[1]) != nil else {
            throw CLIError.badInput("--budget: «\(typed)» phải có dạng NGUỒN=SỐ_TIỀN (ví dụ: «Xã hội hóa=50.000.000»)",
                                    "--budget: «\(typed)» must be SOURCE=AMOUNT (e.g. «socialized=50000000»)")
        }
        guard let amount = RecordFieldSetter.amount(parts[1]) else {
            let maximum = NumberText.grouped(RecordFieldSetter.maximumAmount)
            throw CLIError.badInput("--budget «\(parts[0])»: số tiền «\(parts[1])» phải là số nguyên từ 0 đến \(maximum) đồng",
                                    "--budget «\(parts[0])»: the amount «\(parts[1])» must be a whole number of đồng from 0 to \(maximum)")
        }
        return BudgetLine(source: try session.resolve(parts[0], in: .budgetSources, option: "--budget"), amount: amount)
    }

    private func parseIndicator(_ typed: String) throws -> Indicator {
        let parts = typed.split(separator: "|", omittingEmptySubsequences: false).map { VietnameseText.cleanField(String($0)) }
        guard (2...4).contains(parts.count), !parts[0].isEmpty else {
            throw CLIError.badInput("--indicator: «\(typed)» phải có dạng TÊN|ĐƠN VỊ|CHỈ TIÊU|THỰC HIỆN",
                                    "--indicator: «\(typed)» must be NAME|UNIT|TARGET|ACTUAL")
        }
        func number(_ index: Int) throws -> Double? {
            guard index < parts.count, !parts[index].isEmpty else { return nil }
            guard let value = FieldSetter.number(parts[index]) else {
                throw CLIError.badInput("--indicator: «\(parts[index])» không phải là số", "--indicator: «\(parts[index])» is not a number")
            }
            return value
        }
        return Indicator(name: parts[0], unit: parts[1], target: try number(2), actual: try number(3))
    }
}

/// The help of an option that sets a record key: the key's label in the user's language.
private func fieldHelp(_ key: String) -> ArgumentHelp {
    ArgumentHelp(RecordFieldLabels.label(key, CLILanguage.current) + " (\(key))")
}

/// `dvk edit ID --set KEY=VALUE …`: changes keys of a record; refused when someone saved a newer
/// revision (the one given with `--revision`, or the one loaded).
struct EditCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "edit", abstract: CLIText.help.editAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.help.modelID.text(CLILanguage.current))) var id: String
    @Option(name: .long, help: ArgumentHelp(CLIText.help.set.text(CLILanguage.current))) var set: [String] = []
    @Option(name: .long, help: ArgumentHelp(CLIText.help.revision.text(CLILanguage.current))) var revision: Int?
    @Flag(name: .long, help: ArgumentHelp(CLIText.help.json.text(CLILanguage.current))) var json = false

    mutating func execute(_ session: Session) throws {
        try session.requireEdit()
        guard !set.isEmpty else { throw CLIError.badInput("cần ít nhất một --set KHÓA=GIÁ_TRỊ", "at least one --set KEY=VALUE is needed") }
        let current = try session.loadModel(id)
        let base = revision ?? current.revision
        let pairs = try FieldSetter.pairs(set)
        let edited = try FieldSetter(session: session).apply(pairs, to: current)
        let saved = try session.save(edited, expected: base, action: "edit", note: pairs.map(\.0).joined(separator: ", "))
        if json { return try Console.json(session.visible(saved)) }
        Console.line(CLIText.saved(saved.id, revision: saved.revision).text(session.language))
    }
}

import ArgumentParser
import DVKCore
import DVKStorage

/// `dvk inspect --date D --level L --team T --models A,B --findings TEXT`: records one inspection
/// round and links it to every model visited (an event in each model's history, not a state).
struct InspectCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "inspect", abstract: CLIText.help.inspectAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long) var date: String
    @Option(name: .long) var level: String
    @Option(name: .long, help: ArgumentHelp(CLIText.help.team.text(CLILanguage.current))) var team: String
    @Option(name: .long, help: ArgumentHelp(CLIText.help.member.text(CLILanguage.current))) var member: [String] = []
    @Option(name: .long, help: ArgumentHelp(CLIText.help.models.text(CLILanguage.current))) var models: String
    @Option(name: .long) var findings: String = ""
    @Option(name: .long) var recommendations: String = ""
    @Option(name: .long) var note: String = ""
    @Flag(name: .long, help: ArgumentHelp(CLIText.help.json.text(CLILanguage.current))) var json = false

    mutating func execute(_ session: Session) throws {
        try session.requireEdit()
        let day = try session.parseDay(date, option: "--date")
        let levelID = try session.resolve(level, in: .levels, option: "--level")
        let ids = models.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        guard !ids.isEmpty else { throw CLIError.badInput("--models: cần ít nhất một mã mô hình", "--models: at least one model id is needed") }
        let records = try ids.map(session.loadModel)
        let time = session.now
        let roundID = session.store.nextID(kind: .inspection, prefix: "KT-\(day.year)-", digits: 3)
        var round = InspectionRound(id: roundID, date: day, level: levelID, body: VietnameseText.cleanField(team),
                                    created: Stamp(at: time, by: session.actor.login))
        round.team = member.map(VietnameseText.cleanField)
        round.units = Array(Set(records.map(\.unit))).sorted()
        round.findings = records.map { InspectionFinding(modelId: $0.id, findings: findings, recommendations: recommendations) }
        round.note = note
        var changes: [RecordChange] = [.inspection(round, expectedRevision: 0, action: "create")]
        for record in records {
            var linked = record
            linked.inspectionIds.append(roundID)
            linked.history.append(HistoryEntry(from: record.state, to: record.state, at: time, by: session.actor.login,
                                               note: "\(roundID) \(day.vietnamese)", transition: "inspect"))
            changes.append(.model(linked, expectedRevision: record.revision, action: "inspect", note: roundID))
        }
        try session.store.commit(changes, by: session.actor.login, at: time)
        if json { return try Console.json(try session.store.load(InspectionRound.self, id: roundID)) }
        Console.line(CLIText.inspected(roundID, models: records.count).text(session.language))
    }
}

/// `dvk inspections [--json]`: the inspection rounds.
struct InspectionsCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "inspections", abstract: CLIText.help.inspectionsAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long) var year: Int?
    @Flag(name: .long, help: ArgumentHelp(CLIText.help.json.text(CLILanguage.current))) var json = false

    mutating func execute(_ session: Session) throws {
        let rounds = session.loadAllWarning(InspectionRound.self).filter { year == nil || $0.date.year == year }
        if json { return try Console.json(rounds) }
        let rows = rounds.map { r in
            [r.id, r.date.vietnamese, session.lists.label(r.level, in: .levels, session.language), r.body, String(r.findings.count)]
        }
        Console.line(TextTable(headers: CLIText.inspectionColumns.map { $0.text(session.language) }, rows: rows, rightAligned: [4]).render())
    }
}

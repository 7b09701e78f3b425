import ArgumentParser
import DVKCore
import DVKStorage

/// `dvk move ID STATE [--note TEXT]`: fires the workflow move to STATE through the engine; a
/// refused move exits 4 and lists every failed guard. Moving to `recognised` takes the
/// recognition's level, decision number and date.
struct MoveCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "move", abstract: CLIText.help.moveAbstract.text(CLILanguage.current),
                             discussion: CLIText.help.moveDiscussion.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.help.modelIDs.text(CLILanguage.current))) var id: String
    @Argument(help: ArgumentHelp(CLIText.help.targetState.text(CLILanguage.current))) var state: String
    @Option(name: .long, help: ArgumentHelp(CLIText.help.note.text(CLILanguage.current))) var note: String = ""
    @OptionGroup var recognition: RecognitionOptions
    @Flag(name: .long, help: ArgumentHelp(CLIText.help.json.text(CLILanguage.current))) var json = false

    mutating func execute(_ session: Session) throws {
        try session.requireKnownUser()
        let ids = id.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        var failures: [String] = []
        var planned: [(read: ModelRecord, moved: ModelRecord)] = []
        for recordID in ids {
            do {
                planned.append(try plan(recordID, session))
            } catch let refused as TransitionRefused {
                failures.append(MoveCommand.describe(refused, session))
            } catch let missing as StorageError {
                guard case .notFound = missing else { throw missing }
                failures.append("\(recordID): \(missing.message(session.language))")
            }
        }
        // The moves the engine allows are one commit: all of them land, or (a conflict, a full
        // disk) none, and then the save's own error and exit code are reported.
        if !planned.isEmpty {
            try session.store.commit(planned.map { step in
                .model(step.moved, expectedRevision: step.read.revision, action: "move:\(step.moved.history.last?.transition ?? state)",
                       note: step.moved.history.last?.note ?? "")
            }, by: session.actor.login, at: session.now)
        }
        let moved = try planned.map { try session.loadModel($0.moved.id) }
        if json { try Console.json(moved.map(session.visible)) }
        else {
            for record in moved {
                Console.line(CLIText.moved(record.id, to: session.configuration.workflow.label(ofState: record.state, session.language)).text(session.language))
            }
        }
        if !failures.isEmpty { throw CLIError(LocalizedText(vi: failures.joined(separator: "\n"), en: failures.joined(separator: "\n")), exitCode: 4) }
    }

    /// The record as read and as the engine moves it (recognition set first when given).
    private func plan(_ recordID: String, _ session: Session) throws -> (read: ModelRecord, moved: ModelRecord) {
        let record = try session.loadModel(recordID)
        let target = try MoveCommand.resolveState(state, session)
        var candidate = record
        if target == "recognised" || recognition.isGiven {
            candidate.recognition = try recognition.apply(to: record.recognition, session: session)
        }
        return (record, try session.engine.fire(to: target, on: candidate, by: session.actor, note: note, at: session.now))
    }

    /// A state typed as its id or its label in either language.
    static func resolveState(_ typed: String, _ session: Session) throws -> String {
        let key = VietnameseText.matchKey(typed)
        if let state = session.configuration.workflow.states.first(where: {
            $0.id == typed || VietnameseText.matchKey($0.id) == key || VietnameseText.matchKey($0.label.vi) == key
                || VietnameseText.matchKey($0.label.en) == key
        }) { return state.id }
        let all = session.configuration.workflow.states.map(\.id).joined(separator: ", ")
        throw CLIError.badInput("không có trạng thái «\(typed)»; các trạng thái: \(all)", "no state «\(typed)»; the states are: \(all)")
    }

    /// A refused move as lines: the record and each failed guard in the user's language.
    static func describe(_ refused: TransitionRefused, _ session: Session) -> String {
        let c = session.configuration
        let lines = refused.failures.map { failure in
            "  - " + failure.message(session.language, workflow: c.workflow, rubric: c.rubric, users: c.users)
                + (failure.commandLineHint.map { " (\($0))" } ?? "")
        }
        let to = c.workflow.label(ofState: refused.to, session.language)
        return CLIText.refused(refused.recordID, to: to).text(session.language) + "\n" + lines.joined(separator: "\n")
    }
}

/// The recognition given with a move to `recognised`: level, decision number and date, body,
/// outstanding flag.
struct RecognitionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(CLIText.help.recognitionLevel.text(CLILanguage.current))) var level: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.help.recognitionDecision.text(CLILanguage.current))) var decision: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.help.recognitionDate.text(CLILanguage.current))) var date: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.help.recognitionBody.text(CLILanguage.current))) var body: String?
    @Flag(name: .long, help: ArgumentHelp(CLIText.help.outstanding.text(CLILanguage.current))) var outstanding = false

    var isGiven: Bool { level != nil || decision != nil || date != nil || body != nil || outstanding }

    func apply(to existing: Recognition?, session: Session) throws -> Recognition {
        var result = existing ?? Recognition()
        if let level { result.level = try session.resolve(level, in: .levels, option: "--level") }
        if let decision { result.decisionNumber = VietnameseText.cleanField(decision) }
        if let date { result.decisionDate = try session.parseDay(date, option: "--date") }
        if let body { result.body = VietnameseText.cleanField(body) }
        if outstanding { result.outstanding = true }
        return result
    }
}

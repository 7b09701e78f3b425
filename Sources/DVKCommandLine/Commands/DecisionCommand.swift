import ArgumentParser
import DVKCore
import DVKStorage

/// `dvk decision add|recipient|issue|show`: award decisions (quyết định khen thưởng).
struct DecisionCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "decision", abstract: CLIText.help.decisionAbstract.text(CLILanguage.current),
                             subcommands: [DecisionAddCommand.self, DecisionRecipientCommand.self, DecisionIssueCommand.self,
                                           DecisionShowCommand.self])
    }
}

/// Finds a decision by its official number ("112/QĐ-UBND") or its file id ("QD-2025-001").
enum DecisionLookup {
    static func find(_ typed: String, _ session: Session) throws -> AwardDecision {
        let key = VietnameseText.cleanField(typed)
        if let byID = try? session.store.load(AwardDecision.self, id: key) { return byID }
        let all = session.store.loadAll(AwardDecision.self).records
        if let found = all.first(where: { $0.number == key }) ?? all.first(where: {
            VietnameseText.matchKey($0.number) == VietnameseText.matchKey(key)
        }) { return found }
        throw StorageError.notFound(kind: .decision, id: key)
    }
}

struct DecisionAddCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: CLIText.help.decisionAddAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long) var number: String
    @Option(name: .long) var date: String?
    @Option(name: .long) var form: String
    @Option(name: .long) var level: String
    @Option(name: .long) var track: String
    @Option(name: .long, help: ArgumentHelp(CLIText.help.signer.text(CLILanguage.current))) var signer: String = ""
    @Option(name: .long) var signerTitle: String?
    @Option(name: .long, help: ArgumentHelp("TM. | KT.")) var signerMode: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.help.issuer.text(CLILanguage.current))) var issuer: String?
    @Option(name: .long) var year: Int?
    @Option(name: .long) var reason: String?
    @Flag(name: .long, help: ArgumentHelp(CLIText.help.proposed.text(CLILanguage.current))) var proposed = false
    @Flag(name: .long, help: ArgumentHelp(CLIText.help.json.text(CLILanguage.current))) var json = false

    mutating func execute(_ session: Session) throws {
        try session.requireEdit()
        let time = session.now
        let number = VietnameseText.cleanField(self.number)
        guard !number.isEmpty else { throw CLIError.badInput("--number: không được để trống", "--number must not be empty") }
        if (try? DecisionLookup.find(number, session)) != nil {
            throw CLIError.badInput("đã có quyết định số «\(number)»", "a decision numbered «\(number)» already exists")
        }
        let day = try date.map { try session.parseDay($0, option: "--date") }
        if !proposed && day == nil {
            throw CLIError.badInput("--date: quyết định đã khen cần ngày ký (hoặc dùng --proposed cho đề nghị)",
                                    "--date: an issued decision needs its date (or use --proposed for a proposal)")
        }
        let levelID = try session.resolve(level, in: .levels, option: "--level")
        let trackID = try session.resolve(track, in: .tracks, option: "--track")
        let formEntry = try session.resolveEntry(form, in: .awardForms, option: "--form")
        if let levels = formEntry.levels, !levels.contains(levelID) {
            throw CLIError(CLIText.formNotAtLevel(formEntry.label, level: session.lists.label(levelID, in: .levels, session.language)), exitCode: 2)
        }
        if let tracks = formEntry.tracks, !tracks.contains(trackID) {
            throw CLIError(CLIText.formNotOnTrack(formEntry.label, track: session.lists.label(trackID, in: .tracks, session.language)), exitCode: 2)
        }
        let issuerEntry = try chooseIssuer(trackID, level: levelID, session)
        let decisionYear = year ?? day?.year ?? time.utcDay.year
        var decision = AwardDecision(id: session.store.nextID(kind: .decision, prefix: "QD-\(decisionYear)-", digits: 3),
                                     number: number, year: decisionYear, created: Stamp(at: time, by: session.actor.login))
        decision.date = day
        decision.issuer = issuerEntry?.id ?? ""
        decision.form = formEntry.id
        decision.level = levelID
        decision.track = trackID
        decision.status = proposed ? AwardDecision.statusProposed : AwardDecision.statusAwarded
        decision.signer = Signer(mode: signerMode ?? issuerEntry?.signer.mode ?? "", title: signerTitle ?? issuerEntry?.signer.title ?? "",
                                 name: VietnameseText.cleanField(signer))
        decision.reason = reason.map(VietnameseText.cleanField) ?? AwardRules.defaultReason(year: decisionYear)
        try session.store.commit([.decision(decision, expectedRevision: 0, action: "create")], by: session.actor.login, at: time)
        if json { return try Console.json(try session.store.load(AwardDecision.self, id: decision.id)) }
        Console.line(CLIText.decisionCreated(decision.id, number: number).text(session.language))
    }

    /// The `--issuer`, or the first body of the track's layout that issues at the level.
    private func chooseIssuer(_ track: String, level: String, _ session: Session) throws -> DocumentHeaders.Issuer? {
        let issuers = session.configuration.headers.issuers
        if let issuer {
            guard let found = issuers.first(where: { $0.id == issuer }) else {
                let all = issuers.map(\.id).joined(separator: ", ")
                throw CLIError.badInput("--issuer: không có cơ quan «\(issuer)»; chọn: \(all)", "--issuer: no issuer «\(issuer)»; choose: \(all)")
            }
            return found
        }
        return issuers.isEmpty ? nil : session.configuration.headers.defaultIssuer(track: track, level: level)
    }
}

/// `dvk decision recipient NUMBER --name … --subject …`: adds a free recipient, honoured
/// without a registered model.
struct DecisionRecipientCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "recipient", abstract: CLIText.help.recipientAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Argument var decision: String
    @Option(name: .long) var name: String
    @Option(name: .long) var subject: String
    @Option(name: .long) var position: String = ""
    @Option(name: .long) var unit: String = ""
    @Option(name: .long) var note: String = ""

    mutating func execute(_ session: Session) throws {
        try session.requireEdit()
        var found = try DecisionLookup.find(decision, session)
        let before = found.revision
        found.recipients.append(AwardRecipient(name: VietnameseText.cleanField(name), subject: try session.resolve(subject, in: .subjects, option: "--subject"),
                                               position: position, unit: unit, note: note))
        try session.store.commit([.decision(found, expectedRevision: before, action: "recipient", note: name)], by: session.actor.login, at: session.now)
        Console.line(CLIText.recipientAdded(found.number, count: found.recipients.count).text(session.language))
    }
}

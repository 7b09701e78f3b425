import DVKCore
import DVKDocuments
import DVKImport
import DVKStorage
import DVKTerminal

/// The first-run setup in the full-screen interface: seven pages that fill a ``SetupDraft``
/// (level, province, the names as they will print, units, rubric, users, a summary) and, on a
/// confirmed Yes, create the data directory as `dvk init --level …` does. Runs before any data
/// directory exists, so it stands alone beside ``App``; tests drive it with scripted keys and an
/// in-memory screen.
///
/// Keys: Tab/Shift-Tab and Enter move between fields, past the last field to the next page;
/// Esc and Page Up go back a page, Page Down forward; Ctrl-C leaves (asking, default No).
public final class SetupWizard {
    public enum Outcome: Equatable, Sendable {
        case running, cancelled
        case created(openApp: Bool)
    }

    enum Page: Int, CaseIterable {
        case level, province, names, units, rubric, users, summary
    }

    enum Overlay {
        case message(MessageBox, onChoice: (Character) -> Void)
        case picker(Picker, onPick: (Picker.Option) -> Void)
    }

    public let context: SetupContext
    public private(set) var draft = SetupDraft()
    public private(set) var outcome = Outcome.running
    public var language: Language
    var input = VietnameseInput(mode: .direct)
    var page = Page.level
    var focus = 0
    var overlay: Overlay?
    var message: (text: String, isError: Bool)?
    /// The screen rows of the fields drawn last, for mouse clicks.
    var fieldRows: [Int: Int] = [:]
    var drawnSize = (rows: 24, columns: 80)

    var levelPicker: Picker
    var provincePicker: Picker
    var rubricPicker: Picker
    var communeEditor = LineEditor()
    var issuerIndex = 0
    /// Parent, name line 1, name line 2, place, number suffix, signer title, signer name.
    var issuerEditors: [LineEditor] = Array(repeating: LineEditor(), count: 7)
    var unitsArea = TextArea()
    var unitsFile = LineEditor()
    var loginEditor = LineEditor()
    var nameEditor = LineEditor()
    var role: String?

    static let signerModes = LetterheadFields.signerModes

    public init(context: SetupContext, language: Language) {
        self.context = context
        self.language = language
        levelPicker = Picker(title: "", options: [
            Picker.Option(id: CommitteeSetup.Level.province.rawValue, label: SetupText.levelProvince.text(language)),
            Picker.Option(id: CommitteeSetup.Level.commune.rawValue, label: SetupText.levelCommune.text(language)),
        ])
        provincePicker = Picker(title: "", options: context.provinces.map {
            Picker.Option(id: $0.name, label: ($0.isCity ? "Thành phố " : "Tỉnh ") + $0.name)
        })
        rubricPicker = Picker(title: "", options: [
            Picker.Option(id: Rubric.Mode.points.rawValue, label: SetupText.rubricPoints(context.criteriaCount).text(language)),
            Picker.Option(id: Rubric.Mode.passFail.rawValue, label: SetupText.rubricPassFail.text(language)),
        ])
    }

    func t(_ text: LocalizedText) -> String { text.text(language) }

    // MARK: - Running

    /// Draws, reads a key, handles it, until the setup ends or the keys run out.
    public func run(screen: Screen, keys: KeySource) {
        draw(on: screen)
        while outcome == .running, let key = keys.nextKey() {
            handle(key)
            draw(on: screen)
        }
    }

    // MARK: - Fields

    /// The fields of the current page, in Tab order.
    var fieldCount: Int {
        switch page {
        case .level, .province, .rubric, .summary: return 1
        case .names: return 10
        case .units: return 2
        case .users: return 3
        }
    }

    /// The first field of the page (a provincial committee has no commune to name).
    var firstField: Int { page == .names && draft.level == .province ? 1 : 0 }

    func goTo(_ newPage: Page, forward: Bool) {
        if forward, let problem = pageProblem {
            message = (problem, true)
            return
        }
        page = newPage
        focus = forward ? firstField : max(firstField, fieldCount - 1)
        if page == .names { syncNames() }
    }

    /// What keeps the user on the current page, if anything.
    var pageProblem: String? {
        switch page {
        case .province where draft.province == nil: return t(SetupText.pickProvince)
        case .names: return draft.problem.map(t)
        default: return nil
        }
    }

    func nextField() {
        if focus + 1 < fieldCount { focus += 1 } else if let next = Page(rawValue: page.rawValue + 1) { goTo(next, forward: true) }
    }

    func previousField() {
        if focus > firstField { focus -= 1 } else { previousPage() }
    }

    func previousPage() {
        if let previous = Page(rawValue: page.rawValue - 1) { goTo(previous, forward: false) } else { askToLeave() }
    }

    func nextPage() {
        if let next = Page(rawValue: page.rawValue + 1) { goTo(next, forward: true) } else { askToCreate() }
    }

    // MARK: - Keys

    public func handle(_ key: Key) {
        if key == .resize { return }
        if overlay != nil { return handleOverlay(key) }
        message = nil
        switch key {
        case .control("c"): return askToLeave()
        case .control("t"), .function(2): return cycleInputMode()
        case .function(3): language = language == .vi ? .en : .vi; return
        case .tab: return page == .summary ? askToCreate() : nextField()
        case .backTab: return previousField()
        case .escape, .pageUp: return previousPage()
        case .pageDown: return nextPage()
        case .mouse(let event): return click(event)
        default: break
        }
        switch page {
        case .level: handlePicker(&levelPicker, key) { self.draft.level = CommitteeSetup.Level(rawValue: $0.id) ?? .commune }
        case .province:
            handlePicker(&provincePicker, key) { option in self.draft.province = self.context.provinces.first { $0.name == option.id } }
        case .rubric: handlePicker(&rubricPicker, key) { self.draft.rubricMode = Rubric.Mode(rawValue: $0.id) ?? .points }
        case .names: handleNames(key)
        case .units: handleUnits(key)
        case .users: handleUsers(key)
        case .summary: if key == .enter { askToCreate() }
        }
    }

    private func handlePicker(_ picker: inout Picker, _ key: Key, onPick: (Picker.Option) -> Void) {
        switch picker.handle(key, pageHeight: pickerHeight) {
        case .picked(let option):
            onPick(option)
            nextPage()
        case .cancelled, .none: break
        }
    }

    private var pickerHeight: Int { max(3, drawnSize.rows - 8) }

    private func handleNames(_ key: Key) {
        if key == .enter { return nextField() }
        switch focus {
        case 0:
            if communeEditor.handle(key, input: input) {
                draft.commune = communeEditor.committed
                syncNames()
            }
        case 1:
            let count = draft.issuers.count
            guard count > 0 else { return }
            if key == .left || key == .right || key == .character(" ") {
                issuerIndex = (issuerIndex + (key == .left ? count - 1 : 1)) % count
                loadIssuerEditors()
            }
        case 7:
            if key == .left || key == .right || key == .character(" ") {
                let modes = SetupWizard.signerModes
                draft.edit(issuer: issuerIndex) { issuer in
                    let index = modes.firstIndex(of: issuer.signer.mode) ?? 0
                    issuer.signer.mode = modes[(index + (key == .left ? modes.count - 1 : 1)) % modes.count]
                }
            }
        default:
            let slot = editorSlot(focus)
            guard issuerEditors[slot].handle(key, input: input) else { return }
            storeIssuerEditor(slot)
        }
    }

    /// Fields 2…6 are editors 0…4; fields 8 and 9 are editors 5 and 6 (field 7 is the mode).
    private func editorSlot(_ field: Int) -> Int { field < 7 ? field - 2 : field - 3 }

    /// The commune, the letterheads and their editors brought in line with the draft.
    func syncNames() {
        if draft.level == .commune, communeEditor.committed != draft.commune { communeEditor = LineEditor(draft.commune) }
        let before = draft.issuers
        draft.refreshIssuers()
        if before != draft.issuers || issuerEditors[1].text.isEmpty { loadIssuerEditors() }
    }

    private func loadIssuerEditors() {
        guard draft.issuers.indices.contains(issuerIndex) else {
            issuerIndex = 0
            issuerEditors = Array(repeating: LineEditor(), count: 7)
            if draft.issuers.isEmpty { return }
            return loadIssuerEditors()
        }
        let issuer = draft.issuers[issuerIndex]
        let (line1, line2) = LetterheadFields.nameLines(issuer.name)
        issuerEditors = [issuer.parent, line1, line2, issuer.place, issuer.numberSuffix, issuer.signer.title, issuer.signer.name]
            .map { LineEditor($0) }
    }

    private func storeIssuerEditor(_ slot: Int) {
        let value = issuerEditors[slot].committed
        let lines = (issuerEditors[1].committed, issuerEditors[2].committed)
        draft.edit(issuer: issuerIndex) { issuer in
            switch slot {
            case 0: issuer.parent = value
            case 1, 2: issuer.name = LetterheadFields.name(lines.0, lines.1)
            case 3: issuer.place = value
            case 4: issuer.numberSuffix = value
            case 5: issuer.signer.title = value
            default: issuer.signer.name = value
            }
        }
    }

    private func handleUnits(_ key: Key) {
        if focus == 0 {
            if unitsArea.handle(key, input: input) { draft.unitLines = unitsArea.committed }
            return
        }
        if key == .enter {
            let path = unitsFile.committed.trimmingSpaces
            guard !path.isEmpty else { return nextField() }
            do {
                let units = try UnitListFile.read(path)
                let text = [unitsArea.committed, units.map(\.name).joined(separator: "\n")].filter { !$0.trimmingSpaces.isEmpty }
                    .joined(separator: "\n")
                unitsArea = TextArea(text)
                draft.unitLines = unitsArea.committed
                unitsFile = LineEditor()
                message = (t(SetupText.unitsLoaded(units.count, path)), false)
            } catch {
                message = ("\(path): \(describe(error))", true)
            }
            return
        }
        _ = unitsFile.handle(key, input: input)
    }

    private func handleUsers(_ key: Key) {
        if key == .control("d") {
            draft.removeUser(at: draft.extraUsers.count - 1)
            return
        }
        switch focus {
        case 0: if key == .enter { nextField() } else { _ = loginEditor.handle(key, input: input) }
        case 1: if key == .enter { nextField() } else { _ = nameEditor.handle(key, input: input) }
        default:
            guard key == .enter || { if case .character = key { return true } else { return false } }() else { return }
            var picker = Picker(title: t(SetupText.role), options: context.roles.map { Picker.Option(id: $0.id, label: $0.label.text(language)) },
                                selectedID: role)
            if key != .enter { _ = picker.handle(key, pageHeight: 10) }
            overlay = .picker(picker) { option in
                self.role = option.id
                self.addUser()
            }
        }
    }

    private func addUser() {
        guard !loginEditor.committed.trimmingSpaces.isEmpty, let role else { return }
        if let problem = draft.addUser(login: loginEditor.committed, name: nameEditor.committed, role: role, admin: context.admin,
                                       roles: context.roles) {
            message = (t(problem), true)
            return
        }
        message = (t(SetupText.userAdded(loginEditor.committed.trimmingSpaces)), false)
        loginEditor = LineEditor()
        nameEditor = LineEditor()
        self.role = nil
        focus = 0
    }

    private func cycleInputMode() {
        let modes = InputMode.allCases
        input = VietnameseInput(mode: modes[((modes.firstIndex(of: input.mode) ?? 0) + 1) % modes.count])
        message = (t(SetupText.inputMode(input.mode)), false)
    }

    private func click(_ event: MouseEvent) {
        guard event.kind == .click || event.kind == .doubleClick, let field = fieldRows[event.row] else { return }
        switch page {
        case .level, .province, .rubric:
            var picker = page == .level ? levelPicker : page == .province ? provincePicker : rubricPicker
            picker.table.select(field, pageHeight: pickerHeight)
            if page == .level { levelPicker = picker } else if page == .province { provincePicker = picker } else { rubricPicker = picker }
            if event.kind == .doubleClick { handle(.enter) }
        default:
            focus = field
        }
    }

    // MARK: - Questions

    func askToLeave() {
        overlay = .message(MessageBox(title: t(SetupText.cancelTitle), lines: [t(SetupText.cancelQuestion)],
                                      choices: [("c", t(SetupText.yes)), ("k", t(SetupText.no))], defaultKey: "k")) { choice in
            if choice == "c" { self.outcome = .cancelled }
        }
    }

    func askToCreate() {
        guard page == .summary else { return goTo(.summary, forward: true) }
        if let problem = draft.problem { message = (t(problem), true); return }
        overlay = .message(MessageBox(title: t(SetupText.createTitle), lines: [t(SetupText.createQuestion(context.directory.path))],
                                      choices: [("c", t(SetupText.yes)), ("k", t(SetupText.no))], defaultKey: "k")) { choice in
            guard choice == "c" else { self.message = (self.t(SetupText.notCreated), false); return }
            self.create()
        }
    }

    private func create() {
        do {
            try draft.create(context.directory, defaults: context.defaults, admin: context.admin,
                             allowEnvironmentUser: context.allowEnvironmentUser, group: context.group, at: context.time)
        } catch {
            message = ("\(t(SetupText.createFailed)): \(describe(error))", true)
            return
        }
        overlay = .message(MessageBox(title: t(SetupText.createdTitle),
                                      lines: [t(SetupText.created(context.directory.path)), t(SetupText.openApp)],
                                      choices: [("c", t(SetupText.yes)), ("k", t(SetupText.no))], defaultKey: "c")) { choice in
            self.outcome = .created(openApp: choice == "c")
        }
    }

    private func describe(_ error: Error) -> String {
        switch error {
        case let e as StorageError: return e.message(language)
        case let e as SourceError: return e.message.text(language)
        case SetupDraftError.incomplete(let problem): return problem.text(language)
        default: return "\(error)"
        }
    }

    private func handleOverlay(_ key: Key) {
        guard let current = overlay else { return }
        switch current {
        case .message(let box, let onChoice):
            var choice = box.choice(for: key)
            if case .mouse(let event) = key { choice = box.choice(at: event, rows: drawnSize.rows, columns: drawnSize.columns) }
            if let choice { overlay = nil; onChoice(choice) }
        case .picker(var picker, let onPick):
            let outcome: Picker.Outcome
            if case .mouse(let event) = key {
                outcome = picker.click(event, rows: drawnSize.rows, columns: drawnSize.columns)
            } else {
                outcome = picker.handle(key, pageHeight: 10)
            }
            switch outcome {
            case .picked(let option): overlay = nil; onPick(option)
            case .cancelled: overlay = nil
            case .none: overlay = .picker(picker, onPick: onPick)
            }
        }
    }
}

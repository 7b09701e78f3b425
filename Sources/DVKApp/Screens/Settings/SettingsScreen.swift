import DVKCore
import DVKImport
import DVKStorage
import DVKTerminal
import Foundation

/// The committee's settings changed in the interface (`S` on the dashboard): its profile, each
/// issuer's letterhead with the preview as printed, the units (renamed, keeping their ids, or
/// added), the way of scoring and the users' names and roles. Every change goes through the core's checks (``SettingsEdit``, ``UnitsEdit``) and is
/// saved through ``SettingsStore`` — revision-checked, journaled, undoable — as `dvk settings set`
/// and `dvk units rename|add` do; a value the core refuses is shown next to its field and nothing
/// is saved. Only administrators may change anything; others see the settings read-only. F4 opens
/// the history of changes, where the last one can be undone.
final class SettingsScreen: AppScreen {
    enum Kind: Equatable {
        /// A typed value.
        case text
        /// One of a few values, changed with ←→/Space.
        case choice([String])
        /// Which issuer's letterhead the fields below show.
        case issuer
        /// The typed name of a new unit, added with Enter.
        case newUnit
    }

    struct Field {
        let id: String
        let kind: Kind
    }

    unowned let app: App
    /// The typed values by field id (`committee.name`, `issuer.ubnd-xa.name.1`, `unit.xa-a`…) for
    /// every issuer and unit, and as they were read.
    private(set) var values: [String: String] = [:]
    private var original: [String: String] = [:]
    /// Names of the units to add, in the order typed.
    private(set) var added: [String] = []
    /// What the core refused at the last save, by setting key (`issuer.x.name`, `unit.xa-a`).
    private(set) var errors: [String: String] = [:]
    private var loadedRevisions: [String: Int] = [:]
    private var issuerIndex = 0
    private var focus = 0
    private var line = LineEditor()
    private var scroll = 0
    private var provinces: [Province] = []
    private var provincesProblem: String?

    init(app: App) {
        self.app = app
        do {
            let file = try DefaultsLocation.find(environment: app.environment).provincesFile
            provinces = try ConfigurationFiles.decode(ProvincesFile.self, file).provinces
        } catch {
            provincesProblem = AppErrors.describe(error, app: app)
        }
        load()
    }

    private var workspace: Workspace { app.workspace }
    private var configuration: Configuration { workspace.configuration }
    private var mayChange: Bool { workspace.canAdminister }

    var title: String { app.t(SettingsText.title) }
    var capturesText: Bool { true }
    var isDirty: Bool { values != original || !added.isEmpty }
    var keyHelp: [(key: String, help: LocalizedText, hint: Bool)] {
        [("Ctrl-S", SettingsText.save, true), ("Tab ↓", SettingsText.next, true), ("Shift-Tab ↑", SettingsText.previous, false),
         ("← → Space", SettingsText.change, false), ("F4 / Ctrl-L", SettingsText.history, true), ("Esc", SettingsText.back, true)]
    }

    // MARK: - Values

    /// The settings keys of ``SettingsEdit`` the form shows: the committee's, then each issuer's.
    private var settingKeys: [String] {
        ["committee.setUp", "committee.level", "committee.province", "committee.name"]
            + configuration.headers.issuers.flatMap { issuer in Self.issuerKeys.map { "issuer.\(issuer.id).\($0)" } }
            + Self.rubricKeys + configuration.users.users.flatMap { ["user.\($0.login).name", "user.\($0.login).roles"] }
    }

    static let rubricKeys = ["rubric.mode", "rubric.othersHiddenUntilOwnSheet"]

    static let issuerKeys = ["layout", "parent", "name", "place", "numberSuffix", "signer.mode", "signer.title", "signer.name"]

    /// Reads the values from the workspace's configuration, dropping what was typed.
    func load() {
        let edit = baseEdit
        var read: [String: String] = [:]
        for key in settingKeys {
            let value = edit.current(key)?.value ?? ""
            if key.hasPrefix("issuer.") && key.hasSuffix(".name") && !key.hasSuffix("signer.name") {
                let (line1, line2) = LetterheadFields.nameLines(value)
                read[key + ".1"] = line1
                read[key + ".2"] = line2
            } else {
                read[key] = value
            }
        }
        for unit in configuration.units { read["unit.\(unit.id)"] = unit.name }
        read["unit.new"] = ""
        values = read
        original = read
        added = []
        errors = [:]
        loadedRevisions = configuration.revisions
        issuerIndex = min(issuerIndex, max(0, configuration.headers.issuers.count - 1))
        focus = min(focus, fields.count - 1)
        loadLine()
    }

    private var baseEdit: SettingsEdit {
        SettingsEdit(configuration: configuration, provinces: provinces, scoreSheetsExist: workspace.rows.contains { !$0.appraisers.isEmpty })
    }

    /// The value typed for a settings key (a body's name joined from its two lines).
    private func typed(_ key: String, in values: [String: String]) -> String {
        if let line1 = values[key + ".1"] { return LetterheadFields.name(line1, values[key + ".2"] ?? "") }
        return values[key] ?? ""
    }

    /// What was typed, applied through the core: the edited profile and letterheads, the units,
    /// the journal notes by file and what was refused, by key.
    struct Outcome {
        var edit: SettingsEdit
        var units: UnitsEdit
        var notes: [String: [String]] = [:]
        var errors: [String: String] = [:]
        var changeCount: Int { notes.values.reduce(0) { $0 + $1.count } + units.notes.count }
    }

    func outcome() -> Outcome {
        var result = Outcome(edit: baseEdit, units: UnitsEdit(units: configuration.units))
        for key in settingKeys where typed(key, in: values) != typed(key, in: original) {
            let before = result.edit.current(key)
            do {
                try result.edit.apply(key, typed(key, in: values))
            } catch let error as FieldInputError {
                result.errors[key] = error.message.text(app.language)
                continue
            } catch {
                result.errors[key] = "\(error)"
                continue
            }
            if let before, let after = result.edit.current(key), before.value != after.value {
                result.notes[before.file, default: []].append("\(key): «\(before.value)» → «\(after.value)»")
            }
        }
        if result.errors["committee.province"] != nil, let provincesProblem {
            result.errors["committee.province"] = (result.errors["committee.province"] ?? "") + " (\(provincesProblem))"
        }
        for unit in configuration.units where values["unit.\(unit.id)"] != original["unit.\(unit.id)"] {
            do { try result.units.rename(unit.id, to: values["unit.\(unit.id)"] ?? "") } catch let error as FieldInputError {
                result.errors[error.key] = error.message.text(app.language)
            } catch { result.errors["unit.\(unit.id)"] = "\(error)" }
        }
        for name in added {
            do { try result.units.add(name) { UnitListFile.freeID($0, taken: $1) } } catch let error as FieldInputError {
                result.errors[error.key] = error.message.text(app.language)
            } catch { result.errors["unit.new"] = "\(error)" }
        }
        return result
    }

    // MARK: - Fields

    private var issuer: DocumentHeaders.Issuer? {
        let issuers = configuration.headers.issuers
        return issuers.indices.contains(issuerIndex) ? issuers[issuerIndex] : nil
    }

    /// The fields in Tab order: the committee's, the issuer chooser and the shown issuer's, the units.
    var fields: [Field] {
        var list = [Field(id: "committee.setUp", kind: .choice(["true", "false"])),
                    Field(id: "committee.level", kind: .choice(configuration.lists.levels.map(\.id))),
                    Field(id: "committee.province", kind: .text), Field(id: "committee.name", kind: .text)]
        if let issuer {
            let prefix = "issuer.\(issuer.id)."
            var modes = LetterheadFields.signerModes
            for value in [original[prefix + "signer.mode"] ?? "", values[prefix + "signer.mode"] ?? ""] where !modes.contains(value) {
                modes.append(value)
            }
            list.append(Field(id: "issuer", kind: .issuer))
            list.append(Field(id: prefix + "layout", kind: .choice(["state", "party"])))
            list += ["parent", "name.1", "name.2", "place", "numberSuffix"].map { Field(id: prefix + $0, kind: .text) }
            list.append(Field(id: prefix + "signer.mode", kind: .choice(modes)))
            list += ["signer.title", "signer.name"].map { Field(id: prefix + $0, kind: .text) }
        }
        list += configuration.units.map { Field(id: "unit.\($0.id)", kind: .text) }
        list.append(Field(id: "unit.new", kind: .newUnit))
        list.append(Field(id: "rubric.mode", kind: .choice(["points", "passFail"])))
        list.append(Field(id: "rubric.othersHiddenUntilOwnSheet", kind: .choice(["true", "false"])))
        list += configuration.users.users.flatMap { [Field(id: "user.\($0.login).name", kind: .text), Field(id: "user.\($0.login).roles", kind: .text)] }
        return list
    }

    private var field: Field { fields[min(focus, fields.count - 1)] }

    private func loadLine() {
        line = LineEditor(values[field.id] ?? "")
    }

    private func move(_ step: Int) {
        focus = max(0, min(fields.count - 1, focus + step))
        loadLine()
    }

    // MARK: - Keys

    func handle(_ key: Key) {
        switch key {
        case .control("s"): save()
        case .tab, .down: move(1)
        case .backTab, .up: move(-1)
        case .pageDown: move(10)
        case .pageUp: move(-10)
        case .escape: app.pop()
        case .function(4), .control("l"): app.push(SettingsHistoryScreen(app: app))
        default: edit(key)
        }
    }

    private func edit(_ key: Key) {
        let current = field
        let cycles = key == .left || key == .right || key == .character(" ")
        switch current.kind {
        case .issuer:
            let count = configuration.headers.issuers.count
            if key == .enter { return move(1) }
            guard cycles, count > 0 else { return }
            issuerIndex = (issuerIndex + (key == .left ? count - 1 : 1)) % count
        case .choice(let options):
            if key == .enter { return move(1) }
            guard cycles, !options.isEmpty else { return }
            guard mayChange else { return app.inform(app.t(SettingsText.adminOnly), isError: true) }
            let index = options.firstIndex(of: values[current.id] ?? "") ?? 0
            values[current.id] = options[(index + (key == .left ? options.count - 1 : 1)) % options.count]
            errors[errorKey(current.id)] = nil
        case .text:
            if key == .enter { return move(1) }
            guard mayChange else { return app.inform(app.t(SettingsText.adminOnly), isError: true) }
            if line.handle(key, input: app.input) {
                values[current.id] = line.committed
                errors[errorKey(current.id)] = nil
            }
        case .newUnit:
            guard mayChange else { return app.inform(app.t(SettingsText.adminOnly), isError: true) }
            if key == .enter {
                let name = VietnameseText.cleanLine(line.committed)
                guard !name.isEmpty else { return }
                added.append(name)
                values[current.id] = ""
                errors["unit.new"] = nil
                return loadLine()
            }
            if line.handle(key, input: app.input) { values[current.id] = line.committed }
        }
    }

    /// The settings key a field's error is filed under (both name lines under the name).
    func errorKey(_ fieldID: String) -> String {
        fieldID.hasSuffix(".name.1") || fieldID.hasSuffix(".name.2") ? String(fieldID.dropLast(2)) : fieldID
    }

    // MARK: - Saving

    func save() {
        guard mayChange else { return app.inform(app.t(SettingsText.adminOnly), isError: true) }
        let result = outcome()
        errors = result.errors
        if !result.errors.isEmpty {
            if let first = fields.firstIndex(where: { result.errors[errorKey($0.id)] != nil }) {
                focus = first
                loadLine()
            }
            return app.inform(app.t(SettingsText.refused(result.errors.count)), isError: true)
        }
        guard result.changeCount > 0 else { return app.inform(app.t(SettingsText.nothingChanged)) }
        let store = SettingsStore(directory: workspace.directory)
        let login = workspace.actor.login, time = workspace.clock(), read = configuration
        do {
            if let notes = result.notes["committee"] {
                try store.save(result.edit.profile, as: "committee", expected: read.revision(of: "committee"),
                               note: notes.joined(separator: "; "), by: login, at: time)
            }
            if let notes = result.notes["headers"] {
                try store.save(result.edit.headers, as: "headers", expected: read.revision(of: "headers"),
                               note: notes.joined(separator: "; "), by: login, at: time)
            }
            if let notes = result.notes["rubric"] {
                try store.save(result.edit.rubric, as: "rubric", expected: read.revision(of: "rubric"),
                               note: notes.joined(separator: "; "), by: login, at: time)
            }
            if let notes = result.notes["users"] {
                try store.save(result.edit.users, as: "users", expected: read.revision(of: "users"),
                               note: notes.joined(separator: "; "), by: login, at: time)
            }
            if !result.units.notes.isEmpty {
                try store.save(UnitsFile(units: result.units.units), as: "units", expected: read.revision(of: "units"),
                               note: result.units.notes.joined(separator: "; "), by: login, at: time)
            }
        } catch StorageError.conflict(_, let file, _, _, let by, let at) {
            let stamps = ReadableStamps(users: read.users)
            reloadFromDisk()
            return app.inform(app.t(SettingsText.conflict(file, stamps.person(by), stamps.time(at))), isError: true)
        } catch {
            reloadFromDisk()
            return app.fail(error)
        }
        reloadFromDisk()
        app.inform(app.t(SettingsText.saved(result.changeCount)))
    }

    /// Reads the configuration again for the whole app, then the form's values.
    func reloadFromDisk() {
        do { try workspace.reloadConfiguration() } catch { app.fail(error) }
        load()
    }

    func didReappear() {
        if configuration.revisions != loadedRevisions { load() }
    }

    // MARK: - Drawing

    /// One line of the form: a text, or a field (by its index), in a section kept together on
    /// screen when it fits.
    private struct Row {
        var text = ""
        var style = Style.normal
        var field: Int?
        var section: Int
    }

    private func label(_ id: String) -> LocalizedText {
        switch id {
        case "committee.setUp": return SettingsText.setUp
        case "committee.level": return SettingsText.level
        case "committee.province": return SettingsText.province
        case "committee.name": return SettingsText.name
        case "issuer": return SetupText.issuer
        case "unit.new": return SettingsText.addUnit
        case "rubric.mode": return SettingsText.rubricMode
        case "rubric.othersHiddenUntilOwnSheet": return SettingsText.othersHidden
        default: break
        }
        if id.hasPrefix("user.") {
            let login = String(id.dropFirst(5).split(separator: ".").first ?? "")
            return id.hasSuffix(".roles") ? SettingsText.userRoles(login) : SettingsText.userName(login)
        }
        if id.hasPrefix("unit.") { return LocalizedText(vi: String(id.dropFirst(5)), en: String(id.dropFirst(5))) }
        let suffixes: [(String, LocalizedText)] = [
            (".layout", SettingsText.layout), (".parent", SetupText.parent), (".name.1", SetupText.nameLine1), (".name.2", SetupText.nameLine2),
            (".place", SetupText.place), (".numberSuffix", SetupText.numberSuffix), (".signer.mode", SetupText.signerMode),
            (".signer.title", SetupText.signerTitle), (".signer.name", SetupText.signerName),
        ]
        return suffixes.first { id.hasSuffix($0.0) }?.1 ?? LocalizedText(vi: id, en: id)
    }

    /// What a choice field shows.
    private func shown(_ field: Field, preview: Outcome) -> String {
        let value = values[field.id] ?? ""
        switch field.id {
        case "issuer":
            let shownIssuer = issuer.flatMap { preview.edit.headers.issuer($0.id) }
            return LetterheadFields.chooser(shownIssuer, index: issuerIndex, count: configuration.headers.issuers.count)
        case "committee.setUp", "rubric.othersHiddenUntilOwnSheet":
            return "◀ " + app.t(value == "true" ? SettingsText.yes : SettingsText.no) + " ▶"
        case "rubric.mode": return "◀ " + app.t(value == "passFail" ? SettingsText.passFail : SettingsText.points) + " ▶"
        case "committee.level":
            return "◀ " + (configuration.lists.levels.first { $0.id == value }?.label.text(app.language) ?? value) + " ▶"
        default: break
        }
        if field.id.hasSuffix(".layout") {
            return "◀ " + app.t(value == "party" ? SettingsText.layoutParty : SettingsText.layoutState) + " ▶"
        }
        return LetterheadFields.mode(value, app.language)
    }

    /// The part of the form a field belongs to: 1 committee, 2 letterheads, 3 units, 4 scoring, 5 users.
    static func section(of id: String) -> Int {
        if id.hasPrefix("committee.") { return 1 }
        if id.hasPrefix("unit.") { return 3 }
        if id.hasPrefix("rubric.") { return 4 }
        if id.hasPrefix("user.") { return 5 }
        return 2
    }

    func draw(on screen: Screen, top: Int, height: Int) {
        let preview = outcome()
        let all = fields
        var rows: [Row] = []
        let hint = mayChange ? SettingsText.hint : SettingsText.readOnlyHint
        rows.append(Row(text: " " + app.t(hint), style: Style(mayChange ? .hint : .warning, bold: !mayChange), section: 0))
        func heading(_ text: String, _ section: Int) {
            rows.append(Row(section: section))
            rows.append(Row(text: " " + text, style: Style(.header, bold: true), section: section))
        }
        for (index, field) in all.enumerated() {
            let section = Self.section(of: field.id)
            if index == 0 { heading(app.t(SettingsText.committee), 1) }
            if field.id == "issuer" { heading(app.t(SettingsText.letterheads), 2) }
            if field.id == Self.rubricKeys[0] {
                heading(app.t(SettingsText.rubric), 4)
                let rubric = configuration.rubric
                rows.append(Row(text: "   " + app.t(SettingsText.criteria(rubric.criteria.count, NumberText.score(rubric.maxTotal, app.language))),
                                style: Style(.hint), section: 4))
            }
            if field.id.hasPrefix("user."), index > 0, !all[index - 1].id.hasPrefix("user.") {
                heading(app.t(SettingsText.users(configuration.users.users.count)), 5)
                rows.append(Row(text: "   " + app.t(SettingsText.knownRoles(configuration.users.roles.map { "\($0.id) (\($0.label.text(app.language)))" }
                    .joined(separator: ", "))), style: Style(.hint), section: 5))
            }
            if index > 0 && section == 3 && !all[index - 1].id.hasPrefix("unit.") {
                heading(app.t(SettingsText.units(configuration.units.count + added.count)), 3)
            }
            if field.id == "unit.new" {
                for name in added { rows.append(Row(text: "   + \(name) \(app.t(SettingsText.added))", section: 3)) }
            }
            rows.append(Row(field: index, section: section))
            if let error = errors[errorKey(field.id)], !field.id.hasSuffix(".name.2") {
                rows.append(Row(text: "   ⚠ " + error, style: Style(.error, bold: true), section: section))
            }
            if field.id.hasSuffix(".signer.name"), let issuer, let shownIssuer = preview.edit.headers.issuer(issuer.id) {
                rows.append(Row(section: 2))
                rows.append(Row(text: " " + app.t(SetupText.preview), style: Style(.header, bold: true), section: 2))
                for text in LetterheadFields.preview(shownIssuer, today: workspace.clock().utcDay, columns: screen.size.columns) {
                    rows.append(Row(text: "  " + text, section: 2))
                }
            }
        }
        let focusRow = rows.firstIndex { $0.field == focus } ?? 0
        let sectionRows = rows.indices.filter { rows[$0].section == rows[focusRow].section }
        let start = max(0, (sectionRows.first ?? 0) - 1), end = sectionRows.last ?? focusRow
        if end - start + 1 <= height {
            if start < scroll || end >= scroll + height { scroll = start }
        } else if focusRow < scroll {
            scroll = max(0, focusRow - 1)
        } else if focusRow >= scroll + height {
            scroll = focusRow - height + 1
        }
        scroll = max(0, min(scroll, max(0, rows.count - height)))
        for (offset, row) in rows.dropFirst(scroll).prefix(height).enumerated() {
            let y = top + offset
            guard let index = row.field else {
                screen.put(row.text, row: y, column: 0, style: row.style)
                continue
            }
            let field = all[index], focused = index == focus
            let text: String
            var cursor: Int?
            switch field.kind {
            case .text, .newUnit:
                text = focused ? line.text : values[field.id] ?? ""
                cursor = focused ? line.cursor : nil
            case .choice, .issuer:
                text = shown(field, preview: preview)
            }
            LetterheadFields.draw(app.t(label(field.id)), text, cursor: cursor, focused: focused, row: y, on: screen)
        }
    }
}

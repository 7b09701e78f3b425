import DVKCore
import Foundation
import DVKTerminal

/// A command typed after `:` on a list-like screen (as in vim or k9s).
enum ColonCommand: Equatable {
    /// Open the model with this id.
    case go(String)
    /// Keep the models of a year; nil clears that filter.
    case year(Int?)
    /// Keep the models in a workflow state (its id); nil clears.
    case state(String?)
    /// Keep the models of a field (its list id); nil clears.
    case field(String?)
    /// Keep the models of a unit (its list id); nil clears.
    case unit(String?)
    /// The screen's export (as `e` on the model list).
    case export
    case quit
}

/// What the `:` line knows of the data to check and complete what is typed: no terminal, so
/// parsing and completion are tested on their own.
struct ColonCommandContext {
    var modelIDs: [String]
    var years: [Int]
    var states: [WorkflowDefinition.State]
    var lists: ListCatalog
    /// The interface's language: the choices Tab lists are named in it.
    var language: Language

    init(modelIDs: [String], years: [Int], states: [WorkflowDefinition.State], lists: ListCatalog, language: Language = .vi) {
        self.modelIDs = modelIDs
        self.years = years
        self.states = states
        self.lists = lists
        self.language = language
    }

    init(workspace: Workspace, language: Language = .vi) {
        self.init(modelIDs: workspace.rows.map(\.id).sorted(), years: Set(workspace.rows.map(\.year)).sorted(by: >),
                  states: workspace.configuration.workflow.states, lists: workspace.lists, language: language)
    }

    /// The command words in the order help and completion show them.
    static let words = ["go", "year", "state", "field", "unit", "export", "q"]

    /// The command word `typed` names: itself, "quit" for `q`, or the only word it begins.
    static func word(_ typed: String) -> String? {
        let typed = typed.lowercased()
        if typed == "quit" || typed == "q" { return "q" }
        if words.contains(typed) { return typed }
        let matches = words.filter { $0.hasPrefix(typed) }
        return matches.count == 1 && !typed.isEmpty ? matches[0] : nil
    }

    /// Splits a line into its command word and the value after it (trimmed, may hold spaces).
    private static func split(_ line: String) -> (word: String, value: String, hasValue: Bool) {
        var text = Substring(line.drop { $0 == " " })
        if text.hasPrefix(":") { text = text.dropFirst() }
        guard let space = text.firstIndex(of: " ") else { return (String(text), "", false) }
        return (String(text[..<space]), text[text.index(after: space)...].trimmingCharacters(in: .whitespaces), true)
    }

    // MARK: - Parsing

    /// The command a line names, or what is wrong with it in words; nil for an empty line.
    func parse(_ line: String) -> Result<ColonCommand, ColonCommandError>? {
        let (typed, value, _) = Self.split(line)
        if typed.isEmpty { return nil }
        guard let word = Self.word(typed) else { return .failure(.init(ColonText.unknown(typed))) }
        switch word {
        case "go":
            guard !value.isEmpty else { return .failure(.init(ColonText.needsID)) }
            guard let id = modelID(value) else { return .failure(.init(ColonText.noModel(value))) }
            return .success(.go(id))
        case "year":
            guard !value.isEmpty else { return .success(.year(nil)) }
            guard let year = Int(value), (1900...2200).contains(year) else { return .failure(.init(ColonText.badYear(value))) }
            return .success(.year(year))
        case "state":
            guard !value.isEmpty else { return .success(.state(nil)) }
            guard let state = stateID(value) else { return .failure(.init(ColonText.noState(value, states.map(\.id)))) }
            return .success(.state(state))
        case "field", "unit":
            let list: ListName = word == "field" ? .fields : .units
            guard !value.isEmpty else { return .success(word == "field" ? .field(nil) : .unit(nil)) }
            guard let entry = entry(value, in: list) else {
                return .failure(.init(word == "field" ? ColonText.noField(value) : ColonText.noUnit(value)))
            }
            return .success(word == "field" ? .field(entry.id) : .unit(entry.id))
        case "export": return .success(.export)
        default: return .success(.quit)
        }
    }

    /// The model id `typed` names: the id itself (any case), or the one id ending in "-typed".
    func modelID(_ typed: String) -> String? {
        if let exact = modelIDs.first(where: { $0.caseInsensitiveCompare(typed) == .orderedSame }) { return exact }
        let suffix = modelIDs.filter { $0.hasSuffix("-" + typed) }
        return suffix.count == 1 ? suffix[0] : nil
    }

    /// The state `typed` names by id or label in either language, without diacritics, or the
    /// only one it begins.
    func stateID(_ typed: String) -> String? {
        let key = VietnameseText.matchKey(typed)
        guard !key.isEmpty else { return nil }
        let names = states.map { state in (state.id, [state.id, state.label.vi, state.label.en].map(VietnameseText.matchKey)) }
        if let exact = names.first(where: { $0.1.contains(key) }) { return exact.0 }
        let begun = names.filter { $0.1.contains { $0.hasPrefix(key) } }
        return begun.count == 1 ? begun[0].0 : nil
    }

    /// The list entry `typed` names (the lists' own lookup: id, labels, aliases), or the only one
    /// whose name it begins.
    func entry(_ typed: String, in list: ListName) -> ListEntry? {
        if let found = lists.lookup(typed, in: list) { return found }
        let key = VietnameseText.matchKey(typed)
        guard !key.isEmpty else { return nil }
        let begun = lists.entries(list).filter { entry in
            ([entry.id, entry.label.vi, entry.label.en] + entry.aliases).contains { VietnameseText.matchKey($0).hasPrefix(key) }
        }
        return begun.count == 1 ? begun[0] : nil
    }

    // MARK: - Completion

    /// What Tab makes of a line: the line completed as far as the candidates agree, and the
    /// candidates themselves (to show when more than one is left).
    struct Completion: Equatable {
        var line: String
        var candidates: [String]
    }

    func complete(_ line: String) -> Completion {
        let (typed, value, hasValue) = Self.split(line)
        guard hasValue else {
            let matches = Self.words.filter { $0.hasPrefix(typed.lowercased()) }
            if matches.count == 1 { return Completion(line: matches[0] + (["export", "q"].contains(matches[0]) ? "" : " "), candidates: []) }
            return Completion(line: Self.commonPrefix(matches, atLeast: typed) ?? typed, candidates: matches)
        }
        guard let word = Self.word(typed) else { return Completion(line: line, candidates: []) }
        let matches = values(for: word).filter { candidate in
            VietnameseText.matchKey(candidate).hasPrefix(VietnameseText.matchKey(value))
                || candidate.lowercased().hasPrefix(value.lowercased())
        }
        var unique: [String] = []
        for match in matches where !unique.contains(match) { unique.append(match) }
        if unique.count == 1 { return Completion(line: word + " " + unique[0], candidates: []) }
        // Listed once each, by name in the interface's language — not as id, Vietnamese and
        // English side by side — though any of those may be typed.
        var shown: [String] = []
        for choice in choices(for: word) where choice.forms.contains(where: unique.contains) && !shown.contains(choice.shown) {
            shown.append(choice.shown)
        }
        return Completion(line: word + " " + (Self.commonPrefix(unique, atLeast: value) ?? value), candidates: shown)
    }

    /// Each value a command takes: its name as the list shows it, and every form it may be typed in.
    func choices(for word: String) -> [(shown: String, forms: [String])] {
        switch word {
        case "state": return states.map { ($0.label.text(language), [$0.id, $0.label.vi, $0.label.en]) }
        case "field": return lists.entries(.fields).map { ($0.label.text(language), [$0.id, $0.label.vi, $0.label.en] + $0.aliases) }
        case "unit": return lists.entries(.units).map { ($0.label.vi, [$0.label.vi] + $0.aliases) }
        default: return values(for: word).map { ($0, [$0]) }
        }
    }

    /// The values a command takes, as they can be typed.
    func values(for word: String) -> [String] {
        switch word {
        case "go": return modelIDs
        case "year": return years.map(String.init)
        case "state": return states.flatMap { [$0.id, $0.label.vi, $0.label.en] }
        case "field": return lists.entries(.fields).flatMap { [$0.id, $0.label.vi, $0.label.en] + $0.aliases }
        case "unit": return lists.entries(.units).flatMap { [$0.label.vi] + $0.aliases }
        default: return []
        }
    }

    /// The longest start the candidates share, when it says at least as much as `typed`.
    private static func commonPrefix(_ candidates: [String], atLeast typed: String) -> String? {
        guard var prefix = candidates.first.map(Array.init) else { return nil }
        for candidate in candidates.dropFirst() {
            let characters = Array(candidate)
            var count = 0
            while count < min(prefix.count, characters.count) && prefix[count].lowercased() == characters[count].lowercased() { count += 1 }
            prefix = Array(prefix[..<count])
        }
        let shared = String(prefix)
        return VietnameseText.matchKey(shared).count >= VietnameseText.matchKey(typed).count && shared.count >= typed.count ? shared : nil
    }
}

/// What is wrong with a command line, in words.
struct ColonCommandError: Error, Equatable {
    let text: LocalizedText
    init(_ text: LocalizedText) { self.text = text }
}

/// The `:` line while it is typed: the text, Tab completion, ↑↓ through the commands run
/// before, Enter to run, Esc to leave.
struct ColonPrompt {
    enum Outcome: Equatable { case none, run(String), cancel }

    var editor = LineEditor()
    /// The commands run before, oldest first.
    let history: [String]
    /// Where ↑ has gone in `history` (nil: the line being typed).
    private var historyIndex: Int?
    private var draft = ""
    /// The values Tab left to choose from, shown beside the line.
    private(set) var candidates: [String] = []

    init(history: [String]) { self.history = history }

    mutating func handle(_ key: Key, context: ColonCommandContext, input: VietnameseInput? = nil) -> Outcome {
        switch key {
        case .escape: return .cancel
        case .enter: return .run(editor.committed)
        case .tab:
            let completion = context.complete(editor.text)
            editor.set(completion.line)
            candidates = completion.candidates
        case .up:
            guard !history.isEmpty else { return .none }
            if historyIndex == nil { draft = editor.text }
            historyIndex = max(0, (historyIndex ?? history.count) - 1)
            editor.set(history[historyIndex ?? 0])
        case .down:
            guard let index = historyIndex else { return .none }
            if index + 1 < history.count {
                historyIndex = index + 1
                editor.set(history[index + 1])
            } else {
                historyIndex = nil
                editor.set(draft)
            }
        case .backspace where editor.text.isEmpty: return .cancel
        default:
            if editor.handle(key, input: input) { candidates = [] }
        }
        return .none
    }
}

/// Texts of the `:` command line.
enum ColonText {
    typealias L = LocalizedText
    static let key = L(vi: "dòng lệnh (:go mã, :year năm, :state, :field, :unit, :export, :q)",
                       en: "command line (:go id, :year, :state, :field, :unit, :export, :q)")
    static let commands = L(vi: "Các lệnh: :go <mã>, :year <năm>, :state <trạng thái>, :field <lĩnh vực>, :unit <đơn vị>, :export, :q",
                            en: "Commands: :go <id>, :year <year>, :state <state>, :field <field>, :unit <unit>, :export, :q")
    /// Short enough for the bottom line of an 80-column terminal.
    static func unknown(_ word: String) -> L {
        L(vi: "Không có lệnh “\(word)”. Các lệnh: :go :year :state :field :unit :export :q (Tab gợi ý)",
          en: "No command “\(word)”. Commands: :go :year :state :field :unit :export :q (Tab completes)")
    }
    static let needsID = L(vi: "Cần mã mô hình, ví dụ :go 2024-0137", en: "An id is needed, e.g. :go 2024-0137")
    static func noModel(_ id: String) -> L { L(vi: "Không có mô hình mã “\(id)”.", en: "No model has the id “\(id)”.") }
    static func badYear(_ text: String) -> L { L(vi: "“\(text)” không phải một năm (ví dụ :year 2025).", en: "“\(text)” is not a year (e.g. :year 2025).") }
    static func noState(_ text: String, _ ids: [String]) -> L {
        L(vi: "Không có trạng thái “\(text)”. Có: " + ids.joined(separator: ", "), en: "No state “\(text)”. There are: " + ids.joined(separator: ", "))
    }
    static func noField(_ text: String) -> L { L(vi: "Không có lĩnh vực “\(text)” (Tab để xem các lĩnh vực).", en: "No field “\(text)” (Tab lists the fields).") }
    static func noUnit(_ text: String) -> L { L(vi: "Không có đơn vị “\(text)” (Tab để xem các đơn vị).", en: "No unit “\(text)” (Tab lists the units).") }
    static func notHere(_ command: String) -> L { L(vi: "Lệnh :\(command) không dùng được ở màn hình này.", en: "The command :\(command) does nothing on this screen.") }
    static func stateNotInQueue(_ label: String) -> L {
        L(vi: "Hàng đợi này không có mô hình ở trạng thái “\(label)”.", en: "This queue holds no model in the state “\(label)”.")
    }
}

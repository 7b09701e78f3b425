import ArgumentParser
import DVKCore
import Foundation

/// `dvk workflow [--markdown]`: the workflow of this data directory — states, moves, who may
/// fire them and their guards. `--markdown` prints the reference section of docs/workflow.md,
/// which a test keeps equal to the shipped workflow.json.
struct WorkflowCommand: SessionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "workflow", abstract: CLIText.help.workflowAbstract.text(CLILanguage.current))
    }

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: ArgumentHelp(CLIText.help.markdown.text(CLILanguage.current))) var markdown = false

    mutating func execute(_ session: Session) throws {
        let document = WorkflowDocument(configuration: session.configuration)
        Console.raw(markdown ? document.markdown() : document.text(session.language))
    }
}

/// The workflow described for people: a text listing for the terminal and the Markdown
/// reference (with a Mermaid state diagram) for docs/workflow.md.
struct WorkflowDocument {
    let configuration: Configuration

    private var workflow: WorkflowDefinition { configuration.workflow }

    func text(_ language: Language) -> String {
        var lines: [String] = []
        for state in workflow.states {
            lines.append("\(state.label.text(language)) (\(state.id))\(state.terminal ? " ■" : "")")
            for t in workflow.transitions(from: state.id) {
                lines.append("  → \(workflow.label(ofState: t.to, language)) [\(t.id)] — \(roles(t, language))")
                for g in t.guards { lines.append("      · " + describe(g, language).replacingOccurrences(of: "`", with: "")) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func markdown() -> String {
        var out = "```mermaid\nstateDiagram-v2\n    [*] --> \(workflow.initial)\n"
        for t in workflow.transitions {
            let sources = t.from.contains(WorkflowDefinition.anyLiveState)
                ? workflow.states.filter { !$0.terminal && $0.id != t.to }.map(\.id) : t.from
            for s in sources { out += "    \(s) --> \(t.to): \(t.id)\n" }
        }
        for s in workflow.states where s.terminal { out += "    \(s.id) --> [*]\n" }
        out += "```\n\n| State | Nhãn | Label | Terminal |\n|---|---|---|---|\n"
        for s in workflow.states { out += "| `\(s.id)` | \(s.label.vi) | \(s.label.en) | \(s.terminal ? "yes" : "") |\n" }
        out += "\n| Move | From | To | Nhãn / Label | Roles | Guards |\n|---|---|---|---|---|---|\n"
        for t in workflow.transitions {
            let from = t.from.map { $0 == WorkflowDefinition.anyLiveState ? "any live state" : "`\($0)`" }.joined(separator: ", ")
            let guards = t.guards.map { describe($0, .en) }.joined(separator: "; ")
            out += "| `\(t.id)` | \(from) | `\(t.to)` | \(t.label.vi) / \(t.label.en) | \(t.roles.joined(separator: ", ")) | \(guards.isEmpty ? "—" : guards) |\n"
        }
        return out
    }

    private func roles(_ t: WorkflowDefinition.Transition, _ language: Language) -> String {
        t.roles.map { configuration.users.role($0)?.label.text(language) ?? $0 }.joined(separator: ", ")
    }

    private func describe(_ g: Guard, _ language: Language) -> String {
        let vi = language == .vi
        switch g {
        case .requiredFields(let keys):
            return (vi ? "cần nhập: " : "required: ") + keys.map { "\(RecordFieldLabels.label($0, language)) (`\($0)`)" }.joined(separator: ", ")
        case .minInspections(let n): return vi ? "ít nhất \(n) đợt kiểm tra" : "at least \(n) inspection round(s)"
        case .minScoreSheets(let n): return vi ? "ít nhất \(n) phiếu chấm" : "at least \(n) score sheet(s)"
        case .scoreBand(let bands):
            let labels = bands.map { configuration.rubric.band(id: $0)?.label.text(language) ?? $0 }
            return (vi ? "kết quả chấm thuộc mức: " : "average score in band: ") + labels.joined(separator: ", ")
        case .noteRequired: return vi ? "phải ghi lý do" : "a reason (note) is required"
        case .minMonthsSinceStart(let m): return vi ? "đã thực hiện ít nhất \(m) tháng" : "running for at least \(m) months"
        }
    }
}

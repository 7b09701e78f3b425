import DVKCore
import DVKTerminal

/// The move dialog: the moves the engine offers from the state of the chosen models (each one
/// refused is shown with its failed guards), a note, then the move fired on every model — the
/// allowed ones saved together, the refused ones listed.
struct MoveFlow {
    unowned let app: App
    /// Runs after the moves are saved (the calling screen refreshes its rows).
    let onDone: () -> Void

    func start(_ models: [ModelRecord]) {
        guard !models.isEmpty else { return app.inform(app.t(AppText.nothingSelected)) }
        let workspace = app.workspace
        let today = workspace.clock().utcDay
        // Targets offered by the engine from the models' states, in workflow order.
        var seen: [String: (allowed: Int, reasons: [String])] = [:]
        var order: [String] = []
        for model in models {
            for move in workspace.engine.moves(for: model, by: workspace.actor, note: "·", today: today) {
                if seen[move.transition.to] == nil { order.append(move.transition.to); seen[move.transition.to] = (0, []) }
                if move.isAllowed { seen[move.transition.to]?.allowed += 1 } else {
                    seen[move.transition.to]?.reasons += move.failures.map { describe($0) }
                }
            }
        }
        guard !order.isEmpty else { return app.inform(app.t(MoveText.noMoves), isError: true) }
        // Moves whose transition asks for a reason say so before they are chosen.
        let workflow = workspace.configuration.workflow
        let needsNote = Set(workflow.transitions.filter { $0.guards.contains(.noteRequired) }.map(\.to))
        let options = order.map { target -> Picker.Option in
            let info = seen[target] ?? (0, [])
            let label = workflow.label(ofState: target, app.language)
            var detail = models.count > 1 ? app.t(MoveText.allowedCount(info.allowed, of: models.count))
                : Array(Set(info.reasons)).sorted().joined(separator: "; ")
            if info.allowed > 0 && needsNote.contains(target) {
                detail = [app.t(MoveText.needsReason), detail].filter { !$0.isEmpty }.joined(separator: "; ")
            }
            return Picker.Option(id: target, label: label, detail: detail, enabled: info.allowed > 0)
        }
        let title = models.count == 1 ? app.t(MoveText.title(models[0].id)) : app.t(MoveText.titleMany(models.count))
        app.pick(title, options) { option in
            let prompt = needsNote.contains(option.id) ? MoveText.reasonPrompt(option.label) : MoveText.notePrompt(option.label)
            app.prompt(app.t(prompt)) { note in
                self.fire(models.map(\.id), to: option.id, note: note)
            }
        }
    }

    private func fire(_ ids: [String], to target: String, note: String) {
        let label = app.workspace.configuration.workflow.label(ofState: target, app.language)
        do {
            let outcome = try app.workspace.move(ids, to: target, note: note)
            onDone()
            app.report(outcome, done: MoveText.done(outcome.saved.count, to: label),
                       partial: MoveText.doneWithFailures(outcome.saved.count, failed: outcome.refused.count, to: label))
        } catch {
            onDone()
            app.fail(error)
        }
    }

    private func describe(_ failure: GuardFailure) -> String {
        let c = app.workspace.configuration
        return failure.message(app.language, workflow: c.workflow, rubric: c.rubric, users: c.users)
    }
}

/// Texts of the move dialog.
enum MoveText {
    typealias L = LocalizedText
    static let noMoves = L(vi: "Không có bước chuyển nào từ trạng thái này.", en: "There is no move from this state.")
    static func title(_ id: String) -> L { L(vi: "Chuyển \(id) sang", en: "Move \(id) to") }
    static func titleMany(_ n: Int) -> L { L(vi: "Chuyển \(n) mô hình sang", en: "Move \(n) models to") }
    static func allowedCount(_ n: Int, of total: Int) -> L { L(vi: "được \(n)/\(total)", en: "\(n) of \(total) allowed") }
    static func notePrompt(_ state: String) -> L { L(vi: "Ghi chú, lý do (→ \(state))", en: "Note, reason (→ \(state))") }
    static func reasonPrompt(_ state: String) -> L { L(vi: "Lý do (bắt buộc, → \(state))", en: "Reason (required, → \(state))") }
    static let needsReason = L(vi: "cần ghi lý do", en: "a reason is required")
    static func done(_ n: Int, to state: String) -> L { L(vi: "Đã chuyển \(n) mô hình sang «\(state)»", en: "Moved \(n) model(s) to «\(state)»") }
    static func doneWithFailures(_ n: Int, failed: Int, to state: String) -> L {
        L(vi: "Đã chuyển \(n) sang «\(state)», \(failed) không chuyển được", en: "Moved \(n) to «\(state)»; \(failed) could not move")
    }
}

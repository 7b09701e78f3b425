import DVKCore
import DVKTerminal

/// Tells the user how a batch step went: one line when every model went through, else a box
/// listing each refused model with the guards that failed.
extension App {
    /// `partial`, when given, titles the box instead of `done` and the refused count.
    func report(_ outcome: Workspace.BatchOutcome, done: LocalizedText, partial: LocalizedText? = nil) {
        if outcome.refused.isEmpty { return inform(t(done)) }
        let lines = outcome.refused.map { "\($0.recordID): " + AppErrors.describe($0, app: self) }
        let title = partial.map(t) ?? t(done) + " — " + t(BatchText.refused(outcome.refused.count))
        show(MessageBox(title: title, lines: lines,
                        choices: [("o", "OK")], isError: true)) { _ in }
    }
}

/// Texts of batch reports.
enum BatchText {
    static func refused(_ n: Int) -> LocalizedText {
        LocalizedText(vi: "\(n) mô hình không được chuyển", en: "\(n) model(s) refused")
    }
}

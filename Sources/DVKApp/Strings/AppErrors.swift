import DVKCore
import DVKStorage
import DVKSync

/// Errors from storage and the engine as one line in the user's language.
enum AppErrors {
    static func describe(_ error: Error, app: App) -> String {
        let language = app.language
        let c = app.workspace.configuration
        switch error {
        case let e as StorageError: return e.message(language)
        case let e as SyncError: return SyncText.describe(e, language: language)
        case let e as FieldProblem: return e.message(language)
        case let e as ReplicationProblem: return e.message.text(language)
        case let e as TransitionRefused:
            return e.failures.map { $0.message(language, workflow: c.workflow, rubric: c.rubric, users: c.users) }.joined(separator: "; ")
        case let e as IssueRefused:
            return e.problems.map { $0.message(language, workflow: c.workflow, rubric: c.rubric, users: c.users) }.joined(separator: "; ")
        default: return "\(error)"
        }
    }
}

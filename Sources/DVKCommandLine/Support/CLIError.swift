import DVKCore
import DVKStorage
import DVKSync

/// A failure the command line reports to the user: a message in their language on stderr and an
/// exit code (1 failure, 2 bad input, 3 conflict with another save, 4 move refused by a guard,
/// 5 problems found by `check`).
struct CLIError: Error {
    var message: LocalizedText
    var exitCode: Int32

    init(_ message: LocalizedText, exitCode: Int32 = 1) {
        self.message = message
        self.exitCode = exitCode
    }

    static func badInput(_ vi: String, _ en: String) -> CLIError {
        CLIError(LocalizedText(vi: vi, en: en), exitCode: 2)
    }

    /// An error of dvk's own, as a message and an exit code; nil for the argument parser's errors
    /// (usage, help, version), which it prints itself.
    static func describe(_ error: Error, language: Language) -> (String, Int32)? {
        switch error {
        case let e as CLIError:
            return (e.message.text(language), e.exitCode)
        case let e as StorageError:
            if case .conflict = e { return (e.message(language), 3) }
            if case .alreadyExists = e { return (e.message(language), 3) }
            return (e.message(language), 1)
        case let e as IdentityError:
            return (e.message(language), 1)
        case let e as FieldProblem:
            return (e.message(language), 2)
        case let e as SyncError:
            if case .badBundle = e { return (SyncText.describe(e, language: language), 2) }
            if case .badOfficeCode = e { return (SyncText.describe(e, language: language), 2) }
            return (SyncText.describe(e, language: language), 1)
        case let e as ConflictError:
            return (e.message(language), 2)
        default:
            return nil
        }
    }
}

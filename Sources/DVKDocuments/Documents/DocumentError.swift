/// Why a document could not be made or written. The command line turns each case into a message
/// in the user's language.
public enum DocumentError: Error, Sendable, Equatable {
    /// No award decision was given (or none matched the selection).
    case noDecisions
    /// `config/headers.json` names no issuing body at all.
    case noIssuer
    /// The decisions have no recipients: the list would be empty.
    case noRecipients(decisions: [String])
    /// A format this writer does not produce directly (PDF comes from the DOCX).
    case notRenderable(String)
    /// A file or folder could not be written: its path and the system's reason.
    case cannotWrite(path: String, reason: String)
}

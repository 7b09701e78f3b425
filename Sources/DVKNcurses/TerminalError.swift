import DVKCore

/// Why the full-screen interface could not start.
///
/// Each case carries a message in Vietnamese and English; the program prints it on stderr and
/// ends with `exitCode` (2, as for any other bad input).
public enum TerminalError: Error, Sendable, Equatable {
    /// Standard input or output is a file or a pipe, not a terminal.
    case notATerminal
    /// `TERM` is unset (empty name) or names a terminal terminfo does not know.
    case unknownTerminal(String)
    /// The terminal cannot move the cursor (`TERM=dumb`, for example).
    case noCursorAddressing(String)
    /// The headless screen for tests could not be opened on /dev/null.
    case headlessUnavailable

    /// The exit code the program should end with.
    public var exitCode: Int32 { 2 }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .notATerminal:
            return LocalizedText(
                vi: "Giao diện toàn màn hình cần một terminal: đầu vào và đầu ra chuẩn không được là tệp hay đường ống.",
                en: "The full-screen interface needs a terminal: standard input and output must not be a file or a pipe.")
        case .unknownTerminal(let name) where name.isEmpty:
            return LocalizedText(
                vi: "Biến môi trường TERM chưa được đặt nên không biết loại terminal (ví dụ: TERM=xterm-256color).",
                en: "TERM is not set, so the terminal type is unknown (for example: TERM=xterm-256color).")
        case .unknownTerminal(let name):
            return LocalizedText(
                vi: "Không nhận ra loại terminal “\(name)” (biến TERM). Hãy thử TERM=xterm-256color.",
                en: "Unknown terminal type “\(name)” (the TERM variable). Try TERM=xterm-256color.")
        case .noCursorAddressing(let name):
            return LocalizedText(
                vi: "Terminal “\(name)” không di chuyển được con trỏ nên không thể chạy giao diện toàn màn hình.",
                en: "The terminal “\(name)” cannot move the cursor, so the full-screen interface cannot run.")
        case .headlessUnavailable:
            return LocalizedText(
                vi: "Không mở được màn hình ncurses ẩn trên /dev/null.",
                en: "Could not open a headless ncurses screen on /dev/null.")
        }
    }

    /// The message in `language`.
    public func message(_ language: Language) -> String { text.text(language) }
}

extension TerminalError: CustomStringConvertible {
    public var description: String { text.en }
}

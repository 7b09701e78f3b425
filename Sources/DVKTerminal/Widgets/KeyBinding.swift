import DVKCore

/// One key of a screen with what it does: the same list drives the key dispatch, the bottom
/// hint bar and the `?` help, so help can never drift from the real keys.
public struct KeyBinding<Action: Sendable>: Sendable {
    public var keys: [Key]
    /// How the key is written in hints and help ("Ctrl-S", "/", "Enter").
    public var keyLabel: String
    public var help: LocalizedText
    public var action: Action
    /// Shown in the bottom bar (the most used keys), not only in the help.
    public var inHintBar: Bool

    public init(_ keys: [Key], _ keyLabel: String, _ help: LocalizedText, _ action: Action, hint: Bool = false) {
        self.keys = keys
        self.keyLabel = keyLabel
        self.help = help
        self.action = action
        inHintBar = hint
    }
}

/// The key bindings of one screen.
public struct KeyMap<Action: Sendable>: Sendable {
    public var bindings: [KeyBinding<Action>]

    public init(_ bindings: [KeyBinding<Action>]) { self.bindings = bindings }

    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// `(key label, help)` pairs for the hint bar.
    public func hints(_ language: Language) -> [(String, String)] {
        bindings.filter(\.inHintBar).map { ($0.keyLabel, $0.help.text(language)) }
    }

    /// `(key label, help)` pairs for the help overlay.
    public func helpLines(_ language: Language) -> [(String, String)] {
        bindings.map { ($0.keyLabel, $0.help.text(language)) }
    }
}

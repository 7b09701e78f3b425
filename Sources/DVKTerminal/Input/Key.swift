/// One input event from the terminal: a typed character, a named key, a mouse event or a resize.
public enum Key: Sendable, Hashable {
    case character(Character)
    case enter, tab, backTab, backspace, delete, escape
    case up, down, left, right, home, end, pageUp, pageDown, insert
    case function(Int)
    /// Ctrl with a letter, lower case: `.control("s")` is Ctrl-S.
    case control(Character)
    /// ESC and a letter arriving together: Alt with that letter — or Esc and the letter typed
    /// quickly, which a terminal sends the same way. Text fields read Alt-B/Alt-F as readline
    /// does; everywhere else it is the Esc key and then the letter (``splitAlt``).
    case alt(Character)
    case mouse(MouseEvent)
    case resize

    /// `.alt(c)` as the two keys it also stands for: Esc, then `c`; any other key as it is.
    public var splitAlt: [Key] {
        if case .alt(let character) = self { return [.escape, .character(character)] }
        return [self]
    }

    /// A printable character key for `text`'s first character.
    public static func char(_ text: Character) -> Key { .character(text) }
}

/// A mouse click or wheel step at a screen cell.
public struct MouseEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case click, doubleClick, wheelUp, wheelDown }
    public var kind: Kind
    public var row: Int
    public var column: Int

    public init(kind: Kind, row: Int, column: Int) {
        self.kind = kind
        self.row = row
        self.column = column
    }
}

/// Where keys come from: the terminal, or a script in tests. `nil` ends the input.
public protocol KeySource: AnyObject {
    func nextKey() -> Key?
}

/// Keys from a list, for tests and replays.
public final class ScriptedKeys: KeySource {
    private var keys: [Key]

    public init(_ keys: [Key]) { self.keys = keys }

    /// Keys for every character of `text` (Enter for newlines).
    public static func typing(_ text: String) -> [Key] {
        text.map { $0 == "\n" ? .enter : .character($0) }
    }

    public func nextKey() -> Key? {
        keys.isEmpty ? nil : keys.removeFirst()
    }
}

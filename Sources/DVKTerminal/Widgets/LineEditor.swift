import DVKCore

/// A one-line text editor: insertion at a cursor counted in Characters, Backspace/Delete by whole
/// Characters (an NFD "ổ" is one step), Home/End, the built-in Telex/VNI input, horizontal
/// scrolling to keep the cursor visible, and NFC text on commit.
public struct LineEditor: Sendable, Equatable {
    public private(set) var text: String
    /// Cursor position in Characters from the start.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// The text in NFC, as it is stored.
    public var committed: String { VietnameseText.nfc(text) }

    public mutating func set(_ newText: String) {
        text = newText
        cursor = newText.count
    }

    /// Inserts one typed character, letting the input method rewrite the word before the cursor.
    public mutating func insert(_ character: Character, input: VietnameseInput? = nil) {
        let index = text.index(text.startIndex, offsetBy: cursor)
        if let input, input.mode != .direct {
            let before = text[..<index]
            let wordStart = before.lastIndex(where: { !($0.isLetter || $0.isNumber) }).map { before.index(after: $0) } ?? before.startIndex
            let word = String(before[wordStart...])
            if let replacement = input.transform(word: word, typed: character) {
                let prefix = String(text[..<wordStart])
                text = prefix + replacement + String(text[index...])
                cursor = (prefix + replacement).count
                return
            }
        }
        // Insert scalar-wise so a combining mark merges with the previous Character.
        let before = String(text[..<index]) + String(character)
        text = before + String(text[index...])
        cursor = before.count
    }

    public mutating func insert(_ string: String) {
        for character in string { insert(character) }
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        let index = text.index(text.startIndex, offsetBy: cursor - 1)
        text.remove(at: index)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < text.count else { return }
        text.remove(at: text.index(text.startIndex, offsetBy: cursor))
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(text.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = text.count }

    /// Handles an editing key, readline's among them (Ctrl-A/E start and end, Ctrl-B/F a
    /// character back and forward, Alt-B/F a word, Ctrl-D delete, Ctrl-U/K cut to the start or
    /// the end, Ctrl-W cut the word before the cursor); returns false for keys it does not use.
    public mutating func handle(_ key: Key, input: VietnameseInput? = nil) -> Bool {
        switch key {
        case .character(let c): insert(c, input: input)
        case .backspace: backspace()
        case .delete, .control("d"): deleteForward()
        case .left, .control("b"): moveLeft()
        case .right, .control("f"): moveRight()
        case .home, .control("a"): moveHome()
        case .end, .control("e"): moveEnd()
        case .control("u"): cut(0..<cursor)
        case .control("k"): cut(cursor..<text.count)
        case .control("w"): cut(wordStart()..<cursor)
        case .alt("b"): cursor = wordStart()
        case .alt("f"): cursor = wordEnd()
        default: return false
        }
        return true
    }

    /// Removes the characters at `range` (counted in Characters) and leaves the cursor at its start.
    private mutating func cut(_ range: Range<Int>) {
        let characters = Array(text)
        text = String(characters[..<range.lowerBound] + characters[range.upperBound...])
        cursor = range.lowerBound
    }

    /// Where the word after the cursor ends (Alt-F).
    private func wordEnd() -> Int {
        let characters = Array(text)
        var index = cursor
        while index < characters.count && characters[index].isWhitespace { index += 1 }
        while index < characters.count && !characters[index].isWhitespace { index += 1 }
        return index
    }

    /// Where the word before the cursor starts (spaces before it included in the cut, as readline does).
    private func wordStart() -> Int {
        let characters = Array(text)
        var index = cursor
        while index > 0 && characters[index - 1].isWhitespace { index -= 1 }
        while index > 0 && !characters[index - 1].isWhitespace { index -= 1 }
        return index
    }

    /// What to show in `width` columns and where the cursor falls in it: the text scrolls
    /// horizontally so the cursor stays visible.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        let characters = Array(text)
        let widths = characters.map(TextWidth.columns(of:))
        var start = 0
        var cursorColumn = widths[0..<cursor].reduce(0, +)
        while cursorColumn >= width {
            cursorColumn -= widths[start]
            start += 1
        }
        var shown = ""
        var used = 0
        for index in start..<characters.count {
            if used + widths[index] > width { break }
            shown.append(characters[index])
            used += widths[index]
        }
        return (shown, cursorColumn)
    }
}

import CNcursesw
import DVKTerminal

extension NcursesTerminal {
    /// Blocks for the next key and decodes it; nil at the end of input.
    ///
    /// `wget_wch` answers ERR both for the end of input and for an interrupted read (EINTR) or
    /// bytes that are not valid in the locale (EILSEQ); only the first ends the input. Codes
    /// without a `Key` (a lone NUL, an unknown function key, a mouse event not asked for) are
    /// skipped. An ESC that ncurses hands over as it is starts a sequence terminfo did not list
    /// (`readEscapeSequence`): a key, something dropped, or Esc when nothing follows it.
    public func nextKey() -> Key? {
        guard let window else { return nil }
        if !pendingKeys.isEmpty { return pendingKeys.removeFirst() }
        var failures = 0
        while failures < 1000 {
            var code: wint_t = 0
            cn_clear_errno()
            switch wget_wch(window, &code) {
            case OK:
                failures = 0
                if code == 0x1B {
                    if let key = readEscapeSequence(window: window) { return key }
                } else if let key = KeyDecoder.character(UInt32(code)) {
                    return key
                }
            case KEY_CODE_YES:
                failures = 0
                if let key = NcursesTerminal.namedKey(Int32(bitPattern: code)) { return key }
            default:
                let error = cn_errno()
                guard error == EINTR || error == EILSEQ else { return nil }
                failures += 1
            }
        }
        return nil
    }

    /// The key for a KEY_CODE_YES code (reading the mouse event for KEY_MOUSE).
    private static func namedKey(_ keyCode: Int32) -> Key? {
        if keyCode == KEY_MOUSE { return readMouse().map(Key.mouse) }
        return KeyDecoder.keyCode(keyCode)
    }

    /// How long to wait for the byte after an ESC: not at all, since ncurses has already waited
    /// its escape delay and kept the bytes it read in its queue (a key typed just after Esc must
    /// stay a key); and for each further byte of a sequence once `ESC [` or `ESC O` has come.
    static let escapeFollowMilliseconds: Int32 = 0
    static let sequenceByteMilliseconds: Int32 = 50

    /// Reads what follows an ESC ncurses did not decode: the key of a known sequence, nil for
    /// one to drop, or Esc when nothing follows (or what follows starts no sequence — another
    /// ESC, a letter typed quickly — which is put back to be read next; so is `ESC [` or
    /// `ESC O` with nothing after it in time). A key ncurses decoded right after the ESC (Esc
    /// then Down sent together) comes next: the Esc is never lost.
    private func readEscapeSequence(window: UnsafeMutablePointer<WINDOW>) -> Key? {
        var body: [Unicode.Scalar] = []
        defer { wtimeout(window, -1) }
        while true {
            wtimeout(window, body.isEmpty ? Self.escapeFollowMilliseconds : Self.sequenceByteMilliseconds)
            var code: wint_t = 0
            switch wget_wch(window, &code) {
            case OK:
                if body.isEmpty && code == 0x1B {
                    unget_wch(wchar_t(bitPattern: UInt32(code)))
                    return .escape
                }
                guard let scalar = Unicode.Scalar(UInt32(code)) else { return nil }
                body.append(scalar)
                switch EscapeSequence.decode(body) {
                case .key(let key): return key
                case .ignore: return nil
                case .incomplete: continue
                case .escape:
                    unget_wch(wchar_t(bitPattern: UInt32(code)))
                    return .escape
                }
            case KEY_CODE_YES:
                let keyCode = Int32(bitPattern: code)
                let key = NcursesTerminal.namedKey(keyCode)
                if let key { pendingKeys.append(key) }
                return body.isEmpty ? .escape : nil
            default:
                // Nothing more in time (or the end of input): a lone ESC is the Esc key, and so
                // is one before a single `[` or `O` (put back as typed); a longer sequence cut
                // short is dropped.
                if body.isEmpty { return .escape }
                if body.count == 1, let first = body.first {
                    unget_wch(wchar_t(bitPattern: first.value))
                    return .escape
                }
                return nil
            }
        }
    }

    private static func readMouse() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        guard let kind = KeyDecoder.mouseKind(event.bstate) else { return nil }
        return MouseEvent(kind: kind, row: Int(event.y), column: Int(event.x))
    }
}

/// Turns ncurses' input codes into `Key`s.
enum KeyDecoder {
    /// A code point `wget_wch` returned with OK: control codes to named keys, the rest to
    /// characters.
    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 0x0A, 0x0D: return .enter
        case 0x09: return .tab
        case 0x08, 0x7F: return .backspace
        case 0x1B: return .escape
        case 0x01...0x1A:
            guard let letter = Unicode.Scalar(0x60 + code) else { return nil }
            return .control(Character(letter))
        case 0x00..<0x20, 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A key code `wget_wch` returned with KEY_CODE_YES (KEY_MOUSE is handled by the caller).
    static func keyCode(_ code: Int32) -> Key? {
        if code > KEY_F0, code <= KEY_F0 + 12 { return .function(Int(code - KEY_F0)) }
        switch code {
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_BTAB: return .backTab
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_A1, KEY_FIND: return .home  // vt220-style entries name ESC[1~ Find
        case KEY_END, KEY_C1, KEY_SELECT: return .end  // … and ESC[4~ Select
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_IC: return .insert
        case KEY_DC: return .delete
        case KEY_RESIZE: return .resize
        default: return nil
        }
    }

    /// The button state of a mouse event: left click, double click or a wheel step.
    static func mouseKind(_ state: mmask_t) -> MouseEvent.Kind? {
        if state & CN_BUTTON4_PRESSED != 0 { return .wheelUp }
        if state & CN_BUTTON5_PRESSED != 0 { return .wheelDown }
        if state & CN_BUTTON1_DOUBLE_CLICKED != 0 { return .doubleClick }
        if state & CN_BUTTON1_CLICKED != 0 { return .click }
        return nil
    }
}

import CNcursesw
import DVKTerminal

extension NcursesTerminal {
    /// Blocks for the next key and decodes it; nil at the end of input.
    ///
    /// `wget_wch` answers ERR both for the end of input and for an interrupted read (EINTR) or
    /// bytes that are not valid in the locale (EILSEQ); only the first ends the input. Codes
    /// without a `Key` (a lone NUL, an unknown function key, a mouse event not asked for) are
    /// skipped.
    public func nextKey() -> Key? {
        guard let window else { return nil }
        var failures = 0
        while failures < 1000 {
            var code: wint_t = 0
            cn_clear_errno()
            switch wget_wch(window, &code) {
            case OK:
                failures = 0
                if let key = KeyDecoder.character(UInt32(code)) { return key }
            case KEY_CODE_YES:
                failures = 0
                let keyCode = Int32(bitPattern: code)
                if keyCode == KEY_MOUSE {
                    if let event = NcursesTerminal.readMouse() { return .mouse(event) }
                } else if let key = KeyDecoder.keyCode(keyCode) {
                    return key
                }
            default:
                let error = cn_errno()
                guard error == EINTR || error == EILSEQ else { return nil }
                failures += 1
            }
        }
        return nil
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
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
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

import CNcursesw
import DVKTerminal
import Testing
@testable import DVKNcurses

extension NcursesTests {
    /// Keys pushed back into ncurses' input queue come out as the right `Key`s.
    @Suite
    struct HeadlessInputTests {
        /// One input to inject: a code point (through `unget_wch`) or a key code (through `ungetch`).
        enum Input {
            case wide(UInt32)
            case code(Int32)
        }

        /// Pushes `inputs` so they are read in the order given (the queue is a stack: LIFO).
        static func inject(_ inputs: [Input]) {
            for input in inputs.reversed() {
                switch input {
                case .wide(let value): unget_wch(wchar_t(bitPattern: value))
                case .code(let code): ungetch(code)
                }
            }
        }

        static func readAll(_ terminal: NcursesTerminal, count: Int) -> [Key?] {
            (0..<count).map { _ in terminal.nextKey() }
        }

        @Test func typedCharactersAndControlCodesBecomeKeys() throws {
            let terminal = try NcursesTerminal.headless(rows: 24, columns: 80)
            defer { terminal.stop() }
            Self.inject([.wide(0x1EE9), .wide(0x110), .wide(0x0D), .wide(0x0A), .wide(0x7F), .wide(0x08),
                         .wide(0x13), .wide(0x03), .wide(0x09), .wide(0x61), .wide(0x4E2D)])
            let keys = Self.readAll(terminal, count: 11)
            #expect(keys == [.character("ứ"), .character("Đ"), .enter, .enter, .backspace, .backspace,
                             .control("s"), .control("c"), .tab, .character("a"), .character("中")])
        }

        @Test func namedKeysAndResizeBecomeKeys() throws {
            let terminal = try NcursesTerminal.headless(rows: 24, columns: 80)
            defer { terminal.stop() }
            Self.inject([.code(KEY_RESIZE), .code(KEY_UP), .code(KEY_DOWN), .code(KEY_LEFT), .code(KEY_RIGHT),
                         .code(KEY_HOME), .code(KEY_END), .code(KEY_PPAGE), .code(KEY_NPAGE), .code(KEY_IC),
                         .code(KEY_DC), .code(KEY_BTAB), .code(KEY_ENTER), .code(KEY_BACKSPACE),
                         .code(cn_key_f(1)), .code(cn_key_f(12))])
            let keys = Self.readAll(terminal, count: 16)
            #expect(keys == [.resize, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .insert,
                             .delete, .backTab, .enter, .backspace, .function(1), .function(12)])
        }

        @Test func escapeIsAKeyAndTheEndOfInputIsNil() throws {
            let terminal = try NcursesTerminal.headless(rows: 24, columns: 80)
            defer { terminal.stop() }
            Self.inject([.wide(0x1B)])
            #expect(terminal.nextKey() == .escape)
            #expect(terminal.nextKey() == nil)
        }

        /// The bytes of `text` as ncurses reads them from a terminal.
        static func bytes(_ text: String) -> [Input] { text.unicodeScalars.map { .wide($0.value) } }

        /// tmux and PuTTY send `ESC[1~`/`ESC[4~` for Home/End under TERM=xterm-256color, which the
        /// xterm entry does not list: they and the other spellings terminals use are keys, not an
        /// Esc followed by letters.
        @Test func homeEndAndOtherSequencesOutsideTerminfoAreKeys() throws {
            let terminal = try NcursesTerminal.headless(rows: 24, columns: 80)
            defer { terminal.stop() }
            let sequences: [(String, Key)] = [
                ("\u{1B}[1~", .home), ("\u{1B}[4~", .end), ("\u{1B}[H", .home), ("\u{1B}[F", .end),
                ("\u{1B}OH", .home), ("\u{1B}OF", .end), ("\u{1B}[7~", .home), ("\u{1B}[8~", .end),
                ("\u{1B}[A", .up), ("\u{1B}OB", .down), ("\u{1B}[1;5C", .right), ("\u{1B}[3~", .delete),
                ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown), ("\u{1B}[15~", .function(5)), ("\u{1B}OP", .function(1)),
                ("\u{1B}[Z", .backTab), ("\u{1B}[[A", .function(1)),
            ]
            for (sequence, key) in sequences {
                Self.inject(Self.bytes(sequence + "a"))
                let read = Self.readAll(terminal, count: 2)
                #expect(read == [key, .character("a")], "\(sequence.debugDescription)")
            }
            // Where terminfo calls them Find and Select (vt220 and its kin), they are Home and End too.
            Self.inject([.code(KEY_FIND), .code(KEY_SELECT)])
            #expect(Self.readAll(terminal, count: 2) == [.home, .end])
        }

        /// A sequence dvk has no key for (bracketed paste marks, focus reports, an unknown
        /// function key, a mouse report not asked for) is dropped whole.
        @Test func unknownSequencesAreDroppedNeverReadAsEscape() throws {
            let terminal = try NcursesTerminal.headless(rows: 24, columns: 80)
            defer { terminal.stop() }
            for sequence in ["\u{1B}[200~", "\u{1B}[99~", "\u{1B}[I", "\u{1B}[O", "\u{1B}[<0;12;5M", "\u{1B}[M !!", "\u{1B}[1;2X",
                             "\u{1B}Oz", "\u{1B}[?1;2c"] {
                Self.inject(Self.bytes(sequence + "b"))
                #expect(terminal.nextKey() == .character("b"), "\(sequence.debugDescription)")
            }
        }

        /// Esc pressed twice is two Escs; Esc before a sequence is an Esc and then its key; Esc
        /// and a letter typed right after it (Esc then `q` to quit) are both kept, and so is an
        /// Esc then `[` or `O` with nothing after.
        @Test func escapeBeforeEscapeOrASequenceOrALetterStaysEscape() throws {
            let terminal = try NcursesTerminal.headless(rows: 24, columns: 80)
            defer { terminal.stop() }
            Self.inject(Self.bytes("\u{1B}\u{1B}\u{1B}[4~\u{1B}q\u{1B}x"))
            // ESC and a letter arrive as one key the app splits back into Esc and the letter
            // (Key.splitAlt) unless a text field takes it as Alt-B/Alt-F.
            #expect(Self.readAll(terminal, count: 5) == [.escape, .escape, .end, .alt("q"), .alt("x")])
            #expect([Key.alt("q"), .alt("x")].flatMap(\.splitAlt) == [.escape, .character("q"), .escape, .character("x")])
            #expect(terminal.nextKey() == nil)
            Self.inject(Self.bytes("\u{1B}["))
            #expect(Self.readAll(terminal, count: 2) == [.escape, .character("[")])
            // Esc and Down sent together: ncurses decodes the arrow after the ESC; both count.
            Self.inject([.wide(0x1B), .code(KEY_DOWN), .wide(0x1B), .code(KEY_RESIZE)])
            #expect(Self.readAll(terminal, count: 4) == [.escape, .down, .escape, .resize])
        }

        @Test func codesWithoutAKeyAreSkipped() throws {
            let terminal = try NcursesTerminal.headless(rows: 24, columns: 80)
            defer { terminal.stop() }
            Self.inject([.wide(0x00), .wide(0x1C), .code(cn_key_f(20)), .wide(0x62)])
            #expect(terminal.nextKey() == .character("b"))
        }

        @Test func mouseClicksAndWheelStepsBecomeMouseKeys() throws {
            let terminal = try NcursesTerminal.headless(rows: 24, columns: 80)
            defer { terminal.stop() }
            let events: [(mmask_t, MouseEvent.Kind)] = [
                (CN_BUTTON1_CLICKED, .click), (CN_BUTTON1_DOUBLE_CLICKED, .doubleClick),
                (CN_BUTTON4_PRESSED, .wheelUp), (CN_BUTTON5_PRESSED, .wheelDown),
            ]
            for (index, (state, kind)) in events.enumerated() {
                var event = MEVENT()
                event.x = Int32(10 + index)
                event.y = 3
                event.bstate = state
                #expect(ungetmouse(&event) == OK)
                #expect(terminal.nextKey() == .mouse(MouseEvent(kind: kind, row: 3, column: 10 + index)))
            }
        }

        @Test func theDecoderMapsEveryControlLetter() {
            #expect(KeyDecoder.character(0x01) == .control("a"))
            #expect(KeyDecoder.character(0x1A) == .control("z"))
            #expect(KeyDecoder.character(0x09) == .tab)
            #expect(KeyDecoder.character(0x0D) == .enter)
            #expect(KeyDecoder.character(0x9B) == nil)
            #expect(KeyDecoder.character(0xD800) == nil)
            #expect(KeyDecoder.keyCode(cn_key_f(13)) == nil)
            #expect(KeyDecoder.mouseKind(0) == nil)
        }
    }
}

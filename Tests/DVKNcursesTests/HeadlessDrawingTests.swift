import CNcursesw
import DVKCore
import DVKTerminal
import Testing
@testable import DVKNcurses

extension NcursesTests {
    /// Real ncurses on /dev/null: what the adapter draws must be what MemoryScreen draws.
    @Suite
    struct HeadlessDrawingTests {
        static let nfc = "Ủy ban Mặt trận Tổ quốc"
        static let nfd = "U\u{309}y ban Ma\u{323}\u{306}t tra\u{323}\u{302}n To\u{302}\u{309} quo\u{302}\u{301}c"

        /// The sample every screen draws: bars, a box, both normal forms, wide text, clipping and
        /// control characters.
        static func drawSample(on screen: Screen) {
            let width = screen.size.columns
            screen.fill(row: 0, column: 0, width: width, style: Style(.title))
            screen.put(" Dân vận khéo — Đức Phổ", row: 0, column: 0, style: Style(.title))
            screen.drawBox(top: 1, left: 0, height: 5, width: width)
            screen.put(TextWidth.padded(nfc, to: width - 2), row: 2, column: 1, style: Style(.selected))
            screen.put(TextWidth.padded(nfd, to: width - 2), row: 3, column: 1, style: Style(.marked))
            screen.put("Mô hình “Dân vận khéo” – Phường Nguyễn Nghiêm, tỉnh Quảng Ngãi", row: 4, column: 1, style: Style(.hint))
            screen.put("中文字 và 😀 ok", row: 6, column: 2, style: Style(.error, bold: true))
            screen.put("ab中文", row: 7, column: width - 3, style: Style(.warning))
            screen.put("A\u{1B}[31mB\tC\u{7}D\u{9B}E\u{7F}F\u{202E}G\u{2066}H", row: 8, column: 0, style: Style(.field, underline: true))
            screen.put("\u{301}lẻ loi", row: 9, column: 0, style: Style(.success))
            screen.put("chữ ở góc", row: screen.size.rows - 1, column: width - 9, style: Style(.hintKey))
        }

        @Test func theSampleRowsEqualTheMemoryScreenRowsScalarForScalar() throws {
            let terminal = try NcursesTerminal.headless(rows: 12, columns: 40)
            defer { terminal.stop() }
            let memory = MemoryScreen(rows: 12, columns: 40)
            Self.drawSample(on: terminal)
            Self.drawSample(on: memory)
            terminal.present()

            let ncursesRows = terminal.readScreenLines()
            #expect(ncursesRows == memory.lines())
            #expect(ncursesRows.map { Array($0.unicodeScalars) } == memory.lines().map { Array($0.unicodeScalars) })
        }

        @Test func theNFDRowStaysDecomposedAndLinesUpWithItsNFCTwin() throws {
            #expect(Self.nfc == Self.nfd)
            #expect(Self.nfc.unicodeScalars.count != Self.nfd.unicodeScalars.count)
            let terminal = try NcursesTerminal.headless(rows: 12, columns: 40)
            defer { terminal.stop() }
            Self.drawSample(on: terminal)
            let rows = terminal.readScreenLines()
            #expect(rows[3].unicodeScalars.contains("\u{309}"))
            #expect(rows[2].hasSuffix("│"))
            #expect(rows[3].hasSuffix("│"))
            #expect(TextWidth.columns(of: rows[3]) == 40)
        }

        @Test func textLongerThanTheWidthIsClippedAtTheEdgeWithoutWrapping() throws {
            let terminal = try NcursesTerminal.headless(rows: 12, columns: 40)
            defer { terminal.stop() }
            Self.drawSample(on: terminal)
            let rows = terminal.readScreenLines()
            #expect(rows[4] == "│Mô hình “Dân vận khéo” – Phường Nguyễn")
            #expect(TextWidth.columns(of: rows[4]) == 39)
            #expect(rows[5] == "└" + String(repeating: "─", count: 38) + "┘")
            #expect(rows[7].hasSuffix("ab"))
            #expect(rows[11].hasSuffix("chữ ở góc"))
        }

        @Test func controlCharactersEscapeSequencesAndBidiOverridesNeverReachTheScreen() throws {
            let terminal = try NcursesTerminal.headless(rows: 12, columns: 40)
            defer { terminal.stop() }
            Self.drawSample(on: terminal)
            let rows = terminal.readScreenLines()
            #expect(rows[8] == "A [31mB C D E FGH")
            for row in rows {
                #expect(!row.unicodeScalars.contains(where: TerminalText.isUnsafe))
            }
        }

        @Test func wideCharactersTakeTwoColumns() throws {
            let terminal = try NcursesTerminal.headless(rows: 12, columns: 40)
            defer { terminal.stop() }
            Self.drawSample(on: terminal)
            #expect(terminal.readScreenLines()[6] == "  中文字 và 😀 ok")
            let window = try #require(cn_stdscr())
            #expect(CellText.read(window: window, row: 6, column: 2) == (["中"], 2))
            #expect(CellText.read(window: window, row: 6, column: 12) == (["😀"], 2))
        }

        @Test func aClusterTheCLibraryMeasuresDifferentlyKeepsTheRowAligned() throws {
            let terminal = try NcursesTerminal.headless(rows: 3, columns: 20)
            defer { terminal.stop() }
            let family = "👨\u{200D}👩\u{200D}👧"
            #expect(TextWidth.columns(of: family) == 2)
            terminal.put(family + "|", row: 0, column: 0, style: .normal)
            #expect(terminal.readScreenLines()[0] == "👨|")
        }

        @Test func resizetermChangesTheSize() throws {
            let terminal = try NcursesTerminal.headless(rows: 24, columns: 80)
            defer { terminal.stop() }
            #expect(terminal.size == (24, 80))
            #expect(resizeterm(30, 100) == OK)
            #expect(terminal.size == (30, 100))
            #expect(terminal.nextKey() == .resize)
            terminal.put("cuối", row: 29, column: 96, style: .normal)
            let rows = terminal.readScreenLines()
            #expect(rows.count == 30)
            #expect(rows[29].hasSuffix("cuối"))
            #expect(resizeterm(6, 30) == OK)
            #expect(terminal.size == (6, 30))
            #expect(terminal.readScreenLines().allSatisfy { TextWidth.columns(of: $0) <= 30 })
        }

        @Test func drawingOutsideTheScreenIsIgnored() throws {
            let terminal = try NcursesTerminal.headless(rows: 5, columns: 10)
            defer { terminal.stop() }
            for (row, column) in [(-1, 0), (5, 0), (0, 10), (0, -3)] {
                terminal.put("x", row: row, column: column, style: .normal)
            }
            #expect(terminal.readScreenLines().allSatisfy { $0.isEmpty })
        }

        @Test func clearBlanksTheScreenAndTheCursorCanBePlaced() throws {
            let terminal = try NcursesTerminal.headless(rows: 5, columns: 10)
            defer { terminal.stop() }
            terminal.put("xin chào", row: 1, column: 1, style: .normal)
            terminal.setCursor(row: 1, column: 4)
            terminal.present()
            let window = try #require(cn_stdscr())
            #expect(getcury(window) == 1)
            #expect(getcurx(window) == 4)
            terminal.hideCursor()
            terminal.clear()
            terminal.present()
            #expect(terminal.readScreenLines().allSatisfy { $0.isEmpty })
        }
    }
}

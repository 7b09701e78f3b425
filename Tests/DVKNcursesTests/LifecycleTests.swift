import CNcursesw
import DVKCore
import DVKTerminal
import Testing
@testable import DVKNcurses

extension NcursesTests {
    /// Colours, monochrome, stopping, and the refusals at start-up.
    @Suite
    struct LifecycleTests {
        static func drawEveryRole(on screen: Screen) {
            for (row, role) in Style.Role.allCases.enumerated() {
                screen.put("\(role) – vai trò", row: row, column: 0, style: Style(role))
                screen.put("đậm", row: row, column: 30, style: Style(role, bold: true, underline: true))
            }
            screen.present()
        }

        @Test func noColorGivesMonochromeStylesThatStillDraw() throws {
            let terminal = try NcursesTerminal.headless(rows: 20, columns: 40, environment: ["NO_COLOR": ""])
            defer { terminal.stop() }
            #expect(!terminal.usesColour)
            Self.drawEveryRole(on: terminal)
            let memory = MemoryScreen(rows: 20, columns: 40)
            Self.drawEveryRole(on: memory)
            #expect(terminal.readScreenLines() == memory.lines())
            for role in Style.Role.allCases {
                #expect(terminal.palette.look(for: Style(role)).pair == 0)
            }
            #expect(terminal.palette.look(for: Style(.selected)).attributes & CN_A_REVERSE != 0)
            #expect(terminal.palette.look(for: Style(.title)).attributes & CN_A_BOLD != 0)
            #expect(terminal.palette.look(for: Style(.field)).attributes & CN_A_UNDERLINE != 0)
            #expect(terminal.palette.look(for: Style(.hint)).attributes & CN_A_DIM != 0)
        }

        @Test func colourStylesUseTheirPairsInTheCells() throws {
            let terminal = try NcursesTerminal.headless(rows: 20, columns: 40)
            defer { terminal.stop() }
            #expect(terminal.usesColour)
            Self.drawEveryRole(on: terminal)
            let window = try #require(cn_stdscr())
            for (row, role) in Style.Role.allCases.enumerated() {
                var cell = cchar_t()
                var characters = [wchar_t](repeating: 0, count: 8)
                var attributes: attr_t = 0
                var pair: Int16 = 0
                #expect(mvwin_wch(window, Int32(row), 0, &cell) == OK)
                #expect(getcchar(&cell, &characters, &attributes, &pair, nil) == OK)
                #expect(pair == terminal.palette.look(for: Style(role)).pair, "\(role)")
            }
            #expect(terminal.palette.look(for: Style(.title)).pair != 0)
            #expect(terminal.palette.look(for: Style(.normal)) == CellLook(attributes: CN_A_NORMAL, pair: 0))
        }

        @Test func stopIsIdempotentAndLeavesANeutralTerminal() throws {
            let terminal = try NcursesTerminal.headless(rows: 5, columns: 10)
            terminal.stop()
            terminal.stop()
            #expect(terminal.isStopped)
            #expect(terminal.size == (0, 0))
            terminal.put("x", row: 0, column: 0, style: .normal)
            terminal.present()
            #expect(terminal.nextKey() == nil)
            #expect(terminal.readScreenLines().isEmpty)
        }

        @Test func aTerminalWithoutCursorAddressingIsRecognised() throws {
            for (name, expected) in [("dumb", false), ("xterm-256color", true)] {
                let output = try #require(fopen("/dev/null", "w"))
                let input = try #require(fopen("/dev/null", "r"))
                let screen = try #require(newterm(name, output, input))
                set_term(screen)
                #expect(NcursesTerminal.canAddressCursor() == expected, "\(name)")
                endwin()
                delscreen(screen)
                fclose(output)
                fclose(input)
            }
        }

        @Test(.enabled(if: isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0))
        func startingWithoutATerminalIsRefused() {
            #expect(throws: TerminalError.notATerminal) {
                _ = try NcursesTerminal.start(environment: ["TERM": "xterm-256color"])
            }
        }

        @Test func errorsSpeakBothLanguagesAndExitWithTwo() {
            let errors: [TerminalError] = [.notATerminal, .unknownTerminal(""), .unknownTerminal("bogus"),
                                           .noCursorAddressing("dumb"), .headlessUnavailable]
            for error in errors {
                #expect(error.exitCode == 2)
                #expect(!error.message(.vi).isEmpty)
                #expect(!error.message(.en).isEmpty)
                #expect(error.message(.vi) != error.message(.en))
            }
            #expect(TerminalError.unknownTerminal("bogus").message(.en).contains("bogus"))
            #expect(TerminalError.noCursorAddressing("dumb").message(.vi).contains("dumb"))
        }
    }
}

import CNcursesw

extension NcursesTerminal {
    /// Takes over the user's terminal, in the order docs/swift-ncurses.md §3 gives.
    ///
    /// `environment` supplies `TERM` and `NO_COLOR`. Throws `TerminalError` (exit code 2) when
    /// standard input or output is not a terminal, `TERM` is unset or unknown, or the terminal
    /// cannot address the cursor; nothing has been drawn then. Once started, SIGTERM, SIGHUP and
    /// crashes restore the terminal before the process ends.
    public static func start(environment: [String: String]) throws -> NcursesTerminal {
        UTF8Locale.prepare()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        let name = environment["TERM"] ?? ""
        guard !name.isEmpty else { throw TerminalError.unknownTerminal("") }
        // Before newterm, so ncurses keeps its hands off SIGINT/SIGTERM and ours run instead.
        cn_install_restore_handlers()
        guard let screen = newterm(name, cn_stdout(), cn_stdin()) else {
            throw TerminalError.unknownTerminal(name)
        }
        set_term(screen)
        guard let window = cn_stdscr(), canAddressCursor() else {
            endwin()
            delscreen(screen)
            throw TerminalError.noCursorAddressing(name)
        }
        return NcursesTerminal(screen: screen, window: window, files: [], environment: environment)
    }

    /// A real ncurses screen that draws into /dev/null and reads from it, for tests.
    ///
    /// Uses the xterm-256color terminfo entry at `rows` × `columns`. `environment` is only read
    /// for `NO_COLOR`. Input comes from `unget_wch`/`ungetch`; after those, `nextKey()` is nil.
    public static func headless(rows: Int, columns: Int, environment: [String: String] = [:]) throws -> NcursesTerminal {
        UTF8Locale.prepare()
        guard let output = fopen("/dev/null", "w") else { throw TerminalError.headlessUnavailable }
        guard let input = fopen("/dev/null", "r") else {
            fclose(output)
            throw TerminalError.headlessUnavailable
        }
        guard let screen = newterm("xterm-256color", output, input) else {
            fclose(output)
            fclose(input)
            throw TerminalError.headlessUnavailable
        }
        set_term(screen)
        guard let window = cn_stdscr() else {
            endwin()
            delscreen(screen)
            fclose(output)
            fclose(input)
            throw TerminalError.headlessUnavailable
        }
        resizeterm(Int32(clamping: rows), Int32(clamping: columns))
        flushinp()  // resizeterm queues a KEY_RESIZE; a fresh terminal starts with no input
        return NcursesTerminal(screen: screen, window: window, files: [output, input], environment: environment)
    }

    /// `TERM=dumb` and the like pass newterm but have no `cup`, so they would print garbage.
    static func canAddressCursor() -> Bool {
        guard let cup = tigetstr("cup") else { return false }
        return Int(bitPattern: cup) != -1
    }
}

/// The process locale ncursesw needs: without a UTF-8 LC_CTYPE, Vietnamese is drawn as blanks
/// and typed Vietnamese letters come back as errors.
enum UTF8Locale {
    /// The user's locale, or C.UTF-8 for the character type when theirs is not UTF-8 (CI and
    /// cron often run with LANG unset).
    static func prepare() {
        setlocale(LC_ALL, "")
        guard cn_locale_is_utf8() == 0 else { return }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] {
            if setlocale(LC_CTYPE, name) != nil, cn_locale_is_utf8() != 0 { return }
        }
    }
}

import CNcursesw
import DVKTerminal

/// The real terminal, through ncursesw: a `Screen` to draw on and a `KeySource` to read from.
///
/// Create it with `start(environment:)` (the user's terminal) or `headless(rows:columns:)`
/// (tests, no TTY needed), and end it with `stop()`. ncurses is global state: use one instance at
/// a time, from one thread.
public final class NcursesTerminal: Screen, KeySource {
    /// The ncurses screen; nil once stopped.
    private var screen: OpaquePointer?
    /// Its standard window; nil once stopped.
    var window: UnsafeMutablePointer<WINDOW>?
    /// Files opened for a headless screen, closed by `stop()`.
    private var files: [UnsafeMutablePointer<FILE>]
    /// Colours or their monochrome twin.
    let palette: Palette
    /// Where the cursor should show after `present()`; nil hides it.
    var cursor: (row: Int, column: Int)?
    /// Keys already read and decoded but not yet returned (a key that came right after an Esc).
    var pendingKeys: [Key] = []

    init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, files: [UnsafeMutablePointer<FILE>],
         environment: [String: String]) {
        self.screen = screen
        self.window = window
        self.files = files
        NcursesTerminal.configureInput(window: window)
        palette = Palette.setUp(environment: environment)
    }

    deinit { stop() }

    /// Whether styles are drawn in colour (false without colours or with `NO_COLOR`).
    public var usesColour: Bool { palette.usesColour }

    /// Whether `stop()` has run.
    public var isStopped: Bool { screen == nil }

    /// Leaves curses mode and frees the screen, giving the terminal back as it was. Safe to call
    /// more than once; drawing and reading do nothing afterwards.
    public func stop() {
        guard let screen else { return }
        set_term(screen)
        endwin()
        delscreen(screen)
        self.screen = nil
        window = nil
        cursor = nil
        pendingKeys = []
        for file in files { fclose(file) }
        files = []
    }

    /// Raw keys (Ctrl-C and Ctrl-S arrive as keys: raw mode turns flow control off), no echo,
    /// named keys decoded, a short Esc delay, clicks and wheel reported, cursor hidden until
    /// `setCursor`. Sequences terminfo does not know are read by `nextKey` (`EscapeSequence`).
    private static func configureInput(window: UnsafeMutablePointer<WINDOW>) {
        raw()
        noecho()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        setMouse(enabled: true)
    }

    /// Turns mouse reporting on or off. While it is on, most terminals select text with
    /// Shift held down.
    public func setMouseEnabled(_ enabled: Bool) {
        guard screen != nil else { return }
        NcursesTerminal.setMouse(enabled: enabled)
    }

    private static func setMouse(enabled: Bool) {
        let events = CN_BUTTON1_CLICKED | CN_BUTTON1_DOUBLE_CLICKED | CN_BUTTON4_PRESSED | CN_BUTTON5_PRESSED
        mousemask(enabled ? events : 0, nil)
    }
}

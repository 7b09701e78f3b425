import CNcursesw
import DVKTerminal

/// What ncurses draws for a `Style`: attribute bits and a colour pair (0 = the terminal's own).
struct CellLook: Equatable {
    var attributes: attr_t
    var pair: Int16
}

/// The mapping from style roles to colours, with a monochrome twin for terminals without colour
/// and for `NO_COLOR`.
///
/// Sober on purpose: colour only where it carries meaning (bars, marks, messages); selection and
/// focus use reverse video so they read the same with and without colour.
struct Palette {
    /// A role's colours: foreground and background (-1 = the terminal's default).
    private struct Colours {
        var foreground: Int16
        var background: Int16
    }

    /// Whether colour pairs are in use.
    let usesColour: Bool

    /// Only through `monochrome` or `setUp(environment:)`, which defines the pairs first.
    private init(usesColour: Bool) { self.usesColour = usesColour }

    /// The monochrome palette (no ncurses calls needed).
    static let monochrome = Palette(usesColour: false)

    /// Starts colour on the current screen and defines a pair per role; monochrome when the
    /// terminal has no colours or `NO_COLOR` is set (to any value, even empty).
    static func setUp(environment: [String: String]) -> Palette {
        guard environment["NO_COLOR"] == nil, has_colors() else { return .monochrome }
        guard start_color() == OK else { return .monochrome }
        let terminalDefaults = use_default_colors() == OK
        for role in Style.Role.allCases {
            guard let colours = colours(for: role) else { continue }
            let foreground = colours.foreground < 0 && !terminalDefaults ? Int16(COLOR_WHITE) : colours.foreground
            let background = colours.background < 0 && !terminalDefaults ? Int16(COLOR_BLACK) : colours.background
            init_pair(pairNumber(for: role), foreground, background)
        }
        return Palette(usesColour: true)
    }

    /// The attributes and pair that draw `style`.
    func look(for style: Style) -> CellLook {
        var attributes = usesColour ? Palette.colourAttributes(for: style.role) : Palette.monochromeAttributes(for: style.role)
        if style.bold { attributes |= CN_A_BOLD }
        if style.underline { attributes |= CN_A_UNDERLINE }
        let pair = usesColour && Palette.colours(for: style.role) != nil ? Palette.pairNumber(for: style.role) : 0
        return CellLook(attributes: attributes, pair: pair)
    }

    /// Pair numbers start at 1; 0 is the terminal's default pair.
    private static func pairNumber(for role: Style.Role) -> Int16 { Int16(role.rawValue + 1) }

    private static func colours(for role: Style.Role) -> Colours? {
        let terminal: Int16 = -1
        switch role {
        case .title, .header: return Colours(foreground: Int16(COLOR_WHITE), background: Int16(COLOR_BLUE))
        case .marked, .warning: return Colours(foreground: Int16(COLOR_YELLOW), background: terminal)
        case .error: return Colours(foreground: Int16(COLOR_RED), background: terminal)
        case .success: return Colours(foreground: Int16(COLOR_GREEN), background: terminal)
        case .normal, .selected, .hint, .hintKey, .field, .fieldFocused, .dim, .border: return nil
        }
    }

    private static func colourAttributes(for role: Style.Role) -> attr_t {
        switch role {
        case .title, .header, .marked, .error: return CN_A_BOLD
        case .selected, .fieldFocused: return CN_A_REVERSE
        case .hintKey: return CN_A_BOLD | CN_A_REVERSE
        case .hint, .dim: return CN_A_DIM
        case .field: return CN_A_UNDERLINE
        case .normal, .warning, .success, .border: return CN_A_NORMAL
        }
    }

    private static func monochromeAttributes(for role: Style.Role) -> attr_t {
        switch role {
        case .title, .header, .hintKey: return CN_A_BOLD | CN_A_REVERSE
        case .selected, .fieldFocused: return CN_A_REVERSE
        case .marked, .error, .warning: return CN_A_BOLD
        case .hint, .dim: return CN_A_DIM
        case .field: return CN_A_UNDERLINE
        case .normal, .success, .border: return CN_A_NORMAL
        }
    }
}

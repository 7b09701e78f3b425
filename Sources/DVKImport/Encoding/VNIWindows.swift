/// VNI-Windows (the code of the VNI fonts, VNI-Times…): a Vietnamese letter is its base letter
/// followed by one mark byte, both over Windows-1252 ("Vieät" is "Việt": e, then "ä" for
/// circumflex with dot below). ơ ư đ, the toned i and ỵ are single bytes of their own ("ô" ơ,
/// "ö" ư, "ñ" đ, "í ì æ ó ò" í ì ỉ ĩ ị, "î" ỵ), and ơ ư take a tone mark after them too.
/// Upper-case letters use the upper-case bytes ("AÙ" Á, "Ñ" Đ).
enum VNIWindows {
    /// The text of `bytes`, in NFC. A mark byte counts as a mark only right after a letter it
    /// can go on (a mark of either case, the letter's case wins); anywhere else it, like every
    /// byte that is no VNI letter, is read as Windows-1252.
    static func decode(_ bytes: some Collection<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        var previous = Base.none
        for byte in bytes {
            if let mark = marks[byte], mark.fits(previous) {
                scalars.append(contentsOf: mark.combining)
                previous = .none
            } else if let letter = letters[byte] {
                scalars.append(letter)
                previous = letter == "ơ" || letter == "Ơ" || letter == "ư" || letter == "Ư" ? .toneOnly : .none
            } else {
                let scalar = byte < 0x80 ? Unicode.Scalar(byte) : Windows1252.scalar(byte)
                scalars.append(scalar)
                previous = Base(scalar)
            }
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    /// What marks the byte before a mark can take.
    enum Base {
        case none
        /// u, y, ơ, ư: a tone only.
        case toneOnly
        /// e, o: a tone or a circumflex (with a tone).
        case circumflexOrTone
        /// a: a tone, a circumflex or a breve (each with a tone).
        case any

        init(_ scalar: Unicode.Scalar) {
            switch scalar {
            case "a", "A": self = .any
            case "e", "E", "o", "O": self = .circumflexOrTone
            case "u", "U", "y", "Y": self = .toneOnly
            default: self = .none
            }
        }
    }

    /// One mark byte: the combining marks it adds, and which letters take it.
    struct Mark {
        enum Kind { case tone, circumflex, breve }
        var kind: Kind
        var combining: [Unicode.Scalar]

        func fits(_ base: Base) -> Bool {
            switch (kind, base) {
            case (_, .none): return false
            case (.tone, _): return true
            case (.circumflex, .circumflexOrTone), (.circumflex, .any): return true
            case (.breve, .any): return true
            default: return false
            }
        }
    }

    /// The tones in the order the mark tables list them: sắc, huyền, hỏi, ngã, nặng.
    private static let tones: [Unicode.Scalar] = ["\u{0301}", "\u{0300}", "\u{0309}", "\u{0303}", "\u{0323}"]

    /// Every mark byte, lower case and upper case.
    static let marks: [UInt8: Mark] = {
        var marks: [UInt8: Mark] = [:]
        func add(_ kind: Mark.Kind, plain: [UInt8], toned: [UInt8], modifier: Unicode.Scalar?) {
            for byte in plain { marks[byte] = Mark(kind: kind, combining: modifier.map { [$0] } ?? []) }
            for (index, byte) in toned.enumerated() {
                marks[byte] = Mark(kind: kind, combining: (modifier.map { [$0] } ?? []) + [tones[index % 5]])
            }
        }
        // Tones alone:           ù ø û õ ï  /  Ù Ø Û Õ Ï
        add(.tone, plain: [], toned: [0xF9, 0xF8, 0xFB, 0xF5, 0xEF, 0xD9, 0xD8, 0xDB, 0xD5, 0xCF], modifier: nil)
        // Circumflex: â, then á à å ã ä  /  Â, then Á À Å Ã Ä
        add(.circumflex, plain: [0xE2, 0xC2], toned: [0xE1, 0xE0, 0xE5, 0xE3, 0xE4, 0xC1, 0xC0, 0xC5, 0xC3, 0xC4], modifier: "\u{0302}")
        // Breve: ê, then é è ú ü ë  /  Ê, then É È Ú Ü Ë
        add(.breve, plain: [0xEA, 0xCA], toned: [0xE9, 0xE8, 0xFA, 0xFC, 0xEB, 0xC9, 0xC8, 0xDA, 0xDC, 0xCB], modifier: "\u{0306}")
        return marks
    }()

    /// The letters VNI writes as one byte.
    static let letters: [UInt8: Unicode.Scalar] = [
        0xF1: "đ", 0xD1: "Đ", 0xF4: "ơ", 0xD4: "Ơ", 0xF6: "ư", 0xD6: "Ư",
        0xED: "í", 0xEC: "ì", 0xE6: "ỉ", 0xF3: "ĩ", 0xF2: "ị", 0xEE: "ỵ",
        0xCD: "Í", 0xCC: "Ì", 0xC6: "Ỉ", 0xD3: "Ĩ", 0xD2: "Ị", 0xCE: "Ỵ",
    ]
}

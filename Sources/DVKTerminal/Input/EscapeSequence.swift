/// Reads what a terminal sends after an ESC byte, for the sequences its terminfo entry does not
/// list (tmux and PuTTY send `ESC[1~`/`ESC[4~` for Home/End under TERM=xterm-256color, whose
/// entry says `ESC O H`/`ESC O F`).
///
/// Every sequence ends in one of three ways: a key dvk knows (Home, End, arrows, F-keys…), a
/// sequence to drop whole (bracketed paste marks, focus and mouse reports, an unknown key), or
/// — when the terminal sent nothing after the ESC, or something that starts no sequence (Esc
/// then `q` typed quickly, Alt with a letter) — the Esc key, the rest read as typed. A CSI or
/// SS3 sequence is never read as Esc followed by letters, which would close a form or ask to
/// discard its changes.
///
/// The grammar is ECMA-48's: CSI is `ESC [`, parameter bytes 0x30–0x3F, intermediate bytes
/// 0x20–0x2F, one final byte 0x40–0x7E; SS3 is `ESC O` and one final byte (xterm may put a
/// modifier digit between). The Linux console's `ESC [ [ A`…`E` are F1–F5; an X10 mouse report
/// `ESC [ M` carries three more raw bytes.
public enum EscapeSequence {
    public enum Outcome: Sendable, Equatable {
        /// The bytes so far are a complete sequence for this key.
        case key(Key)
        /// The bytes so far are a complete sequence dvk has no key for: drop them.
        case ignore
        /// More bytes are needed to know.
        case incomplete
        /// The ESC starts no sequence: it is the Esc key, and what followed is read as typed.
        case escape
    }

    /// The longest sequence read before giving up and dropping it.
    public static let maximumLength = 32

    /// What the scalars that followed an ESC (not including it) amount to. An empty body is
    /// `incomplete`: the caller reads Esc when nothing more arrives in time. A body starting
    /// with another ESC is not handled here (that is Esc pressed twice).
    public static func decode(_ body: [Unicode.Scalar]) -> Outcome {
        guard let introducer = body.first else { return .incomplete }
        if body.count > maximumLength { return .ignore }
        switch introducer {
        case "[": return controlSequence(Array(body.dropFirst()))
        case "O": return singleShift(Array(body.dropFirst()))
        case let letter where body.count == 1 && letter.isASCII && letter.properties.isAlphabetic:
            // Alt with a letter (or Esc and the letter typed quickly): the app decides which.
            return .key(.alt(Character(letter)))
        default: return .escape  // Esc and then a key typed quickly
        }
    }

    /// After `ESC [`.
    private static func controlSequence(_ rest: [Unicode.Scalar]) -> Outcome {
        guard let first = rest.first else { return .incomplete }
        // The Linux console: ESC [ [ A…E for F1…F5.
        if first == "[" {
            guard rest.count >= 2 else { return .incomplete }
            let letter = rest[1].value
            if (0x41...0x45).contains(letter) { return .key(.function(Int(letter - 0x41 + 1))) }
            return .ignore
        }
        // An X10 mouse report: ESC [ M and three raw bytes.
        if first == "M" { return rest.count >= 4 ? .ignore : .incomplete }
        var parameters = ""
        for (index, scalar) in rest.enumerated() {
            switch scalar.value {
            case 0x30...0x3F: parameters.unicodeScalars.append(scalar)
            case 0x20...0x2F: continue
            case 0x40...0x7E:
                guard index == rest.count - 1 else { return .ignore }
                return finalByte(scalar, parameters: parameters)
            default: return .ignore  // not a control sequence after all
            }
        }
        return .incomplete
    }

    /// The key of a complete control sequence with its final byte and parameters (the first
    /// number chooses the key; a modifier after `;` is ignored: Ctrl-Home is Home).
    private static func finalByte(_ final: Unicode.Scalar, parameters: String) -> Outcome {
        // Private sequences (`<` mouse, `?` replies) are reports, not keys.
        if let lead = parameters.unicodeScalars.first, (0x3C...0x3F).contains(lead.value) { return .ignore }
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let first = numbers.first.flatMap { $0 } ?? 1
        if final == "~" {
            switch first {
            case 1, 7: return .key(.home)
            case 2: return .key(.insert)
            case 3: return .key(.delete)
            case 4, 8: return .key(.end)
            case 5: return .key(.pageUp)
            case 6: return .key(.pageDown)
            case 11...15: return .key(.function(first - 10))
            case 17...21: return .key(.function(first - 11))
            case 23, 24: return .key(.function(first - 12))
            default: return .ignore  // bracketed paste marks 200/201, unknown keys
            }
        }
        return letterKey(final).map(Outcome.key) ?? .ignore
    }

    /// After `ESC O`: an optional modifier digit, then the key letter.
    private static func singleShift(_ rest: [Unicode.Scalar]) -> Outcome {
        guard let last = rest.last else { return .incomplete }
        if (0x30...0x39).contains(last.value) || last == ";" { return rest.count > 4 ? .ignore : .incomplete }
        guard rest.dropLast().allSatisfy({ (0x30...0x39).contains($0.value) || $0 == ";" }) else { return .ignore }
        if let key = letterKey(last) { return .key(key) }
        switch last {
        case "M": return .key(.enter)  // the keypad's Enter in application mode
        case "p"..."y": return .key(.character(Character(Unicode.Scalar(last.value - 0x70 + 0x30)!)))  // keypad digits
        case "j": return .key(.character("*"))
        case "k": return .key(.character("+"))
        case "l": return .key(.character(","))
        case "m": return .key(.character("-"))
        case "n": return .key(.character("."))
        case "o": return .key(.character("/"))
        default: return .ignore
        }
    }

    /// Keys named by a final letter in both CSI and SS3 form.
    private static func letterKey(_ final: Unicode.Scalar) -> Key? {
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        case "Z": return .backTab
        case "P": return .function(1)
        case "Q": return .function(2)
        case "R": return .function(3)
        case "S": return .function(4)
        default: return nil
        }
    }
}

/// Keys from the text a terminal would send, escape sequences included, decoded as the real
/// terminal's input is: for tests and replays of byte streams (a lone ESC at the end is Esc).
public final class TerminalBytes: KeySource {
    private var scalars: [Unicode.Scalar]

    public init(_ text: String) { scalars = Array(text.unicodeScalars) }

    public func nextKey() -> Key? {
        while let scalar = next() {
            if scalar == "\u{1B}" {
                if let key = escape() { return key }
                continue
            }
            switch scalar.value {
            case 0x0A, 0x0D: return .enter
            case 0x09: return .tab
            case 0x08, 0x7F: return .backspace
            case 0x01...0x1A: return .control(Character(Unicode.Scalar(scalar.value + 0x60)!))
            case 0x00..<0x20, 0x80..<0xA0: continue
            default: return .character(Character(scalar))
            }
        }
        return nil
    }

    private func next() -> Unicode.Scalar? { scalars.isEmpty ? nil : scalars.removeFirst() }

    /// After an ESC: Esc when nothing or another ESC follows, else the sequence's key or nil.
    private func escape() -> Key? {
        var body: [Unicode.Scalar] = []
        while true {
            guard let scalar = scalars.first, !(body.isEmpty && scalar == "\u{1B}") else {
                return body.isEmpty ? .escape : nil
            }
            scalars.removeFirst()
            body.append(scalar)
            switch EscapeSequence.decode(body) {
            case .key(let key): return key
            case .ignore: return nil
            case .incomplete: continue
            case .escape:
                scalars.insert(contentsOf: body, at: 0)
                return .escape
            }
        }
    }
}

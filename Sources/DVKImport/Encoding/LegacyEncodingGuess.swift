/// Which legacy code a file that is not UTF-8 is written in, by reading it both ways.
///
/// The rule: decode the first `sampleBytes` bytes as TCVN3 and as VNI-Windows; in each reading
/// look at the words (runs of letters) that hold a letter beyond ASCII. A reading is plausible
/// when it has at least one such word and at least 80 % of them are Vietnamese syllables
/// (`VietnameseSyllable`). Text in the other code fails that test plainly: VNI read as TCVN3
/// turns "Vieät" into "Vieọt", TCVN3 read as VNI turns "Vi\u{D6}t" into "ViƯt".
enum LegacyEncodingGuess {
    /// How much of the file the guess reads: enough for any header and many rows.
    static let sampleBytes = 1 << 20

    /// The legacy codes the file reads plausibly in (none, one or both).
    static func plausibleEncodings(_ bytes: [UInt8]) -> [TextEncodingChoice] {
        let sample = bytes.prefix(sampleBytes)
        var plausible: [TextEncodingChoice] = []
        if readsAsVietnamese(TCVN3.decode(sample)) { plausible.append(.tcvn3) }
        if readsAsVietnamese(VNIWindows.decode(sample)) { plausible.append(.vni) }
        return plausible
    }

    static func readsAsVietnamese(_ text: String) -> Bool {
        var words = 0, syllables = 0
        for word in text.split(whereSeparator: { !$0.isLetter }) where !word.allSatisfy(\.isASCII) {
            words += 1
            if VietnameseSyllable.isSyllable(String(word)) { syllables += 1 }
        }
        return words > 0 && syllables * 5 >= words * 4
    }
}

/// TCVN3 (TCVN 5712:1993 "VN3", the code of the ABC fonts .VnTime, .VnArial…): one byte per
/// letter, ASCII below 0x80, the Vietnamese letters in 0xA1–0xFE.
///
/// TCVN3 has only the lower-case toned letters and the upper-case base letters Ă Â Đ Ê Ô Ơ Ư.
/// Toned capitals were written with the capital fonts (.VnTimeH…), which draw the lower-case
/// codes as capitals; the bytes cannot tell, so such text decodes to lower case ("VIÖT NAM" in
/// .VnTimeH is read "VIệT NAM").
enum TCVN3 {
    /// The text of `bytes`, in NFC; a byte that is no TCVN3 letter is read as Windows-1252.
    static func decode(_ bytes: some Collection<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            scalars.append(byte < 0x80 ? Unicode.Scalar(byte) : table[Int(byte) - 0x80])
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    /// Every TCVN3 letter byte and the letter it stands for. 0xB0–0xB4 are the five tone marks
    /// on their own (grave, hook, tilde, acute, dot below), which follow their vowel.
    static let letters: [UInt8: Unicode.Scalar] = {
        var letters: [UInt8: Unicode.Scalar] = [:]
        for (first, text) in runs {
            for (offset, scalar) in text.unicodeScalars.enumerated() where scalar != "_" {
                letters[first + UInt8(offset)] = scalar
            }
        }
        return letters
    }()

    /// The letters in runs of consecutive bytes from the byte given; "_" is a byte that is no letter.
    private static let runs: [(UInt8, String)] = [
        (0xA1, "ĂÂÊÔƠƯĐăâêôơưđ"),
        (0xB0, "\u{0300}\u{0309}\u{0303}\u{0301}\u{0323}àảãáạ_ằẳẵắ"),
        (0xC6, "ặầẩẫấậè_ẻẽéẹềểễếệìỉ___ĩíịò_ỏõóọồổỗốộờởỡớợù_ủũúụừửữứựỳỷỹýỵ"),
    ]

    /// The scalar of each byte 0x80–0xFF.
    private static let table: [Unicode.Scalar] = (0x80...0xFF).map { byte in
        letters[UInt8(byte)] ?? Windows1252.scalar(UInt8(byte))
    }
}

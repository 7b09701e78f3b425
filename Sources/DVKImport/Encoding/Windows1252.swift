/// Windows-1252, the code page every byte of a legacy Vietnamese file that is not one of its
/// letters is read in (both TCVN3 and VNI fonts are Windows "ANSI" fonts, so Word stores “ ” – …
/// at their 1252 places). Bytes 1252 leaves undefined keep their Latin-1 (C1 control) value.
enum Windows1252 {
    /// The scalar of one byte.
    static func scalar(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte), let value = Unicode.Scalar(highControlRange[Int(byte) - 0x80]) else {
            return Unicode.Scalar(byte)
        }
        return value
    }

    /// 0x80–0x9F; a byte 1252 does not define (81 8D 8F 90 9D) stands for itself.
    private static let highControlRange: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}

/// Passes over a string's UTF-8 bytes, for the loops that run over 100,000 names at once
/// (collation keys): a native string's bytes are read in place and decoded by hand.
enum UTF8Scan {
    /// How many Unicode scalars `text` holds: its bytes that do not continue a sequence.
    static func scalarCount(_ text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        } ?? text.unicodeScalars.count
    }

    /// Whether `text` may hold a combining diacritical mark (U+0300–U+036F): a byte 0xCC or
    /// 0xCD starts every such scalar (and a few Greek ones, which only cost a composition).
    static func mayHoldCombiningMarks(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.contains { $0 == 0xCC || $0 == 0xCD }
        } ?? text.unicodeScalars.contains { (0x0300...0x036F).contains($0.value) }
    }

    /// Calls `body` with the value of each scalar of `text`, in order. A Swift string's UTF-8
    /// is always valid, so every sequence is whole.
    @inline(__always)
    static func forEachScalar(of text: String, _ body: (UInt32) -> Void) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < bytes.count {
                let lead = UInt32(bytes[index])
                if lead < 0x80 {
                    body(lead)
                    index += 1
                } else if lead < 0xE0 {
                    body((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F))
                    index += 2
                } else if lead < 0xF0 {
                    body((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F))
                    index += 3
                } else {
                    body((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F))
                    index += 4
                }
            }
        }
        if done == nil {
            for scalar in text.unicodeScalars { body(scalar.value) }
        }
    }
}

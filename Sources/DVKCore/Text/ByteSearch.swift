#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search over bytes (memchr for the first byte, then memcmp): the search-as-you-type
/// path over pre-folded keys.
public enum ByteSearch {
    public static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard let base = haystack.baseAddress, needle.count <= haystack.count else { return false }
        var offset = 0
        let last = haystack.count - needle.count
        return needle.withUnsafeBufferPointer { pattern -> Bool in
            guard let patternBase = pattern.baseAddress else { return true }
            while offset <= last {
                guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return false }
                let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + position, patternBase, needle.count) == 0 { return true }
                offset = position + 1
            }
            return false
        }
    }
}

extension KeyedDecodingContainer {
    /// The value under `key`, or `fallback` when the key is absent or null: hand-written and
    /// older files may leave optional parts out.
    func decode<T: Decodable>(_ key: Key, or fallback: T) throws -> T {
        try decodeIfPresent(T.self, forKey: key) ?? fallback
    }
}

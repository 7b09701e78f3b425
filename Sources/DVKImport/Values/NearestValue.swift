import DVKCore

/// The known value closest to one that is not known, for "gần nhất: «…»" in a report: the
/// smallest edit distance between match keys (no case, marks or punctuation), if it is close
/// enough to be a likely misspelling — at most half the typed key's length.
enum NearestValue {
    static func among(_ typed: String, _ candidates: [(key: String, shown: String)]) -> String? {
        let target = Array(VietnameseText.matchKey(typed).unicodeScalars)
        guard !target.isEmpty else { return nil }
        var best: (distance: Int, shown: String)?
        for candidate in candidates {
            let key = Array(VietnameseText.matchKey(candidate.key).unicodeScalars)
            let distance = editDistance(target, key, limit: best?.distance ?? Int.max)
            if distance < (best?.distance ?? Int.max) { best = (distance, candidate.shown) }
        }
        guard let best, best.distance <= max(2, target.count / 2) else { return nil }
        return best.shown
    }

    /// The nearest entry of a list, shown by its Vietnamese label.
    static func entry(_ typed: String, in entries: [ListEntry]) -> String? {
        among(typed, entries.flatMap { entry in ([entry.label.vi, entry.label.en] + entry.aliases).map { ($0, entry.label.vi) } })
    }

    /// Levenshtein distance, giving up (returning `limit`) once every path is longer than `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if abs(a.count - b.count) > limit { return limit }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

/// The field separator of a CSV file, as its header line shows it.
enum CSVDelimiter {
    /// The separators dvk reads: comma, semicolon (what Excel and LibreOffice write in a
    /// Vietnamese locale, where the comma is the decimal mark) and tab.
    static let candidates: [Unicode.Scalar] = [",", ";", "\t"]

    /// The candidate found most often in the first line outside quotes; on a tie the earlier
    /// candidate, and a comma when the line has none (a one-column file).
    static func detect(in text: String) -> Unicode.Scalar {
        var counts = [Int](repeating: 0, count: candidates.count)
        var quoted = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" {
                quoted.toggle()
            } else if !quoted {
                if scalar == "\n" || scalar == "\r" { break }
                if let index = candidates.firstIndex(of: scalar) { counts[index] += 1 }
            }
        }
        let best = counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) } ?? 0
        return candidates[best]
    }
}

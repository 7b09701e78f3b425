import DVKCore
import Foundation

/// The wording rules of Vietnamese administrative documents that dvk applies to configured names
/// and dates: "ngày 05 tháng 01 năm 2025" with the decree's leading zeros, body names in
/// sentence case for running text, and the signature lines.
public enum OfficialWording {
    /// "Chiêm Hóa, ngày 14 tháng 10 năm 2025". Days below 10 and the months 1 and 2 get a leading
    /// zero (Nghị định 30/2020). Without a day the date is left blank to fill in by hand.
    public static func placeAndDate(place: String, day: Day?, year: Int) -> String {
        let prefix = place.isEmpty ? "" : place + ", "
        guard let day else { return prefix + "ngày      tháng      năm \(year)" }
        let dayText = day.day < 10 ? "0\(day.day)" : "\(day.day)"
        let monthText = day.month < 3 ? "0\(day.month)" : "\(day.month)"
        return prefix + "ngày \(dayText) tháng \(monthText) năm \(day.year)"
    }

    /// Words after which a place name follows (its words are capitalised).
    private static let placeWords: Set<String> = ["tỉnh", "huyện", "xã", "quận", "phường", "thị", "thành", "trấn", "phố"]
    /// Words that, right after a place word, make a body name instead ("Huyện ủy", "Thị ủy").
    private static let bodyWords: Set<String> = ["ủy", "uỷ", "xã", "trấn", "phố"]

    /// An upper-case body name in the case of running text: "ỦY BAN NHÂN DÂN HUYỆN CHIÊM HÓA" →
    /// "Ủy ban nhân dân huyện Chiêm Hóa", "HUYỆN ỦY CHIÊM HÓA" → "Huyện ủy Chiêm Hóa". Words after
    /// a place word (tỉnh, huyện, xã, thị xã, thị trấn, thành phố, quận, phường) are capitalised,
    /// and so are "Đảng" and the first word inside quotes. A name not all in capitals is kept.
    public static func sentenceCase(_ name: String) -> String {
        let clean = XMLText.clean(name).trimmingSpaces
        guard clean == clean.uppercased(), clean != clean.lowercased() else { return clean }
        var out: [String] = []
        var previous: [String] = []
        var inPlaceName = false
        var afterPlaceWord = false
        for (index, raw) in clean.split(separator: " ").enumerated() {
            var word = raw.lowercased()
            let letters = word.trimmingCharacters(in: .punctuationCharacters.union(.symbols))
            let opensQuote = word.first.map { "\"“'‘(".contains($0) } ?? false
            // "Ban Chỉ đạo", "Ban Thường vụ", "Ban Dân vận" — but "Ủy ban nhân dân".
            let afterBan = previous.last == "ban" && !["ủy", "uỷ"].contains(previous.dropLast().last ?? "")
            var capital = index == 0 || inPlaceName || opensQuote || letters == "đảng" || afterBan
            if afterPlaceWord && bodyWords.contains(letters) {
                // "huyện ủy Chiêm Hóa", "thị xã Phú Thọ": the place name still follows.
                capital = index == 0
            } else if afterPlaceWord {
                capital = true
                inPlaceName = true
                afterPlaceWord = false
            } else {
                afterPlaceWord = placeWords.contains(letters) && !inPlaceName
            }
            if capital { word = capitalised(word) }
            out.append(word)
            previous.append(letters)
        }
        return out.joined(separator: " ")
    }

    /// `word` with its first letter (after any opening quote or bracket) in upper case.
    static func capitalised(_ word: String) -> String {
        guard let index = word.firstIndex(where: { $0.isLetter }) else { return word }
        return word[..<index] + word[index].uppercased() + word[word.index(after: index)...]
    }

    /// `text` with its first letter in lower case unless it starts an acronym ("Đã có" → "đã có",
    /// "UBND" stays).
    public static func lowercasingFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        let second = text.dropFirst().first
        if let second, second.isUppercase { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// The collective name a "TM." line carries: the body without its place ("ỦY BAN NHÂN DÂN
    /// HUYỆN CHIÊM HÓA" → "ỦY BAN NHÂN DÂN"; "BAN THƯỜNG VỤ HUYỆN ỦY" is kept whole).
    public static func bodyWithoutPlace(_ body: String) -> String {
        let words = body.split(separator: " ").map(String.init)
        for (index, word) in words.enumerated() where index > 0 && placeWords.contains(word.lowercased()) {
            let next = index + 1 < words.count ? words[index + 1].lowercased() : ""
            if next == "ủy" || next == "uỷ" { continue }
            return words[..<index].joined(separator: " ")
        }
        return body
    }

    /// The signature lines above the signer's name: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH",
    /// "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", or the title alone.
    public static func signatureLines(_ signer: Signer, issuingBody: String) -> [String] {
        let mode = signer.mode.trimmingSpaces.uppercased()
        let title = XMLText.clean(signer.title).trimmingSpaces.uppercased()
        switch mode {
        case "TM.", "TM":
            return ["TM. " + bodyWithoutPlace(issuingBody.uppercased()), title].filter { !$0.isEmpty }
        case "KT.", "KT":
            let head = title.hasPrefix("PHÓ ") ? String(title.dropFirst(4)) : title
            return ["KT. " + head, title]
        default:
            return title.isEmpty ? [] : [title]
        }
    }

    /// Who decides, the line above the legal bases. In the State layout a signer in own right or
    /// signing for the head ("KT.") is the head of the body ("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN CHIÊM
    /// HÓA"); a body that decides collectively ("TM.", or no title) and every Party body is the body itself.
    public static func authority(_ signer: Signer, issuingBody: String, layout: LetterheadLayout) -> String {
        let body = XMLText.clean(issuingBody).trimmingSpaces.uppercased()
        let mode = signer.mode.trimmingSpaces.uppercased()
        var title = XMLText.clean(signer.title).trimmingSpaces.uppercased()
        if title.hasPrefix("PHÓ ") { title = String(title.dropFirst(4)) }
        guard layout == .state, !title.isEmpty, mode != "TM.", mode != "TM" else { return body }
        return title + " " + body
    }
}

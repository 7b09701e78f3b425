import DVKCore
import Foundation

/// Which letterhead a body uses: the State layout of Nghị định 30/2020 or the Party layout of
/// Hướng dẫn 36-HD/VPTW.
public enum LetterheadLayout: String, Sendable {
    case state, party
}

/// The issuing body as a document's letterhead prints it, taken from `config/headers.json`.
public struct IssuerHeading: Sendable, Hashable {
    public var layout: LetterheadLayout
    /// The parent body ("ỦY BAN NHÂN DÂN HUYỆN CHIÊM HÓA", "ĐẢNG BỘ TỈNH TUYÊN QUANG"); may be empty.
    public var parent: String
    /// The issuing body, one entry per printed line.
    public var bodyLines: [String]
    /// The place written before the date.
    public var place: String
    /// The default signer of the body's documents.
    public var signer: Signer
    /// The tail of the body's decision numbers ("QĐ-UBND", "QĐ/BCĐ"); may be empty.
    public var numberSuffix: String

    public init(layout: LetterheadLayout, parent: String, bodyLines: [String], place: String, signer: Signer = Signer(),
                numberSuffix: String = "") {
        self.layout = layout
        self.numberSuffix = XMLText.clean(numberSuffix).trimmingSpaces
        self.parent = XMLText.clean(parent).trimmingSpaces
        self.bodyLines = bodyLines.map { XMLText.clean($0).trimmingSpaces }.filter { !$0.isEmpty }
        self.place = XMLText.clean(place).trimmingSpaces
        self.signer = signer
    }

    /// The heading of a configured issuer (an unknown layout counts as State).
    public init(_ issuer: DocumentHeaders.Issuer) {
        self.init(layout: LetterheadLayout(rawValue: issuer.layout) ?? .state, parent: issuer.parent,
                  bodyLines: XMLText.lines(issuer.name), place: issuer.place, signer: issuer.signer, numberSuffix: issuer.numberSuffix)
    }

    /// The body that issues (its last line: "BAN CHỈ ĐẠO …" under "HUYỆN ỦY …").
    public var issuingBody: String { bodyLines.last ?? parent }

    /// The number of one of the body's reports with the number itself left blank to fill in:
    /// "      -BC/BCĐ" (Party), "      /BC-UBND" (State) — "QĐ" of the decision suffix becomes
    /// "BC".
    public var blankReportNumber: String {
        let suffix = numberSuffix.contains("QĐ") ? numberSuffix.replacingOccurrences(of: "QĐ", with: "BC") : "BC"
        return String(repeating: " ", count: 6) + (layout == .party ? "-" : "/") + suffix
    }

    /// The body that writes the committee's reports: the one `id` names, else among the bodies of
    /// `level` (or of any level) the steering committee ("BAN CHỈ ĐẠO"), else the first of them,
    /// else the first body; nil when the configuration has none.
    public static func forReport(_ headers: DocumentHeaders, id: String? = nil, level: String) -> IssuerHeading? {
        if let id { return headers.issuer(id).map(IssuerHeading.init) }
        let atLevel = headers.issuers.filter { $0.levels.isEmpty || $0.levels.contains(level) }
        let steering = atLevel.first { $0.name.uppercased().contains("BAN CHỈ ĐẠO") }
        return (steering ?? atLevel.first ?? headers.issuers.first).map(IssuerHeading.init)
    }

    /// The issuer for a decision: the one it names, else the first body of the decision's track
    /// layout that issues at its level, else any; nil only when the configuration has none.
    public static func forDecision(_ decision: AwardDecision, headers: DocumentHeaders) -> IssuerHeading? {
        if let named = headers.issuer(decision.issuer) { return IssuerHeading(named) }
        let chosen = headers.defaultIssuer(track: decision.track, level: decision.level)
        return chosen.map(IssuerHeading.init)
    }
}

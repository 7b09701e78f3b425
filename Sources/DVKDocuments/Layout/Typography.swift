/// The sizes and emphasis of every part of a document, by letterhead layout.
///
/// State layout (Nghị định 30/2020, Phụ lục I): issuer 13 pt (the body bold), national title
/// 12 pt bold, motto 13 pt bold, place and date 13 pt italic, document kind 14 pt bold, body
/// 13 pt, tables 12 pt. Party layout (Hướng dẫn 36-HD/VPTW): issuer 14 pt, "ĐẢNG CỘNG SẢN VIỆT
/// NAM" 15 pt bold underlined, place and date 14 pt italic, document kind 15 pt bold, body 14 pt.
public struct Typography: Sendable {
    public var issuerParent: TextStyle
    public var issuerBody: TextStyle
    public var nationalTitle: TextStyle
    public var motto: TextStyle
    public var placeDate: TextStyle
    public var documentKind: TextStyle
    public var title: TextStyle
    public var subtitle: TextStyle
    public var body: TextStyle
    public var tableHeader: TextStyle
    public var tableBody: TextStyle
    public var signature: TextStyle
    /// The award list's rows: 11 pt, so that about 8–10 recipients with the usual summaries fit
    /// a landscape page.
    public var listBody = TextStyle(size: 11)

    public static let state = Typography(
        issuerParent: TextStyle(size: 13), issuerBody: TextStyle(size: 13, bold: true),
        nationalTitle: TextStyle(size: 12, bold: true), motto: TextStyle(size: 13, bold: true),
        placeDate: TextStyle(size: 13, italic: true), documentKind: TextStyle(size: 14, bold: true),
        title: TextStyle(size: 14, bold: true), subtitle: TextStyle(size: 13, italic: true), body: TextStyle(size: 13),
        tableHeader: TextStyle(size: 12, bold: true), tableBody: TextStyle(size: 12), signature: TextStyle(size: 13, bold: true))

    public static let party = Typography(
        issuerParent: TextStyle(size: 14), issuerBody: TextStyle(size: 14, bold: true),
        nationalTitle: TextStyle(size: 15, bold: true, underline: true), motto: TextStyle(size: 14, bold: true),
        placeDate: TextStyle(size: 14, italic: true), documentKind: TextStyle(size: 15, bold: true),
        title: TextStyle(size: 14, bold: true), subtitle: TextStyle(size: 14, italic: true), body: TextStyle(size: 14),
        tableHeader: TextStyle(size: 12, bold: true), tableBody: TextStyle(size: 12), signature: TextStyle(size: 14, bold: true))

    public static func forLayout(_ layout: LetterheadLayout) -> Typography {
        layout == .party ? .party : .state
    }
}

/// The orientation of an A4 page.
public enum PageOrientation: String, Sendable {
    case portrait, landscape
}

/// A4 paper and the official margins (Nghị định 30/2020, Phụ lục I): left 30 mm, right 15 mm,
/// top and bottom 20 mm; page numbers sit 10 mm from the top edge, in the top margin.
public enum PageSetup {
    public static let shortSideMM = 210.0
    public static let longSideMM = 297.0
    public static let leftMM = 30.0
    public static let rightMM = 15.0
    public static let topMM = 20.0
    public static let bottomMM = 20.0
    /// Distance from the top edge to the page-number line.
    public static let headerMM = 10.0

    /// Page width and height in millimetres.
    public static func sizeMM(_ orientation: PageOrientation) -> (width: Double, height: Double) {
        orientation == .portrait ? (shortSideMM, longSideMM) : (longSideMM, shortSideMM)
    }

    /// The width between the margins, in points.
    public static func textWidth(_ orientation: PageOrientation) -> Double {
        points(mm: sizeMM(orientation).width - leftMM - rightMM)
    }

    public static func points(mm: Double) -> Double { mm / 25.4 * 72 }

    /// Twentieths of a point (Word's unit), rounded.
    public static func twips(mm: Double) -> Int { Int((mm / 25.4 * 1440).rounded()) }

    public static func twips(points: Double) -> Int { Int((points * 20).rounded()) }
}

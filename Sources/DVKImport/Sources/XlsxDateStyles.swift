/// Which cell formats of a workbook (`cellXfs` in `xl/styles.xml`, by index, as a cell's `s`
/// attribute names them) show numbers as dates: the built-in date and time formats 14–22 and
/// 45–47, and custom formats (`numFmts`) whose code has a day, month or year outside quoted
/// text and brackets.
struct XlsxDateStyles {
    private var dateFormats: [Bool] = []

    init() {}

    init(_ scanner: inout XMLScanner) throws(SourceError) {
        var customDateIDs: Set<Int> = []
        var inCellFormats = false
        var formatIDs: [Int] = []
        while let token = try scanner.next() {
            switch token {
            case .start(let tag) where tag.name == "numFmt":
                if let id = tag.attribute("numFmtId").flatMap({ Int($0) }), XlsxDateStyles.isDateCode(tag.attribute("formatCode") ?? "") {
                    customDateIDs.insert(id)
                }
            case .start(let tag) where tag.name == "cellXfs":
                inCellFormats = true
            case .end("cellXfs"):
                inCellFormats = false
            case .start(let tag) where tag.name == "xf" && inCellFormats:
                formatIDs.append(tag.attribute("numFmtId").flatMap { Int($0) } ?? 0)
            default:
                break
            }
        }
        dateFormats = formatIDs.map { XlsxDateStyles.builtInDates.contains($0) || customDateIDs.contains($0) }
    }

    static let builtInDates: Set<Int> = Set(14...22).union(45...47)

    /// Whether cells with format index `style` show their numbers as dates.
    func isDate(style: Int) -> Bool {
        dateFormats.indices.contains(style) && dateFormats[style]
    }

    /// Whether a number format code shows a date: a `d` or `y`, or an `m` with no hour or second
    /// beside it (`h:mm` is a time), outside "quoted text", [brackets] and \escaped characters.
    static func isDateCode(_ code: String) -> Bool {
        var letters: Set<Character> = []
        var inQuotes = false, inBrackets = false, escaped = false
        for character in code.lowercased() {
            if escaped {
                escaped = false
            } else if inQuotes {
                inQuotes = character != "\""
            } else if inBrackets {
                inBrackets = character != "]"
            } else {
                switch character {
                case "\"": inQuotes = true
                case "[": inBrackets = true
                case "\\", "_", "*": escaped = true
                default: letters.insert(character)
                }
            }
        }
        return letters.contains("d") || letters.contains("y") || (letters.contains("m") && !letters.contains("h") && !letters.contains("s"))
    }
}

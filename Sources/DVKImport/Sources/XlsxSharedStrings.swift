/// The shared-string table of a workbook (`xl/sharedStrings.xml`): the text of each `<si>`, in
/// order, for the cells of type `s` that refer to it by index.
enum XlsxSharedStrings {
    static func read(_ scanner: inout XMLScanner) throws(SourceError) -> [String] {
        var strings: [String] = []
        var item: XlsxText?
        while let token = try scanner.next() {
            switch token {
            case .start(let tag) where tag.name == "si":
                item = XlsxText()
            case .end("si"):
                strings.append(item?.text ?? "")
                item = nil
            default:
                item?.take(token)
            }
        }
        return strings
    }
}

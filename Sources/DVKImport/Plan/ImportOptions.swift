/// How an import runs: which kind and sheet to read, whether unknown list values are added,
/// whether rows matching models an earlier import created update them, and whether anything
/// is written at all.
public struct ImportOptions: Sendable {
    public var kind: ImportKind?
    public var sheet: String?
    public var addNewValues: Bool
    public var update: Bool
    public var dryRun: Bool

    public init(kind: ImportKind? = nil, sheet: String? = nil, addNewValues: Bool = false, update: Bool = false, dryRun: Bool = false) {
        self.kind = kind
        self.sheet = sheet
        self.addNewValues = addNewValues
        self.update = update
        self.dryRun = dryRun
    }
}

/// A field two offices changed to different values since their last common version, as the
/// record-aware merge left it: the record keeps this office's value (`mine`) and lists the other
/// office's (`theirs`) here until someone takes one of them (`dvk conflicts resolve`, the record's
/// screen). Stored in the record's `conflicts` list, absent from the JSON while there are none.
public struct FieldConflict: Sendable, Hashable, Codable {
    /// The dotted path of the field (`name`, `personInCharge.phone`, `state`); `(file)` when the
    /// other office's file could not be read at all, its text kept in `theirs`.
    public var field: String
    /// The value the record keeps.
    public var mine: JSONValue
    /// The other office's value.
    public var theirs: JSONValue
    /// The office code of the other side's last save (empty when it did not say).
    public var office: String
    /// Who saved the other side's version, and when.
    public var by: String
    public var at: Timestamp

    public init(field: String, mine: JSONValue, theirs: JSONValue, office: String, by: String, at: Timestamp) {
        self.field = field
        self.mine = mine
        self.theirs = theirs
        self.office = office
        self.by = by
        self.at = at
    }

    /// The field path `(file)`: the whole other file, unreadable, kept as text.
    public static let wholeFile = "(file)"
}

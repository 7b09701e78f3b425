import DVKCore
import DVKStorage

/// Everything an import would write, worked out before anything is: the records to create or
/// update (one commit), the lists with the values `--add-new-values` adds, and the report.
/// A plan with problems writes nothing.
public struct ImportPlan: Sendable {
    public var report: ImportReport
    var changes: [RecordChange] = []
    /// The lists and units to save first, when values were added.
    var lists: ListCatalog?
    var units: [UnitEntry]?

    /// Whether the plan can be written: no problems, and something to write.
    public var isClean: Bool { report.problems.isEmpty }
}

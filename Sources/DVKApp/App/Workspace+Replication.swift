import DVKCore
import DVKStorage

extension Workspace {
    /// Replicates model `id` (nhân rộng) at `places`: one new draft model per place, in the
    /// current year, linked to the parent, saved with the parent in one commit. `unit` (an id)
    /// replaces the parent's unit on the children. Returns the children as saved.
    ///
    /// Throws ``ReplicationProblem`` for bad places and ``StorageError`` when the parent is
    /// missing or someone saved it meanwhile (nothing is written then).
    @discardableResult
    public func replicate(_ id: String, places: [String], unit: String? = nil) throws -> [ModelRecord] {
        let parent = try store.load(ModelRecord.self, id: id)
        let plan = try ReplicationPlan(parent: parent, places: places, unit: unit)
        let time = clock()
        let outcome = try store.replicate(plan, year: time.utcDay.year, initialState: configuration.workflow.initial,
                                          by: actor.login, at: time)
        _ = try reloadModel(id)
        return try outcome.children.map { try reloadModel($0.id) }
    }
}

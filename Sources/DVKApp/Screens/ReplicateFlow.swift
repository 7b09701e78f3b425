import DVKCore
import DVKTerminal

/// Replicating the current model from the list (nhân rộng, key `n`): a prompt for the places
/// separated by ";", then one new draft model per place saved with the parent in one commit;
/// the list is sorted again and the new ids reported. Bad places are refused naming the place.
struct ReplicateFlow {
    unowned let app: App
    unowned let list: ModelListScreen

    func start(_ model: ModelSummary?) {
        guard app.mayEdit() else { return }
        guard let model else { return app.inform(app.t(AppText.nothingSelected)) }
        app.prompt(app.t(ReplicateText.placesPrompt(model.id))) { typed in
            do {
                let children = try app.workspace.replicate(model.id, places: ReplicationPlan.places(in: typed))
                list.reorder()
                app.inform(app.t(ReplicateText.done(children.count, from: model.id, ids: children.map(\.id))))
            } catch {
                app.fail(error)
            }
        }
    }
}

/// Texts of replicating a model.
enum ReplicateText {
    typealias L = LocalizedText
    static let key = L(vi: "nhân rộng mô hình này tại nơi khác (tạo mô hình con liên kết)", en: "replicate this model at other places (linked child models)")

    static func placesPrompt(_ id: String) -> L {
        L(vi: "Nhân rộng \(id) tại (các nơi cách nhau bằng ;)", en: "Replicate \(id) at (places separated by ;)")
    }

    static func done(_ count: Int, from id: String, ids: [String]) -> L {
        let list = ids.joined(separator: ", ")
        return L(vi: "Đã tạo \(count) mô hình nhân rộng từ \(id): \(list)", en: "Created \(count) replicated model(s) from \(id): \(list)")
    }
}

import DVKCore
import DVKTestSupport
import Testing

/// The list index's summaries and whole records answer a query alike.
@Suite struct SummaryQueryTests {
    @Test func summariesAndRecordsGiveTheSameRowsInTheSameOrder() throws {
        let configuration = try TestSupport.configuration()
        let names = ["Dân vận khéo xã Kim Bình", "Đường hoa nông thôn", "Dân vận khéo – Xã Hòa Phú", "Camera an ninh", "dan van kheo"]
        let records = names.enumerated().map { index, name -> ModelRecord in
            var r = TestSupport.completeModel(id: "2025-000\(index + 1)", state: index % 2 == 0 ? "registered" : "in_progress")
            r.name = name
            return r
        }
        let summaries = records.map { ModelSummary($0, lists: configuration.lists) }
        for (search, state) in [("dan van", ""), ("DUONG", ""), ("kheo", "registered"), ("", "")] {
            var query = ModelQuery()
            query.search = search
            query.sort = .name
            if !state.isEmpty { query.states = [state] }
            let fromRecords = query.apply(to: records, lists: configuration.lists, workflow: configuration.workflow, language: .vi).map(\.id)
            let fromSummaries = query.apply(to: summaries, lists: configuration.lists, workflow: configuration.workflow, language: .vi).map(\.id)
            #expect(fromRecords == fromSummaries, "«\(search)» \(state)")
            #expect(!fromRecords.isEmpty)
        }
    }
}

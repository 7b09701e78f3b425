import DVKCore
import DVKTestSupport
import Testing

@Suite("Amounts a hand-edited file may hold")
struct StoredAmountTests {
    @Test("a budget line above 10^15 đồng is a problem of the record, as a negative one is")
    func hugeAmountsAreReported() throws {
        let configuration = try TestSupport.configuration()
        var record = TestSupport.completeModel()
        record.resources.budget = [BudgetLine(source: "state", amount: RecordFieldSetter.maximumAmount)]
        #expect(!RecordValidator(configuration: configuration).problems(in: record).contains { $0.key == "resources" })
        record.resources.budget = [BudgetLine(source: "state", amount: RecordFieldSetter.maximumAmount + 1)]
        #expect(RecordValidator(configuration: configuration).problems(in: record).contains { $0.key == "resources" })
    }
}

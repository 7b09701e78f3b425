import DVKCore
import DVKTestSupport
import Foundation
import Testing

@Suite("People and times as a reader sees them")
struct ReadableStampsTests {
    @Test("a login becomes the person's name; an instant the local dd/mm/yyyy HH:mm")
    func namesAndLocalTimes() throws {
        let configuration = try TestSupport.configuration()
        var users = configuration.users
        users.users = [UsersConfig.User(login: "thamdinh1", name: "Nguyễn Văn A", roles: ["appraiser"])]
        let hanoi = ReadableStamps(users: users, timeZone: try #require(TimeZone(secondsFromGMT: 7 * 3600)))
        #expect(hanoi.person("thamdinh1") == "Nguyễn Văn A")
        #expect(hanoi.person("khach") == "khach")
        let evening = try #require(Timestamp(parsing: "2026-12-04T18:25:09Z"))
        #expect(hanoi.time(evening) == "05/12/2026 01:25")
        let utc = ReadableStamps(users: users, timeZone: try #require(TimeZone(secondsFromGMT: 0)))
        #expect(utc.time(evening) == "04/12/2026 18:25")
    }

    @Test("save actions in words, moves by the state they lead to")
    func saveActions() throws {
        let workflow = try TestSupport.configuration().workflow
        #expect(SaveActionWording.describe("create", fromRevision: 0, toRevision: 1, workflow: workflow, .vi) == "Tạo mới (phiên bản 1)")
        #expect(SaveActionWording.describe("move:start_appraisal", fromRevision: 6, toRevision: 7, workflow: workflow, .vi)
            == "Chuyển sang Thẩm định kết quả (phiên bản 6 → 7)")
        #expect(SaveActionWording.describe("move:start_appraisal", fromRevision: 6, toRevision: 7, workflow: workflow, .en)
            == "Moved to Results appraisal (revision 6 → 7)")
    }
}

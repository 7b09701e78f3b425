import DVKApp
import DVKCore
import DVKStorage
import DVKTerminal
import DVKTestSupport
import Testing

/// The hint bar follows the role and the screen's real keys (issue 12, item 18): only keys the
/// acting user can use, the dashboard's real number of queues, and `?` on every screen.
@Suite struct HintBarTests {
    static let models = [AppHarness.model("2025-0001", "Thắp sáng đường quê", state: "appraisal"),
                         AppHarness.model("2025-0002", "Tổ hòa giải", state: "recognised"),
                         AppHarness.model("2025-0003", "Bếp ăn bán trú", state: "registration_review")]

    static func harness(_ roles: [String], login: String = "nguoidung", dashboard: Bool = false, columns: Int = 110) throws -> AppHarness {
        try AppHarness(models: models, login: login, roles: roles, columns: columns, startOnDashboard: dashboard)
    }

    static func hints(_ h: AppHarness) -> String { h.screen.lines().last ?? "" }

    @Test("On the model list a viewer is offered no key that changes data; an appraiser is offered the appraisal queue")
    func theList() throws {
        let viewer = try Self.harness(["viewer"])
        let bar = Self.hints(viewer)
        #expect(bar.contains(" ? trợ giúp") && bar.contains(" q thoát"), "\(bar)")
        #expect(bar.contains(" / tìm") && bar.contains(" Enter mở"), "\(bar)")
        for key in [" a thêm mô hình", " m chuyển trạng thái", " Space chọn"] { #expect(!bar.contains(key), "\(key) in \(bar)") }
        let appraiser = try Self.harness(["appraiser"])
        #expect(Self.hints(appraiser).contains(" T hàng đợi thẩm định"), "\(Self.hints(appraiser))")
        #expect(!Self.hints(appraiser).contains(" a thêm mô hình"))
        let clerk = try Self.harness(["secretariat"])
        #expect(Self.hints(clerk).contains(" a thêm mô hình") && Self.hints(clerk).contains(" ? trợ giúp"), "\(Self.hints(clerk))")
    }

    @Test("In the appraisal queue the secretariat is not offered scoring nor recognition; an appraiser scores but does not recognise")
    func theAppraisalQueue() throws {
        let clerk = try Self.harness(["secretariat"])
        clerk.press(.character("T"))
        let bar = Self.hints(clerk)
        #expect(!bar.contains("Enter chấm điểm") && !bar.contains(" c công nhận") && !bar.contains(" n không công nhận"), "\(bar)")
        #expect(bar.contains(" / tìm") && bar.contains(" ? trợ giúp"), "\(bar)")
        let appraiser = try Self.harness(["appraiser"])
        appraiser.press(.character("T"))
        let scoring = Self.hints(appraiser)
        #expect(scoring.contains("Enter chấm điểm") && !scoring.contains(" c công nhận") && !scoring.contains(" Space chọn"), "\(scoring)")
        #expect(scoring.contains(" ? trợ giúp"), "\(scoring)")
        let viewer = try Self.harness(["viewer"])
        viewer.press(.character("T"))
        #expect(!Self.hints(viewer).contains("Enter chấm điểm") && Self.hints(viewer).contains(" ? trợ giúp"), "\(Self.hints(viewer))")
        let leader = try Self.harness(["leader"], columns: 160)
        leader.press(.character("T"))
        #expect(Self.hints(leader).contains("Enter chấm điểm") && Self.hints(leader).contains(" c công nhận"), "\(Self.hints(leader))")
        // The help still lists every key, saying which the role cannot use.
        clerk.press(.character("?"))
        #expect(clerk.text.contains("(không cho vai trò của bạn) chấm điểm (phiếu của bạn)"), "\(clerk.text)")
    }

    @Test("The dashboard's hint names as many digits as it has queues, and none without a queue")
    func theDashboard() throws {
        for roles in [["secretariat"], ["appraiser"], ["leader"], ["viewer"]] {
            let h = try Self.harness(roles, dashboard: true)
            let count = WorkQueues(configuration: h.workspace.configuration)
                .queues(for: h.workspace.actor, models: h.workspace.rows, today: TestSupport.time.utcDay).count
            let bar = Self.hints(h)
            #expect(bar.contains(" ? trợ giúp"), "\(bar)")
            switch count {
            case 0: #expect(!bar.contains("mở hàng đợi"), "\(roles): \(bar)")
            case 1: #expect(bar.contains(" 1 mở hàng đợi"), "\(roles): \(bar)")
            default: #expect(bar.contains(" 1–\(count) mở hàng đợi"), "\(roles): \(bar)")
            }
            for other in 1...5 where other != count && other > 1 { #expect(!bar.contains("1–\(other) "), "\(roles): \(bar)") }
        }
    }

    @Test("? stays in the hint bar of every screen, even a narrow one, because the screen's own hints give way first")
    func helpOnEveryScreen() throws {
        let h = try Self.harness(["leader"], dashboard: true, columns: 70)
        #expect(Self.hints(h).contains(" ? trợ giúp"), "\(Self.hints(h))")
        for key: Key in [.character("T"), .escape, .character("K"), .escape, .character("l")] {
            h.press(key)
            #expect(Self.hints(h).contains(" ? trợ giúp") && Self.hints(h).contains(" q thoát"), "\(Self.hints(h))")
        }
    }
}

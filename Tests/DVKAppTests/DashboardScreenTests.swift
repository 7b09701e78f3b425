import DVKApp
import DVKCore
import DVKStorage
import DVKTerminal
import DVKTestSupport
import Foundation
import Testing

/// The home screen: the queues waiting for the user's roles, the pipeline, and where each
/// queue leads.
@Suite struct DashboardScreenTests {
    func harness() throws -> AppHarness {
        try AppHarness(models: [
            AppHarness.model("2025-0001", "Camera bảo vệ cộng đồng", state: "registration_review"),
            AppHarness.model("2025-0002", "Thắp sáng đường quê", state: "registered"),
            AppHarness.model("2025-0003", "Đường hoa nông thôn mới", state: "in_progress"),
        ], startOnDashboard: true)
    }

    @Test("on 80 columns the field heads are the reports' abbreviations, never a word cut short")
    func fieldHeadsFitWithoutCuts() throws {
        let h = try AppHarness(models: [AppHarness.model("2025-0001", "Đường hoa", year: 2025)], columns: 80, startOnDashboard: true)
        let head = try #require(h.screen.lines().first { $0.contains("Tổng") && $0.contains("KT") })
        for short in ["KT", "NTM", "Khác"] { #expect(head.contains(short), "\(head)") }
        for cut in ["Kinh t ", "Xây dự", "Văn hó"] { #expect(!head.contains(cut), "\(head)") }
    }

    @Test func theProgramOpensOnTheDashboardAndEscLeadsToTheList() throws {
        let h = try harness()
        #expect(h.text.contains("Việc đang chờ bạn"))
        #expect(h.text.contains("Đăng ký chờ thẩm định"))
        #expect(h.text.contains("Mô hình năm 2025 theo trạng thái và lĩnh vực"))
        let pipeline = try #require(h.screen.lines().first { $0.contains("Thẩm định đăng ký") && !$0.contains("chờ") })
        #expect(pipeline.hasSuffix("1"), "one model of 2025 in registration review: \(pipeline)")
        h.press(.escape)
        #expect(h.text.contains("3/3 mô hình"))
        h.press(.character("d"))
        #expect(h.text.contains("Việc đang chờ bạn"))
    }

    @Test func aQueueOfRegistrationsOpensTheAppraisalQueue() throws {
        let h = try harness()
        h.press(.character("1"))
        #expect(h.text.contains("Hàng đợi thẩm định"))
        #expect(h.text.contains("Camera bảo vệ"))
        #expect(!h.text.contains("Thắp sáng"))
        h.press(.escape)
        #expect(h.text.contains("Việc đang chờ bạn"))
    }

    @Test func theInspectionQueueOpensInTheModelList() throws {
        let h = try harness()
        let line = try #require(h.screen.lines().first { $0.contains("Đang thực hiện, chưa kiểm tra") })
        let digit = try #require(line.trimmingCharacters(in: .whitespaces).first)
        h.press(.character(digit))
        #expect(h.text.contains("1/3 mô hình"), "\(h.text)")
        #expect(h.text.contains("Đường hoa"))
        h.press(.character("x"))
        #expect(h.text.contains("3/3 mô hình"))
    }

    @Test func theCountsFollowAChangeMadeInAQueue() throws {
        let h = try harness()
        h.press(.character("1"), .character("m"))       // accept the registration
        h.type("chap nhan")
        h.press(.enter)
        h.type("Đủ điều kiện")
        h.press(.enter, .escape)
        #expect(h.text.contains("Việc đang chờ bạn"))
        let queue = try #require(h.screen.lines().first { $0.contains("Đăng ký chờ thẩm định") })
        #expect(queue.trimmingCharacters(in: .whitespaces).hasSuffix(" 0"), "the vetted registration left the queue: \(queue)")
    }
}

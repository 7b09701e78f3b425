import DVKApp
import DVKCore
import DVKStorage
import DVKTerminal
import DVKTestSupport
import Foundation
import Testing

/// A full committee round typed as keys: three appraisers score ten models, a leader
/// recognises the batch, an award is proposed and its decision recorded for the batch, and the
/// award list shows them grouped and numbered — then the records on disk are checked.
@Suite struct CommitteeRoundTests {
    static let appraisers: [(login: String, scores: [String])] = [
        ("td.hang", ["14", "13", "18", "22", "13", "9"]),     // 89
        ("td.minh", ["12", "12", "16", "20", "12", "8"]),     // 80
        ("td.lan", ["13", "12", "17", "21", "12", "9"]),      // 84
    ]

    static func models() -> [ModelRecord] {
        (1...10).map { n in
            var model = AppHarness.model(String(format: "2025-%04d", n), String(format: "Mô hình số %02d", n),
                                         state: "appraisal", subject: n > 7 ? "individual" : "collective")
            model.inspectionIds = []
            if n > 7 {
                model.individual = IndividualDetails(fullName: "Nguyễn Thị Hoa \(n)", birthYear: 1980 + n, sex: "female",
                                                     position: "Trưởng thôn", workplace: "Thôn Kim Quang")
            }
            return model
        }
    }

    func setUp() throws -> AppHarness {
        try AppHarness(models: Self.models(), login: "thuky", roles: ["secretariat"], rows: 40, columns: 120,
                       extraUsers: Self.appraisers.map { .init(login: $0.login, name: $0.login, roles: ["appraiser"]) }
                           + [.init(login: "lanhdao", name: "Hà Đức Tập", roles: ["leader"])])
    }

    /// Scores every model of the queue, top to bottom, as `login`.
    func score(_ directory: DataDirectory, as login: String, _ scores: [String], checkHidden: Bool) throws {
        let h = try AppHarness(sharing: directory, login: login, rows: 40, columns: 120)
        h.press(.character("T"))
        #expect(h.text.contains("Hàng đợi thẩm định"))
        #expect(h.text.contains("10 mô hình"))
        for index in 0..<10 {
            h.press(.enter)
            #expect(h.text.contains("Phiếu chấm điểm"), "\(h.text)")
            if checkHidden && index == 0 {
                #expect(h.text.contains("phiếu của thành viên khác — chỉ xem được sau khi bạn nộp phiếu của mình"), "\(h.text)")
                #expect(!h.text.contains("Trung bình"))
            }
            for value in scores {
                h.type(value)
                h.press(.tab)                       // straight on to the next score; comments are → away
            }
            h.type("Đạt yêu cầu")
            #expect(h.text.contains("Tổng điểm"))
            h.press(.control("s"))
            #expect(h.text.contains("Nộp phiếu chấm?"))
            h.press(.character("c"))
            #expect(h.text.contains("Đã nộp phiếu chấm"), "\(h.text)")
            if checkHidden && index == 0 {
                #expect(h.text.contains("Trung bình"), "others' sheets show once one's own is in: \(h.text)")
                #expect(h.text.contains("Kiến nghị: Đề nghị công nhận"))
            }
            h.press(.escape, .down)
        }
    }

    @Test func threeAppraisersALeaderAndAnAwardDecisionForABatchOfTen() throws {
        let clerk = try setUp()
        for (i, appraiser) in Self.appraisers.enumerated() {
            try score(clerk.directory, as: appraiser.login, appraiser.scores, checkHidden: i == 1)
        }

        // The leader recognises the ten models at once.
        let leader = try AppHarness(sharing: clerk.directory, login: "lanhdao", rows: 40, columns: 120)
        leader.press(.character("T"), .character("*"), .character("c"))
        #expect(leader.text.contains("Công nhận 10 mô hình"))
        leader.press(.tab)
        leader.type("25/QĐ-BCĐ")
        leader.press(.tab, .tab)
        leader.type("Ban Chỉ đạo xã Bình Sa")
        leader.press(.tab, .character(" "))
        leader.press(.control("s"))
        #expect(leader.text.contains("Đã công nhận 10 mô hình"), "\(leader.text)")

        // The award: proposed for the batch, then the decision recorded for all ten.
        leader.press(.escape, .character("K"))
        #expect(leader.text.contains("10 mô hình"))
        leader.press(.character("*"), .character("p"))
        #expect(leader.text.contains("+ Lập đề nghị mới"))
        leader.press(.enter)
        #expect(leader.text.contains("Đề nghị khen thưởng 10 mô hình"))
        #expect(leader.text.contains("Giấy khen"), "the form offered for the commune level")
        leader.press(.control("s"))
        #expect(leader.text.contains("Đã lập đề nghị QD-2025-001 cho 10 mô hình"), "\(leader.text)")
        leader.press(.character("d"), .enter)
        #expect(leader.text.contains("Ghi quyết định khen thưởng QD-2025-001 (10 người/tập thể)"))
        leader.type("112/QĐ-UBND")
        leader.press(.tab, .tab, .tab, .tab)
        leader.type("Hà Đức Tập")
        leader.press(.control("s"))
        #expect(leader.text.contains("Đã ghi quyết định 112/QĐ-UBND: 10 mô hình được khen"), "\(leader.text)")

        // The award list: grouped, numbered, previewed as printed.
        leader.press(.character("l"), .enter)
        #expect(leader.text.contains("TẬP THỂ"))
        #expect(leader.text.contains("CÁ NHÂN"))
        #expect(leader.text.contains("Nguyễn Thị Hoa 10"))
        #expect(leader.text.contains("Tổng: 7 tập thể, 3 cá nhân"))
        leader.press(.character("v"))
        #expect(leader.text.contains("DANH SÁCH"))
        #expect(leader.text.contains("I. TẬP THỂ"))

        // What is on disk.
        let store = RecordStore(directory: clerk.directory)
        let decision = try store.load(AwardDecision.self, id: "QD-2025-001")
        #expect(decision.status == AwardDecision.statusAwarded)
        #expect(decision.number == "112/QĐ-UBND")
        #expect(decision.signer.name == "Hà Đức Tập")
        #expect(decision.date == TestSupport.time.utcDay)
        #expect(decision.recipients.count == 10)
        for model in Self.models() {
            let saved = try store.load(ModelRecord.self, id: model.id)
            #expect(saved.state == "awarded")
            #expect(saved.appraisals.map(\.appraiser).sorted() == Self.appraisers.map(\.login).sorted())
            #expect(ScoreSummary(sheets: saved.appraisals, rubric: clerk.workspace.configuration.rubric).average == 84.33)
            #expect(saved.recognition?.decisionNumber == "25/QĐ-BCĐ")
            #expect(saved.recognition?.outstanding == true)
            #expect(saved.decisionIds == ["QD-2025-001"])
            let steps = saved.history.map(\.transition)
            #expect(steps.filter { $0 == "appraise" }.count == 3)
            #expect(Array(steps.suffix(3)) == ["recognise", "propose_award", "award"])
        }
    }

    @Test func aScoreAboveTheMaximumIsRefusedBeforeTheSheetIsSent() throws {
        let clerk = try setUp()
        let h = try AppHarness(sharing: clerk.directory, login: "td.hang", rows: 40, columns: 120)
        h.press(.character("T"), .enter)
        #expect(h.text.contains("ĐĂNG KÝ") && h.text.contains("KIỂM TRA"), "the model's file under the sheet")
        #expect(!h.text.contains("→ Không công nhận"), "no band before any score is typed")
        h.type("16")
        h.press(.tab)
        #expect(h.text.contains("«16» không hợp lệ: điểm từ 0 đến 15"))
        h.press(.control("s"))
        #expect(!h.text.contains("Nộp phiếu chấm?"), "a refused or missing score stops the submission")
        #expect(try RecordStore(directory: clerk.directory).load(ModelRecord.self, id: "2025-0001").appraisals.isEmpty)
    }

    @Test func theEngineRefusesRecognitionBelowThePassingBandAndSavesTheOthers() throws {
        let clerk = try setUp()
        let store = RecordStore(directory: clerk.directory)
        for (id, scores) in [("2025-0001", [15.0, 15, 20, 25, 15, 10]), ("2025-0002", [5.0, 5, 5, 5, 5, 5])] {
            let model = try store.load(ModelRecord.self, id: id)
            let sheet = ScoreSheet(at: TestSupport.time, scores: scores)
            let users = clerk.workspace.configuration.users
            try store.commit([.model(try clerk.workspace.configuration.rubric.submitting(sheet, to: model, by: users.actor(login: "td.hang"), users: users),
                                     expectedRevision: model.revision, action: "appraise")], by: "td.hang", at: TestSupport.time)
        }
        let leader = try AppHarness(sharing: clerk.directory, login: "lanhdao", rows: 40, columns: 120)
        leader.press(.character("T"), .character(" "), .character(" "), .character("c"), .tab)
        leader.type("30/QĐ-BCĐ")
        leader.press(.control("s"))
        #expect(leader.text.contains("Đã công nhận 1 mô hình — 1 mô hình không được chuyển"), "\(leader.text)")
        #expect(leader.text.contains("2025-0002: kết quả chấm điểm phải đạt mức Tiêu biểu hoặc Công nhận; hiện là 30"), "\(leader.text)")
        #expect(try store.load(ModelRecord.self, id: "2025-0001").state == "recognised")
        #expect(try store.load(ModelRecord.self, id: "2025-0002").state == "appraisal")
    }

    @Test func aSecondAwardInTheSameYearIsWarnedAbout() throws {
        var awarded = AppHarness.model("2025-0001", "Mô hình đã khen", state: "awarded")
        awarded.decisionIds = ["QD-2025-001"]
        awarded.recognition = Recognition(level: "commune", decisionNumber: "1/QĐ", decisionDate: Day(year: 2025, month: 3, day: 1))
        let h = try AppHarness(models: [awarded])
        var decision = AwardDecision(id: "QD-2025-001", number: "5/QĐ-UBND", year: 2025, created: Stamp(at: TestSupport.time, by: "thuky"))
        decision.status = AwardDecision.statusAwarded
        decision.form = "giay_khen"
        decision.level = "commune"
        decision.track = "government"
        decision.recipients = [AwardRecipient(modelId: "2025-0001", name: "Xã Kim Bình", subject: "collective")]
        try RecordStore(directory: h.directory).commit([.decision(decision, expectedRevision: 0, action: "create")], by: "thuky", at: TestSupport.time)
        h.press(.character("K"), .character("e"), .enter)
        #expect(h.text.contains("Đề nghị khen thưởng 1 mô hình"))
        let level = try #require(h.screen.lines().first { $0.contains("Cấp khen thưởng") })
        #expect(level.contains("Tỉnh"), "an escalation from the commune proposes the province: \(level)")
        #expect(h.text.contains("Bằng khen"), "the form offered at the province level")
        h.press(.control("s"))
        #expect(h.text.contains("Đã khen trong năm 2025"), "\(h.text)")
        #expect(h.text.contains("2025-0001 đã được khen theo quyết định 5/QĐ-UBND"))
        h.press(.character("k"))
        #expect(RecordStore(directory: h.directory).ids(of: .decision) == ["QD-2025-001"], "nothing saved when the user stops")
        h.press(.control("s"), .character("c"))
        #expect(h.text.contains("Đã lập đề nghị QD-2025-002 cho 1 mô hình"), "\(h.text)")
        #expect(try RecordStore(directory: h.directory).load(ModelRecord.self, id: "2025-0001").state == "award_proposed")
    }
}

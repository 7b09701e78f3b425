import DVKApp
import DVKCore
import DVKStorage
import DVKTerminal
import DVKTestSupport
import Foundation
import Testing

/// The committee's screens one by one: the queue's side-by-side file, filters and refusals,
/// a pass/fail score sheet, the award list builder's order, the awards screen in English.
@Suite struct CommitteeScreensTests {
    static func inAppraisal(_ id: String, _ name: String, field: String = "economy") -> ModelRecord {
        var model = AppHarness.model(id, name, field: field, state: "appraisal")
        model.solutions = "Vận động Nhân dân hiến đất mở đường"
        model.resultsReport = ResultsReport(submitted: Day(year: 2025, month: 5, day: 2), summary: "Đã làm 3,2 km đường bê tông")
        model.indicators = [Indicator(name: "Đường bê tông", unit: "km", target: 3, actual: 3.2)]
        return model
    }

    @Test("/ searches the appraisal queue and the awards screen as it does the model list, without diacritics")
    func slashSearchesTheQueues() throws {
        let models = [AppHarness.model("2025-0001", "Thắp sáng đường quê", state: "appraisal"),
                      AppHarness.model("2025-0002", "Bếp ăn bán trú", state: "appraisal"),
                      AppHarness.model("2025-0003", "Đường hoa", state: "recognised"),
                      AppHarness.model("2025-0004", "Tổ hòa giải", state: "recognised")]
        let h = try AppHarness(models: models)
        h.press(.escape, .character("T"), .character("/"))
        h.type("duong que")
        #expect(h.text.contains("Thắp sáng đường quê") && !h.text.contains("Bếp ăn bán trú"), "\(h.text)")
        h.press(.enter)
        #expect(h.text.contains("/duong que"))
        h.press(.character("x"))
        #expect(h.text.contains("Bếp ăn bán trú"))
        h.press(.escape, .character("K"), .character("/"))
        h.type("hoa giai")
        #expect(h.text.contains("Tổ hòa giải") && !h.text.contains("Đường hoa"), "\(h.text)")
        h.press(.escape)
        #expect(h.text.contains("Đường hoa"), "Esc drops the search")
    }

    @Test func theQueueShowsRegistrationResultsAndInspectionsSideBySideAndFiltersByField() throws {
        let h = try AppHarness(models: [Self.inAppraisal("2025-0001", "Đường giao thông nông thôn"),
                                        Self.inAppraisal("2025-0002", "Nhà văn hóa thôn", field: "culture_society")],
                               rows: 36, columns: 120)
        h.press(.character("T"))
        #expect(h.text.contains("ĐĂNG KÝ"))
        #expect(h.text.contains("KẾT QUẢ"))
        #expect(h.text.contains("KIỂM TRA"))
        let row = try #require(h.screen.lines().first { $0.contains("▸ Mục tiêu") })
        #expect(row.contains("▸ Báo cáo kết quả") && row.contains("(chưa kiểm tra)"), "the three columns side by side: \(row)")
        #expect(h.text.contains("Đã làm 3,2 km đường bê tông"))
        #expect(h.text.contains("Đường bê tông: 3,2/3 km"), "numbers written the Vietnamese way")
        h.press(.character("f"))
        h.type("linh vuc")
        h.press(.enter)
        h.type("van hoa")
        h.press(.enter)
        #expect(h.text.contains("1 mô hình"))
        #expect(h.text.contains("Nhà văn hóa thôn"))
        #expect(!h.text.contains("Đường giao thông nông thôn"))
    }

    @Test func notRecognisingNeedsAReasonAndIsRecorded() throws {
        var model = Self.inAppraisal("2025-0001", "Đường giao thông nông thôn")
        model.appraisals = [ScoreSheet(appraiser: "td", at: TestSupport.time, scores: [5, 5, 5, 5, 5, 5])]
        let h = try AppHarness(models: [model])
        h.press(.character("T"), .character("n"))
        #expect(h.text.contains("Lý do không công nhận (1 mô hình)"))
        h.press(.enter)
        #expect(h.text.contains("cần ghi lý do") || h.text.contains("không được chuyển"), "\(h.text)")
        #expect(try RecordStore(directory: h.directory).load(ModelRecord.self, id: "2025-0001").state == "appraisal")
        h.press(.character("o"), .character("n"))
        h.type("Chưa có số liệu kiểm chứng")
        h.press(.enter)
        #expect(h.text.contains("Đã ghi không công nhận 1 mô hình"), "\(h.text)")
        let saved = try RecordStore(directory: h.directory).load(ModelRecord.self, id: "2025-0001")
        #expect(saved.state == "not_recognised")
        #expect(saved.history.last?.note == "Chưa có số liệu kiểm chứng")
    }

    @Test func anAppraiserMayScoreButNotRecognise() throws {
        let h = try AppHarness(models: [Self.inAppraisal("2025-0001", "Đường giao thông nông thôn")], login: "td", roles: ["appraiser"])
        h.press(.character("T"), .character("c"))
        #expect(h.text.contains("Bạn chỉ có quyền xem"))
        h.press(.enter)
        #expect(h.text.contains("Phiếu chấm điểm 2025-0001"))
    }

    /// Points above a criterion's maximum are refused as the cell is left: the warning shows,
    /// the focus stays on the points, and the value counts for nothing until it is corrected.
    @Test func pointsAboveTheMaximumKeepTheFocusOnTheCell() throws {
        let h = try AppHarness(models: [Self.inAppraisal("2025-0001", "Đường giao thông nông thôn")], login: "td", roles: ["appraiser"])
        h.press(.character("T"), .enter)
        #expect(h.text.contains("Phiếu chấm điểm 2025-0001"))
        h.type("99")
        for leave in [Key.tab, .down, .enter, .up, .backTab] {
            h.press(leave)
            #expect(h.text.contains("«99» không hợp lệ: điểm từ 0 đến 15"), "\(leave)")
            let row = try #require(h.screen.row(containing: "1. Tính cấp thiết"))
            #expect(h.screen.cursor?.row == row, "the focus stays on the first criterion after \(leave)")
        }
        let total = { h.screen.lines().first { $0.contains("Tổng điểm") } ?? "" }
        #expect(total().contains(" 0 "), "a refused score counts for nothing: \(total())")
        // Still in the points cell: Backspace corrects the score, and then the focus moves on.
        h.press(.backspace, .backspace)
        h.type("12,5")
        h.press(.tab)
        #expect(!h.text.contains("không hợp lệ"))
        #expect(total().contains("12,5"), "a score typed with a decimal comma counts and shows the same way: \(total())")
        let second = try #require(h.screen.row(containing: "2. "))
        #expect(h.screen.cursor?.row == second, "Tab goes on to the next criterion's points, not to a comment")
        h.type("10")
        h.press(.right)                             // at the end of the points: → reaches the comment on purpose
        h.type("Rõ ràng")
        let row = try #require(h.screen.row(containing: "Rõ ràng"))
        #expect(row == second && (h.screen.cursor?.column ?? 0) > 60, "the comment of the same criterion")
        h.press(.tab)
        let third = try #require(h.screen.row(containing: "3. "))
        #expect(h.screen.cursor?.row == third, "from a comment, on to the next criterion's points")
        #expect(total().contains("22,5"), "\(total())")
    }

    @Test func aPassFailRubricTakesAVoteInsteadOfPoints() throws {
        let h = try AppHarness(models: [Self.inAppraisal("2025-0001", "Đường giao thông nông thôn")])
        let path = h.directory.configFile("rubric.json")
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\"mode\": \"points\"", with: "\"mode\": \"passFail\"")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let voter = try AppHarness(sharing: h.directory, login: "thuky")
        voter.press(.character("T"), .enter)
        #expect(voter.text.contains("Kết quả (Space: đạt/không đạt)"))
        #expect(!voter.text.contains("Tối đa"))
        voter.press(.control("s"))
        #expect(voter.text.contains("chưa chọn đạt hay không đạt"))
        voter.press(.character(" "), .control("s"))
        #expect(voter.text.contains("Kết quả Đạt cho 2025-0001"))
        voter.press(.character("c"))
        let saved = try RecordStore(directory: h.directory).load(ModelRecord.self, id: "2025-0001")
        #expect(saved.appraisals.first?.pass == true)
        #expect(saved.appraisals.first?.scores == [])
        #expect(voter.text.contains("Đạt 1/1 phiếu — Công nhận"), "\(voter.text)")
    }

    @Test func theAwardListIsReorderedAndTheOrderKeptOnTheDecision() throws {
        let names = ["Chi bộ thôn Kim Quang", "Chi hội Phụ nữ thôn Bản Tháng", "Đoàn thanh niên xã"]
        var models: [ModelRecord] = []
        for (i, _) in names.enumerated() {
            var m = AppHarness.model("2025-000\(i + 1)", "Mô hình \(i + 1)", state: "awarded")
            m.decisionIds = ["QD-2025-001"]
            models.append(m)
        }
        let h = try AppHarness(models: models)
        var decision = AwardDecision(id: "QD-2025-001", number: "112/QĐ-UBND", year: 2025, created: Stamp(at: TestSupport.time, by: "thuky"))
        decision.status = AwardDecision.statusAwarded
        decision.form = "giay_khen"
        decision.level = "commune"
        decision.track = "government"
        decision.recipients = zip(models, names).map { AwardRecipient(modelId: $0.id, name: $1, subject: "collective") }
        try RecordStore(directory: h.directory).commit([.decision(decision, expectedRevision: 0, action: "create")], by: "thuky", at: TestSupport.time)
        h.press(.character("b"), .enter)
        #expect(h.text.contains("Danh sách khen thưởng — 112/QĐ-UBND"))
        h.press(.down, .down, .down, .character("K"))          // the third collective up to second place
        let order = h.screen.lines().filter { line in names.contains { line.contains($0.prefix(14)) } }
        #expect(order.count == 3, "\(h.text)")
        #expect(order[1].contains("Đoàn thanh niên xã") && order[1].hasPrefix(" 2"), "\(order)")
        h.press(.escape)
        #expect(h.text.contains("Bỏ thay đổi?"), "leaving with an unsaved order asks")
        h.press(.character("k"), .control("s"))
        #expect(h.text.contains("Đã lưu thứ tự danh sách của 112/QĐ-UBND"))
        let saved = try RecordStore(directory: h.directory).load(AwardDecision.self, id: "QD-2025-001")
        #expect(saved.recipients.map(\.name) == [names[0], names[2], names[1]])
    }

    @Test func theAwardsScreenSpeaksEnglishAfterF3() throws {
        var model = AppHarness.model("2025-0001", "Đường giao thông nông thôn", state: "recognised")
        model.recognition = Recognition(level: "commune", decisionNumber: "5/QĐ", decisionDate: Day(year: 2025, month: 4, day: 1))
        let h = try AppHarness(models: [model])
        h.press(.function(3), .character("K"))
        #expect(h.text.contains("Awards"))
        #expect(h.text.contains("Recognised"))
        h.press(.character("p"), .enter)
        #expect(h.text.contains("Propose an award for 1 model(s)"))
        #expect(h.text.contains("Certificate of merit"))
    }

    @Test func inPassFailModeTabGoesToTheGeneralCommentWhichIsKept() throws {
        let h = try AppHarness(models: [Self.inAppraisal("2025-0001", "Đường giao thông nông thôn")])
        let path = h.directory.configFile("rubric.json")
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\"mode\": \"points\"", with: "\"mode\": \"passFail\"")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let voter = try AppHarness(sharing: h.directory, login: "thuky")
        voter.press(.character("T"), .enter, .character("k"))
        #expect(voter.text.contains("(chưa chọn)"), "a letter does not vote; only Space does")
        voter.press(.character(" "), .tab)
        voter.type("Có số liệu")
        voter.press(.control("s"), .character("c"))
        let sheet = try #require(try RecordStore(directory: h.directory).load(ModelRecord.self, id: "2025-0001").appraisals.first)
        #expect(sheet.pass == true)
        #expect(sheet.comment == "Có số liệu")
    }

    @Test func othersScoresStayHiddenInTheQueueUntilMySheetIsIn() throws {
        var model = Self.inAppraisal("2025-0001", "Đường giao thông nông thôn")
        model.appraisals = [ScoreSheet(appraiser: "td.khac", at: TestSupport.time, scores: [14, 13, 18, 22, 13, 9])]
        let h = try AppHarness(models: [model], login: "td", roles: ["appraiser"])
        h.press(.character("T"))
        let row = try #require(h.screen.lines().first { $0.contains("2025-0001") })
        #expect(!row.contains("89"), "another appraiser's average is not shown: \(row)")
    }

    @Test("blind scoring holds in the interface (issue 12, item 8): the queue, its dossier, the sheet, the history and the print preview show an appraiser who has not submitted no other sheet's points or comment")
    func blindScoringHoldsOnEveryScreen() throws {
        var model = Self.inAppraisal("2025-0001", "Đường giao thông nông thôn")
        model.appraisals = [ScoreSheet(appraiser: "td.khac", at: TestSupport.time, scores: [14, 13, 18, 22, 13, 7], comment: "Nhận xét kín của người khác")]
        let h = try AppHarness(models: [model], login: "td", roles: ["appraiser"], rows: 40, columns: 140)
        func hidden(_ place: String) {
            #expect(!h.text.contains("Nhận xét kín") && !h.text.contains(" 87") && !h.text.contains("14+13"), "\(place): \(h.text)")
        }
        h.press(.character("T"))
        #expect(h.text.contains("ĐĂNG KÝ") && h.text.contains("1 phiếu chấm"))
        hidden("queue and dossier")
        h.press(.enter)
        #expect(h.text.contains("chỉ xem được sau khi bạn nộp phiếu"))
        hidden("my score sheet")
        h.press(.escape, .escape)
        h.press(.character("h"))
        #expect(h.text.contains("Lịch sử"))
        hidden("history")
        h.press(.escape, .character("p"), .enter)
        hidden("print preview")
    }

    @Test func theMissingSheetQueueShowsOnlyTheModelsWithoutMySheet() throws {
        var scored = Self.inAppraisal("2025-0001", "Đường đã chấm")
        scored.appraisals = [ScoreSheet(appraiser: "thuky", at: TestSupport.time, scores: [14, 13, 18, 22, 13, 9])]
        let h = try AppHarness(models: [scored, Self.inAppraisal("2025-0002", "Đường chưa chấm")], startOnDashboard: true)
        let line = try #require(h.screen.lines().first { $0.contains("Chờ phiếu chấm của bạn") })
        h.press(.character(try #require(line.trimmingCharacters(in: .whitespaces).first)))
        #expect(h.text.contains("1 mô hình  ·  Chờ phiếu chấm của bạn"), "\(h.text)")
        #expect(h.text.contains("Đường chưa chấm"))
        #expect(!h.text.contains("Đường đã chấm"))
        h.press(.character("x"))
        #expect(h.text.contains("2 mô hình"))
    }

    func proposal(_ models: [ModelRecord]) throws -> AppHarness {
        let h = try AppHarness(models: models)
        var decision = AwardDecision(id: "QD-2025-001", number: "", year: 2025, created: Stamp(at: TestSupport.time, by: "thuky"))
        decision.form = "giay_khen"
        decision.level = "commune"
        decision.track = "government"
        decision.recipients = models.map { AwardRecipient(modelId: $0.id, name: $0.name, subject: "collective") }
        try RecordStore(directory: h.directory).commit([.decision(decision, expectedRevision: 0, action: "create")], by: "thuky", at: TestSupport.time)
        return h
    }

    @Test func aDecisionIsNotRecordedWhileARecipientIsNoLongerProposed() throws {
        var proposed = AppHarness.model("2025-0001", "Mô hình đề nghị", state: "award_proposed")
        proposed.decisionIds = ["QD-2025-001"]
        var declined = AppHarness.model("2025-0002", "Mô hình đã rút", state: "recognised")
        declined.decisionIds = ["QD-2025-001"]
        let h = try proposal([proposed, declined])
        h.press(.character("K"), .character("d"), .enter)
        let number = try #require(h.screen.lines().first { $0.contains("Số quyết định") })
        #expect(number.trimmingCharacters(in: .whitespaces) == "Số quyết định", "the decision number starts empty: \(number)")
        h.type("7/QĐ-UBND")
        h.press(.tab, .tab, .tab, .tab)
        h.type("Hà Đức Tập")
        h.press(.control("s"))
        #expect(h.text.contains("Chưa ghi quyết định"), "\(h.text)")
        #expect(h.text.contains("2025-0002"))
        let store = RecordStore(directory: h.directory)
        #expect(try store.load(AwardDecision.self, id: "QD-2025-001").status == AwardDecision.statusProposed)
        #expect(try store.load(ModelRecord.self, id: "2025-0001").state == "award_proposed", "nothing half-saved")
    }

    @Test func enterOnTheDoubleAwardWarningStops() throws {
        var awarded = AppHarness.model("2025-0001", "Mô hình đã khen", state: "awarded")
        awarded.decisionIds = ["QD-2025-001"]
        let h = try proposal([awarded])
        var decision = try RecordStore(directory: h.directory).load(AwardDecision.self, id: "QD-2025-001")
        decision.status = AwardDecision.statusAwarded
        decision.number = "5/QĐ-UBND"
        try RecordStore(directory: h.directory).commit([.decision(decision, expectedRevision: 1, action: "issue")], by: "thuky", at: TestSupport.time)
        h.press(.character("K"), .character("e"), .enter, .control("s"))
        #expect(h.text.contains("Đã khen trong năm 2025"))
        h.press(.enter)
        #expect(RecordStore(directory: h.directory).ids(of: .decision) == ["QD-2025-001"])
    }

    @Test func typingOnAChoiceStartsItsFilter() throws {
        var model = AppHarness.model("2025-0001", "Đường giao thông nông thôn", state: "recognised")
        model.recognition = Recognition(level: "commune", decisionNumber: "5/QĐ", decisionDate: Day(year: 2025, month: 4, day: 1))
        let h = try AppHarness(models: [model])
        h.press(.character("K"), .character("p"), .enter, .tab)   // the track
        h.type("dang")
        h.press(.enter)
        let track = try #require(h.screen.lines().first { $0.contains("Khối") })
        #expect(track.contains("Đảng"), "\(track)")
    }

    @Test func aProposalIsDeclinedWithAReasonFromTheAwardsScreen() throws {
        var proposed = AppHarness.model("2025-0001", "Mô hình đề nghị", state: "award_proposed")
        proposed.decisionIds = ["QD-2025-001"]
        let h = try proposal([proposed])
        h.press(.character("K"), .character("m"))
        #expect(h.text.contains("Được công nhận"), "declining the award leads back to recognised: \(h.text)")
        h.type("cong nhan")
        h.press(.enter)
        h.type("Chưa đủ thời gian duy trì")
        h.press(.enter)
        let saved = try RecordStore(directory: h.directory).load(ModelRecord.self, id: "2025-0001")
        #expect(saved.state == "recognised")
        #expect(saved.history.last?.transition == "decline_award")
    }
}

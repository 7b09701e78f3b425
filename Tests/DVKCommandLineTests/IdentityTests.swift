import DVKTestSupport
import Foundation
import Testing

/// Identity cannot be borrowed, end to end with the built binary: a score sheet is filed under
/// the acting user, the secretariat enters paper sheets with `--for`, blind scoring holds in
/// every output, and a decision is issued only with its number, date and the workflow's role.
@Suite struct IdentityTests {
    let cli: CLIHarness

    init() throws {
        cli = try CLIHarness()
        try cli.addCommittee(appraisers: 2)
    }

    /// A new model brought to results appraisal by the secretariat.
    func modelInAppraisal() throws -> String {
        let id = try cli.ok(["add", "--year", "2025", "--name", "Thắp sáng đường quê", "--unit", "Xã Bình Sa", "--subject", "tập-thể",
                             "--kind", "mô-hình", "--field", "Văn hóa - xã hội", "--person", "Nguyễn Văn Bình",
                             "--objectives", "Lắp 270 bóng đèn"], as: "thuky").trimmingCharacters(in: .whitespacesAndNewlines)
        for state in ["registration_review", "in_progress", "results_submitted"] { try cli.ok(["move", id, state], as: "thuky") }
        try cli.ok(["inspect", "--date", "12/06/2025", "--level", "huyện", "--team", "Đoàn", "--models", id], as: "thuky")
        try cli.ok(["move", id, "appraisal"], as: "thuky")
        return id
    }

    func sheets(_ id: String) throws -> [[String: Any]] {
        try #require((try cli.json(["show", id, "--json"], as: "lanhdao") as? [String: Any])?["appraisals"] as? [[String: Any]])
    }

    @Test func appraiseByAnotherNameIsRefusedAndTheSheetIsFiledUnderTheActor() throws {
        let id = try modelInAppraisal()
        let borrowed = try cli.run(["appraise", id, "--by", "Lê Thị B", "--scores", "14,13,18,22,13,9"], as: "thamdinh1")
        #expect(borrowed.code == 2)
        #expect(borrowed.err.contains("--for"))
        #expect(try sheets(id).isEmpty)
        try cli.ok(["appraise", id, "--scores", "14,13,18,22,13,9"], as: "thamdinh1")
        try cli.ok(["appraise", id, "--scores", "12,12,16,20,12,8"], as: "thamdinh2")
        #expect(try sheets(id).map { $0["appraiser"] as? String } == ["thamdinh1", "thamdinh2"])
        #expect(try sheets(id).allSatisfy { $0["enteredBy"] == nil })
        let stranger = try cli.run(["appraise", id, "--scores", "14,13,18,22,13,9"], as: "khach")
        #expect(stranger.code == 1)
    }

    @Test func theSecretariatEntersAPaperSheetForAnAppraiserOnce() throws {
        let id = try modelInAppraisal()
        try cli.ok(["appraise", id, "--for", "thamdinh1", "--scores", "14,13,18,22,13,9"], as: "thuky")
        let sheet = try #require(try sheets(id).first)
        #expect(sheet["appraiser"] as? String == "thamdinh1")
        #expect(sheet["enteredBy"] as? String == "thuky")
        let history = try #require((try cli.json(["show", id, "--json"], as: "thuky") as? [String: Any])?["history"] as? [[String: Any]])
        #expect(history.last?["note"] as? String == "thuky nhập phiếu giấy cho thamdinh1")
        #expect(history.last?["by"] as? String == "thuky")

        let twice = try cli.run(["appraise", id, "--for", "thamdinh1", "--scores", "10,10,10,10,10,10"], as: "thuky")
        #expect(twice.code == 2)
        #expect(twice.err.contains("thamdinh1 đã có phiếu chấm"))
        let own = try cli.run(["appraise", id, "--scores", "10,10,10,10,10,10"], as: "thamdinh1")
        #expect(own.code == 2, "the appraiser's paper sheet is theirs")
        let notAppraiser = try cli.run(["appraise", id, "--for", "lanhdao2", "--scores", "10,10,10,10,10,10"], as: "thuky")
        #expect(notAppraiser.code == 2)
        let byAppraiser = try cli.run(["--lang", "en", "appraise", id, "--for", "thamdinh2", "--scores", "10,10,10,10,10,10"], as: "thamdinh1")
        #expect(byAppraiser.code == 1)
        #expect(byAppraiser.err.contains("only the secretariat enters paper sheets"))
        #expect(try sheets(id).count == 1)
    }

    @Test func anAppraiserWithoutASheetSeesNoOtherScoresInAnyOutput() throws {
        let id = try modelInAppraisal()
        try cli.ok(["appraise", id, "--scores", "14,13,18,22,13,9", "--comment", "Cách làm sáng tạo"], as: "thamdinh1")
        let shown = try cli.ok(["show", id], as: "thamdinh2")
        #expect(!shown.contains("89"), "\(shown)")
        #expect(!shown.contains("Cách làm sáng tạo"))
        #expect(!shown.contains("Tiêu biểu"))
        #expect(shown.contains("1 phiếu của thành viên khác"))
        let record = try #require(try cli.json(["show", id, "--json"], as: "thamdinh2") as? [String: Any])
        #expect((record["appraisals"] as? [Any])?.isEmpty == true)
        #expect(record["appraisalsHidden"] as? Int == 1)
        let listed = try #require(try cli.json(["list", "--json"], as: "thamdinh2") as? [[String: Any]])
        #expect(listed.first { $0["id"] as? String == id }?["appraisals"] as? [Any] != nil)
        #expect((listed.first { $0["id"] as? String == id }?["appraisals"] as? [Any])?.isEmpty == true)
        let stranger = try #require(try cli.json(["show", id, "--json"], as: "khach") as? [String: Any])
        #expect((stranger["appraisals"] as? [Any])?.isEmpty == true, "a read-only user sees the count only")
        #expect(!(try cli.ok(["show", id], as: "khach")).contains("89"))

        try cli.ok(["appraise", id, "--scores", "12,12,16,20,12,8"], as: "thamdinh2")
        let after = try #require(try cli.json(["show", id, "--json"], as: "thamdinh2") as? [String: Any])
        #expect((after["appraisals"] as? [Any])?.count == 2)
        #expect(after["appraisalsHidden"] == nil)
        #expect(try cli.ok(["show", id], as: "thamdinh2").contains("89"))
        let leader = try #require(try cli.json(["list", "--json"], as: "lanhdao") as? [[String: Any]])
        #expect((leader.first?["appraisals"] as? [Any])?.count == 2, "the leader sees the sheets to recognise")
    }

    /// The files of the data directory's models and decisions, to show a refusal changed nothing.
    func storedFiles() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for folder in ["models", "decisions"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: cli.dataPath + "/" + folder) {
                files[folder + "/" + name] = try Data(contentsOf: URL(fileURLWithPath: cli.dataPath + "/\(folder)/\(name)"))
            }
        }
        return files
    }

    @Test func decisionIssueNeedsANumberADateAndTheAwardRole() throws {
        let id = try modelInAppraisal()
        try cli.ok(["appraise", id, "--scores", "14,13,18,22,13,9"], as: "thamdinh1")
        try cli.ok(["move", id, "recognised", "--level", "huyện", "--decision", "25-QĐ/BCĐ", "--date", "10/10/2025"], as: "lanhdao")
        try cli.ok(["decision", "add", "--proposed", "--number", "DN-01", "--year", "2025", "--form", "Giấy khen", "--level", "huyện",
                    "--track", "Chính quyền"], as: "thuky")
        try cli.ok(["award", id, "--decision", "DN-01"], as: "thuky")
        // A proposal made in the interface has no number yet.
        let path = cli.dataPath + "/decisions/QD-2025-001.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\"number\" : \"DN-01\"", with: "\"number\" : \"\"").write(toFile: path, atomically: true, encoding: .utf8)
        let before = try storedFiles()

        let noNumber = try cli.run(["decision", "issue", "QD-2025-001", "--date", "14/10/2025"], as: "thuky")
        #expect(noNumber.code == 2)
        #expect(noNumber.err.contains("--number"), "\(noNumber.err)")
        let noDate = try cli.run(["--lang", "en", "decision", "issue", "QD-2025-001", "--number", "112/QĐ-UBND"], as: "thuky")
        #expect(noDate.code == 2)
        #expect(noDate.err.contains("--date: the decision needs its date"), "\(noDate.err)")
        let blank = try cli.run(["decision", "issue", "QD-2025-001", "--number", "  ", "--date", "14/10/2025"], as: "thuky")
        #expect(blank.code == 2)
        let appraiser = try cli.run(["decision", "issue", "QD-2025-001", "--number", "112/QĐ-UBND", "--date", "14/10/2025"], as: "thamdinh1")
        #expect(appraiser.code == 1, "an appraiser may not change decisions at all")
        #expect(try storedFiles() == before, "nothing changes on disk")

        // A province where only leaders record awards: the secretariat is refused by the workflow's role.
        let workflowPath = cli.dataPath + "/config/workflow.json"
        let shipped = try String(contentsOfFile: workflowPath, encoding: .utf8)
        let award = #""id": "award", "from": ["award_proposed"], "to": "awarded","#
        let start = try #require(shipped.range(of: award))
        let roles = try #require(shipped.range(of: #""roles": ["secretariat", "leader", "admin"]"#, range: start.upperBound..<shipped.endIndex))
        try shipped.replacingCharacters(in: roles, with: #""roles": ["leader"]"#).write(toFile: workflowPath, atomically: true, encoding: .utf8)
        let clerk = try cli.run(["decision", "issue", "QD-2025-001", "--number", "112/QĐ-UBND", "--date", "14/10/2025"], as: "thuky")
        #expect(clerk.code == 4)
        #expect(clerk.err.contains("Lãnh đạo Ban Chỉ đạo"), "\(clerk.err)")
        #expect(try storedFiles() == before)
        #expect((try cli.json(["show", id, "--json"]) as? [String: Any])?["state"] as? String == "award_proposed")

        try cli.ok(["decision", "issue", "QD-2025-001", "--number", "112/QĐ-UBND", "--date", "14/10/2025"], as: "lanhdao")
        #expect((try cli.json(["show", id, "--json"]) as? [String: Any])?["state"] as? String == "awarded")
        #expect((try cli.json(["decision", "show", "112/QĐ-UBND", "--json"]) as? [String: Any])?["number"] as? String == "112/QĐ-UBND")
    }
}

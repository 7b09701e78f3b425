import DVKCore
import DVKTestSupport
import Foundation
import Testing

/// End-to-end runs of the built binary: a model's whole life from the shell, the scripting
/// contract, and the error paths.
@Suite struct CommandLineWalkTests {
    let cli: CLIHarness

    init() throws {
        cli = try CLIHarness()
        try cli.addCommittee(appraisers: 1)
    }

    func addModel(_ extra: [String] = []) throws -> String {
        try cli.ok(["add", "--year", "2025", "--name", "Thắp sáng đường quê", "--unit", "Xã Bình Sa", "--subject", "tập-thể",
                    "--kind", "mô-hình", "--field", "Văn hóa - xã hội", "--person", "Nguyễn Văn Bình", "--position", "Trưởng thôn",
                    "--objectives", "Lắp 270 bóng đèn", "--budget", "Xã hội hóa=70.000.000"] + extra, as: "thuky")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func aModelWalksItsWholeLifeFromTheShell() throws {
        let id = try addModel()
        #expect(id == "2025-0001")
        try cli.ok(["move", id, "registration_review", "--note", "Hồ sơ đủ"], as: "thuky")
        try cli.ok(["move", id, "in_progress"], as: "thuky")
        try cli.ok(["inspect", "--date", "12/06/2025", "--level", "huyện", "--team", "Đoàn kiểm tra BCĐ huyện", "--models", id,
                    "--findings", "Đèn đã lắp 250/270 bóng"], as: "thuky")
        try cli.ok(["move", id, "results_submitted"], as: "thuky")
        try cli.ok(["move", id, "appraisal"], as: "thuky")
        try cli.ok(["appraise", id, "--scores", "14,13,18,22,13,9"], as: "thamdinh1")
        try cli.ok(["move", id, "recognised", "--level", "huyện", "--decision", "25-QĐ/BCĐ", "--date", "10/10/2025"], as: "lanhdao")
        try cli.ok(["decision", "add", "--number", "112/QĐ-UBND", "--date", "14/10/2025", "--form", "Giấy khen", "--level", "huyện",
                    "--track", "Chính quyền", "--signer", "Hà Đức Tập"], as: "thuky")
        try cli.ok(["award", id, "--decision", "112/QĐ-UBND"], as: "thuky")

        let record = try #require(try cli.json(["show", id, "--json"]) as? [String: Any])
        #expect(record["state"] as? String == "awarded")
        #expect(record["subject"] as? String == "collective")
        #expect(record["field"] as? String == "culture_society")
        #expect(record["unit"] as? String == "xa-binh-sa")
        for key in ["id", "year", "unit", "name", "subject", "kind", "origin", "field", "level", "state", "history", "appraisals",
                    "recognition", "revision", "schemaVersion"] {
            #expect(record[key] != nil, "key \(key)")
        }
        let history = try #require(record["history"] as? [[String: Any]])
        let moves = history.filter { ($0["from"] as? String) != ($0["to"] as? String) }
        #expect(moves.map { $0["to"] as? String } == ["registered", "registration_review", "in_progress", "results_submitted", "appraisal",
                                                      "recognised", "award_proposed", "awarded"])
        #expect(Set(history[0].keys).isSuperset(of: ["from", "to", "at", "by", "note"]))
        #expect(history[1]["note"] as? String == "Hồ sơ đủ")
        #expect(moves.first { $0["to"] as? String == "recognised" }?["by"] as? String == "lanhdao")
        let recognition = try #require(record["recognition"] as? [String: Any])
        #expect(recognition["decisionDate"] as? String == "2025-10-10")

        let text = try cli.ok(["show", id])
        #expect(text.contains("Đã khen thưởng"))
        #expect(text.contains("Hà Đức Tập"), "the leader is shown by name, not by login")
        #expect(text.contains("Chuyển sang Được công nhận (phiên bản"), "the save journal in words")
        #expect(text.contains("«Hồ sơ đủ»"))
        #expect(text.contains("112/QĐ-UBND"))
        #expect(try cli.ok(["check"]).contains("1 mô hình, 1 đợt kiểm tra, 1 quyết định"))
        let decision = try #require((try cli.json(["decisions", "--json"]) as? [[String: Any]])?.first)
        #expect((decision["recipients"] as? [[String: Any]])?.first?["modelId"] as? String == id)
        let rounds = try #require(try cli.json(["inspections", "--json"]) as? [[String: Any]])
        #expect(rounds.count == 1)
    }

    @Test("show prints the indicators the Vietnamese way, the results report and the attachments")
    func showPrintsTheWholeRegistration() throws {
        let id = try addModel()
        try cli.ok(["edit", id, "--set", #"indicators=[{"name":"Bóng đèn lắp mới","unit":"bóng","target":1200,"actual":1150.5}]"#,
                    "--set", "resultsReport.submitted=15/11/2025", "--set", "resultsReport.summary=Đã lắp 1.150 bóng",
                    "--set", "attachments=minh-chung/anh-1.jpg;minh-chung/bien-ban.pdf"], as: "thuky")
        let text = try cli.ok(["show", id])
        #expect(text.contains("Bóng đèn lắp mới: 1.200 → 1.150,5 bóng"), "\(text)")
        #expect(text.contains("Ngày nộp báo cáo kết quả") && text.contains("15/11/2025"), "\(text)")
        #expect(text.contains("Đã lắp 1.150 bóng"))
        #expect(text.contains("minh-chung/anh-1.jpg") && text.contains("minh-chung/bien-ban.pdf"))
    }

    @Test func listJSONIsAnArrayOfWholeRecordsFilteredByStateAndYear() throws {
        let first = try addModel()
        _ = try addModel(["--draft"])
        _ = try addModel(["--year", "2024"])
        let registered = try #require(try cli.json(["list", "--state", "registered", "--year", "2025", "--json"]) as? [[String: Any]])
        #expect(registered.map { $0["id"] as? String } == [first])
        #expect(registered.first?["history"] is [Any])
        let all = try #require(try cli.json(["list", "--json"]) as? [[String: Any]])
        #expect(all.count == 3)
        let found = try cli.ok(["list", "--search", "thap sang duong"])
        #expect(found.contains("Thắp sáng đường quê"))
        #expect(try cli.ok(["list", "--field", "Kinh tế"]).contains("0/3"))
    }

    @Test func editSetsKeysAndRefusesAnOlderRevision() throws {
        let id = try addModel()
        try cli.ok(["edit", id, "--set", "address=Thôn Kim Quang, xã Bình Sa", "--set", "resources.workdays=120",
                    "--set", "startDate=01/03/2025", "--set", "field=Kinh tế"], as: "thuky")
        let record = try #require(try cli.json(["show", id, "--json"]) as? [String: Any])
        #expect(record["address"] as? String == "Thôn Kim Quang, xã Bình Sa")
        #expect(record["startDate"] as? String == "2025-03-01")
        #expect(record["field"] as? String == "economy")
        #expect((record["resources"] as? [String: Any])?["workdays"] as? Int == 120)
        let stale = try cli.run(["edit", id, "--revision", "1", "--set", "name=Ghi đè"], as: "thuky")
        #expect(stale.code == 3)
        #expect(stale.err.contains("thuky"))
        #expect((try cli.json(["show", id, "--json"]) as? [String: Any])?["name"] as? String == "Thắp sáng đường quê")
    }

    @Test func reportStatsFollowsTheJSONContract() throws {
        _ = try addModel()
        for table in ["by-field", "registered-recognised", "awards-by-level"] {
            let report = try #require(try cli.json(["report", "stats", "--table", table, "--from", "2024", "--to", "2025", "--json"]) as? [String: Any])
            #expect(report["table"] as? String == table)
            let columns = try #require(report["columns"] as? [String])
            let rows = try #require(report["rows"] as? [[String: Any]])
            let totals = try #require(report["totals"] as? [String: Int])
            for column in columns {
                let sum = rows.compactMap { ($0["values"] as? [String: Int])?[column] }.reduce(0, +)
                #expect(totals[column] == sum, "\(table) \(column)")
            }
        }
        let registered = try #require(try cli.json(["report", "stats", "--table", "registered-recognised", "--year", "2025", "--json"]) as? [String: Any])
        #expect((registered["totals"] as? [String: Int])?["registered_collective"] == 1)
        let csv = try cli.ok(["report", "stats", "--table", "by-field", "--year", "2025", "--csv"])
        #expect(csv.contains("Văn hóa – xã hội"))
    }

    // MARK: - Error paths

    @Test func anUnknownIDIsNamed() throws {
        let result = try cli.run(["show", "2025-9999"])
        #expect(result.code == 1)
        #expect(result.err.contains("2025-9999"))
        #expect(!result.err.contains("Fatal"))
    }

    @Test func aBadDateIsRefusedNamingTheOption() throws {
        let id = try addModel()
        let result = try cli.run(["inspect", "--date", "31/02/2025", "--level", "huyện", "--team", "Đoàn", "--models", id], as: "thuky")
        #expect(result.code == 2)
        #expect(result.err.contains("--date"))
        #expect(result.err.contains("31/02/2025"))
        #expect((try cli.json(["inspections", "--json"]) as? [Any])?.isEmpty == true)
    }

    @Test func aScoreAboveTheMaximumIsRefusedNamingTheCriterion() throws {
        let id = try walkToAppraisal()
        let result = try cli.run(["appraise", id, "--scores", "16,13,18,22,13,9"], as: "thamdinh1")
        #expect(result.code == 2)
        #expect(result.err.contains("Tính cấp thiết"))
        #expect(result.err.contains("15"))
        let wrongCount = try cli.run(["appraise", id, "--scores", "14,13"], as: "thamdinh1")
        #expect(wrongCount.code == 2)
    }

    @Test func aForbiddenMoveNamesEveryFailedGuard() throws {
        let id = try walkToAppraisal()
        let result = try cli.run(["move", id, "recognised"], as: "lanhdao")
        #expect(result.code == 4)
        #expect(result.err.contains("phiếu chấm điểm"))
        #expect(result.err.contains("recognition.decisionNumber"))
        let english = try cli.run(["--lang", "en", "move", id, "recognised"], as: "lanhdao")
        #expect(english.err.contains("score sheet"))
        let impossible = try cli.run(["move", id, "draft"], as: "lanhdao")
        #expect(impossible.code == 4)
        #expect((try cli.json(["show", id, "--json"]) as? [String: Any])?["state"] as? String == "appraisal")
    }

    @Test func theWrongRoleIsRefused() throws {
        let id = try addModel()
        let appraiser = try cli.run(["move", id, "registration_review"], as: "thamdinh1")
        #expect(appraiser.code == 4)
        #expect(appraiser.err.contains("vai trò"))
        let stranger = try cli.run(["edit", id, "--set", "name=X"], as: "khach")
        #expect(stranger.code == 1)
        #expect(stranger.err.contains("chỉ có quyền xem"))
        let clerkRejects = try cli.run(["move", id, "registration_review"], as: "thuky")
        #expect(clerkRejects.code == 0)
        let reject = try cli.run(["move", id, "rejected", "--note", "Trùng nội dung"], as: "thuky")
        #expect(reject.code == 4)
    }

    @Test func dvkUserIsRefusedUnlessTheConfigurationAllowsIt() throws {
        let strict = try CLIHarness(allowEnvironmentUser: false)
        let result = try strict.run(["list"], as: "lanhdao")
        #expect(result.code == 1)
        #expect(result.err.contains("DVK_USER"))
        #expect(try strict.run(["list"]).code == 0)
    }

    @Test func badListValuesAndMissingDirectoriesGetClearMessages() throws {
        let bad = try cli.run(["add", "--name", "X", "--unit", "Xã Không Có", "--subject", "tập thể", "--kind", "mô hình", "--field", "Kinh tế"], as: "thuky")
        #expect(bad.code == 2)
        #expect(bad.err.contains("Xã Không Có"))
        let missing = try cli.run(["--data", NSTemporaryDirectory() + "nowhere-\(UUID())", "list"])
        #expect(missing.code == 1)
        #expect(missing.err.contains("dvk init"))
    }

    @Test func helpSpeaksVietnameseByDefaultAndEnglishOnRequest() throws {
        #expect(try cli.run(["--help"]).out.contains("Liệt kê mô hình"))
        #expect(try cli.run(["--help"], env: ["LANG": "en_US.UTF-8"]).out.contains("List models"))
        #expect(try cli.run(["--lang", "en", "list", "--help"]).out.contains("search ignoring diacritics"))
    }

    /// Issue 14: the global options beside a help request, the parser's own sentences, the
    /// values the filters accept, the version.
    @Test func helpAsksAreAnsweredWhereverTheGlobalOptionsStand() throws {
        let root = try cli.run(["--help", "--lang", "en"])
        #expect(root.code == 0 && root.out.contains("The “Dân vận khéo” model register") && root.out.contains("SUBCOMMANDS"), "\(root.out)")
        let print = try cli.run(["help", "print", "--lang", "en"])
        #expect(print.code == 0 && print.out.contains("dvk print"), "\(print.err)")
        let vietnamese = try cli.run(["list", "--help", "--lang", "vi"]).out
        for english in ["Show the version.", "Show help information.", "(default:", "USAGE:", "OPTIONS:"] {
            #expect(!vietnamese.contains(english), "\(english) in: \(vietnamese)")
        }
        #expect(vietnamese.contains("(mặc định: id)"))
        for command in [["import"], ["template"], ["report"], ["print"], []] {
            let help = try cli.run(command + ["--help", "--lang", "vi"]).out
            for english in ["values:", "default:", "See 'dvk", "for detailed help"] { #expect(!help.contains(english), "\(english) in: \(help)") }
        }
        let english = try cli.run(["list", "--help", "--lang", "en"]).out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for value in ["registration_review", "culture_society", "collective", "exemplar", "district", "dvk units list"] {
            #expect(english.contains(value), "list --help names \(value): \(english)")
        }
        let topDiscussion = try cli.run(["--help", "--lang", "en"]).out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let dataOption = try cli.run(["list", "--help", "--lang", "en"]).out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(topDiscussion.contains("DVK_DATA, $XDG_DATA_HOME/dvk, or ~/.local/share/dvk"))
        #expect(dataOption.contains("DVK_DATA, $XDG_DATA_HOME/dvk, or ~/.local/share/dvk"))
        let version = try cli.run(["--version"])
        #expect(version.code == 0 && version.out.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3, "\(version.out)")
    }

    private func walkToAppraisal() throws -> String {
        let id = try addModel()
        for state in ["registration_review", "in_progress", "results_submitted"] { try cli.ok(["move", id, state], as: "thuky") }
        try cli.ok(["inspect", "--date", "12/06/2025", "--level", "huyện", "--team", "Đoàn", "--models", id], as: "thuky")
        try cli.ok(["move", id, "appraisal"], as: "thuky")
        return id
    }
}

/// docs/workflow.md carries the generated reference of the shipped workflow, unchanged.
@Suite struct WorkflowDocumentTests {
    @Test func theWorkflowDocumentMatchesTheShippedWorkflowFile() throws {
        let cli = try CLIHarness()
        let generated = try cli.ok(["workflow", "--markdown"])
        let document = try String(contentsOfFile: TestSupport.packageRoot + "/docs/workflow.md", encoding: .utf8)
        let begin = try #require(document.range(of: "<!-- generated: dvk workflow --markdown -->\n"))
        let end = try #require(document.range(of: "<!-- end generated -->"))
        #expect(String(document[begin.upperBound..<end.lowerBound]) == generated)
        #expect(generated.contains("registration_review --> in_progress: accept"))
        #expect(try cli.ok(["workflow"]).contains("Thẩm định đăng ký (registration_review)"))
    }
}

/// `dvk check` on hand-edited files.
@Suite struct CheckCommandTests {
    @Test func checkFlagsDecomposedTextWrittenByHand() throws {
        let cli = try CLIHarness()
        let id = try cli.ok(["add", "--year", "2025", "--name", "Tổ quốc", "--unit", "Xã Kim Bình", "--subject", "tập thể",
                             "--kind", "mô hình", "--field", "Kinh tế"]).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try cli.run(["check"]).code == 0)
        let path = cli.dataPath + "/models/\(id).json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let decomposed = text.replacingOccurrences(of: "Tổ quốc", with: "To\u{302}\u{309} quo\u{302}\u{301}c")
        #expect(Array(decomposed.unicodeScalars) != Array(text.unicodeScalars), "the file now holds NFD text")
        try Data(decomposed.utf8).write(to: URL(fileURLWithPath: path))
        let result = try cli.run(["check"])
        #expect(result.code == 5)
        #expect(result.out.contains("\(id): có chữ không ở dạng chuẩn NFC"))
    }
}

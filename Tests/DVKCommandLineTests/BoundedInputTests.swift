import DVKTestSupport
import Foundation
import Testing

/// Values typed on the command line that exceed the JSON limits or the largest amount are bad
/// input (exit code 2) with a message naming the field, and a broken record file stops only
/// itself: never a trap.
@Suite struct BoundedInputTests {
    let cli: CLIHarness
    let required = ["--name", "Thắp sáng đường quê", "--unit", "Xã Bình Sa", "--subject", "tập-thể", "--kind", "mô-hình",
                    "--field", "Văn hóa - xã hội", "--draft"]

    init() throws {
        cli = try CLIHarness()
    }

    @Test func anAbsurdBudgetIsBadInputNamingTheSource() throws {
        let result = try cli.run(["add"] + required + ["--budget", "Nhân dân=1e300"])
        #expect(result.code == 2, "\(result.err)")
        #expect(result.err.contains("--budget «Nhân dân»") && result.err.contains("1e300"), "\(result.err)")
        #expect(try cli.ok(["add"] + required + ["--budget", "Nhân dân=1.000.000.000.000.000"]).contains("-0001"))
    }

    @Test func aLoneSurrogateOrDeepNestingInASetValueIsBadInputNamingTheField() throws {
        let id = try cli.ok(["add"] + required).trimmingCharacters(in: .whitespacesAndNewlines)
        for value in [#"[{"name": "\uD800\u0041", "unit": "ha"}]"#, String(repeating: "[", count: 60_000)] {
            for arguments in [["edit", id, "--set", "indicators=\(value)"], ["add"] + required + ["--set", "indicators=\(value)"]] {
                let result = try cli.run(arguments + ["--lang", "en"])
                #expect(result.code == 2, "\(result.err)")
                #expect(result.err.contains("«indicators»: expects valid JSON"), "\(result.err)")
            }
        }
        let text = try cli.ok(["edit", id, "--set", #"name=\uD800\u0041"#, "--json"])
        #expect(text.contains(#"\\uD800\\u0041"#), "a text key takes the typed characters as they are")
        #expect(try cli.ok(["show", id]).contains(#"\uD800\u0041"#))
    }

    @Test func aRecordWithALoneSurrogateStopsOnlyItself() throws {
        let good = try cli.ok(["add"] + required).trimmingCharacters(in: .whitespacesAndNewlines)
        let bad = try cli.ok(["add"] + required).trimmingCharacters(in: .whitespacesAndNewlines)
        let path = "\(cli.dataPath)/models/\(bad).json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "Thắp sáng", with: #"Thắp \uD800\u0041sáng"#).write(toFile: path, atomically: true, encoding: .utf8)
        let show = try cli.run(["show", bad])
        #expect(show.code == 1)
        #expect(show.err.contains("\(bad).json:") && show.err.contains("surrogate"), "\(show.err)")
        let list = try cli.run(["list"])
        #expect(list.code == 0)
        #expect(list.out.contains(good))
    }
}

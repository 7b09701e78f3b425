import Foundation
import Testing

/// Text written by hand into the data files cannot attack whoever reads `dvk`'s output: no
/// spreadsheet formula in CSV, no escape sequence or bidi override on the terminal.
@Suite struct HostileOutputTests {
    /// The JSON form of the hostile name written into the file: a formula, a colour escape and a
    /// right-to-left override (a model saved through `dvk` would have been cleaned).
    static let hostileJSON = #"=HYPERLINK(\"http://x\",\"y\")\u001b[31m\u202eTổ quốc\u0007"#

    /// A data directory with one model whose name was replaced by hand with the hostile one.
    func handEditedModel() throws -> (CLIHarness, String) {
        let cli = try CLIHarness()
        let id = try cli.ok(["add", "--year", "2025", "--name", "Tổ quốc", "--unit", "Xã Kim Bình", "--subject", "tập thể",
                             "--kind", "mô hình", "--field", "Kinh tế"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let path = cli.dataPath + "/models/\(id).json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"Tổ quốc\"", with: "\"\(Self.hostileJSON)\"").utf8).write(to: URL(fileURLWithPath: path))
        return (cli, id)
    }

    static func isHarmless(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" }
    }

    /// A one-line field keeps no tab or line break: `dvk add --name` with a tab stores a space,
    /// so the name cannot shift a table's columns; a multi-line field keeps its lines.
    @Test func aTabOrLineBreakGivenForANameIsStoredAsASpace() throws {
        let cli = try CLIHarness()
        let id = try cli.ok(["add", "--year", "2025", "--name", "Camera\tbảo vệ\ncộng đồng", "--unit", "Xã Kim Bình", "--subject", "tập thể",
                             "--kind", "mô hình", "--field", "Kinh tế", "--objectives", "Lắp camera\nGiữ an ninh"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let record = try #require(try cli.json(["show", id, "--json"]) as? [String: Any])
        #expect(record["name"] as? String == "Camera bảo vệ cộng đồng")
        #expect(record["objectives"] as? String == "Lắp camera\nGiữ an ninh")
    }

    @Test func theCSVListShowsTheFormulaAsTextBehindAnApostrophe() throws {
        let (cli, id) = try handEditedModel()
        let csv = try cli.ok(["list", "--csv"])
        let row = try #require(csv.split(separator: "\n").first { $0.hasPrefix(id) })
        #expect(row.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\") [31mTổ quốc \","))
        #expect(Self.isHarmless(csv))
    }

    @Test func plainOutputCarriesNoEscapeBellOrOverride() throws {
        let (cli, id) = try handEditedModel()
        let show = try cli.ok(["show", id])
        #expect(show.contains("[31mTổ quốc"))
        #expect(Self.isHarmless(show))
        #expect(Self.isHarmless(try cli.ok(["list"])))
    }

    @Test func jsonOutputKeepsTheNameWithTheUnsafeCharactersEscaped() throws {
        let (cli, id) = try handEditedModel()
        let json = try cli.ok(["show", id, "--json"])
        #expect(Self.isHarmless(json))
        #expect(json.contains(#"\u001B[31m\u202ETổ quốc\u0007"#) || json.contains(#"\u001b[31m\u202ETổ quốc\u0007"#))
        let record = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(record["name"] as? String == "=HYPERLINK(\"http://x\",\"y\")\u{1B}[31m\u{202E}Tổ quốc\u{07}")
    }

    @Test func anErrorQuotingABrokenFileCarriesNoEscapeOrOverride() throws {
        let (cli, id) = try handEditedModel()
        let path = cli.dataPath + "/models/\(id).json"
        try Data(#"{"\u001b]0;pwned\u0007\u202eeman" 1}"#.utf8).write(to: URL(fileURLWithPath: path))
        let result = try cli.run(["show", id])
        #expect(result.code != 0)
        #expect(result.err.contains("]0;pwned eman"))
        #expect(Self.isHarmless(result.err))
        #expect(Self.isHarmless(result.out))
    }

    @Test func aUsageErrorQuotingAnArgumentCarriesNoEscape() throws {
        let cli = try CLIHarness()
        let result = try cli.run(["list", "--year", "x\u{1B}[2J\u{202E}"])
        #expect(result.code != 0)
        #expect(result.err.contains("[2J"))
        #expect(Self.isHarmless(result.err))
    }
}

import DVKCore
import DVKStorage
import DVKTestSupport
import Foundation
import Testing

/// `list --json` prints the record files' bytes where they are as dvk writes them: its output
/// must be the very bytes the decode-and-encode path gave, for every role (score sheets hidden
/// where blind scoring hides them), with damaged, hand-laid-out and hostile files in the folder.
@Suite struct ListJSONStreamTests {
    let cli: CLIHarness

    init() throws {
        cli = try CLIHarness(demo: true)
        let models = cli.dataPath + "/models/"
        let ids = try FileManager.default.contentsOfDirectory(atPath: models).filter { $0.hasSuffix(".json") }.sorted()
        // A file laid out by hand (same record, other indentation): decoded, not copied.
        let handLaid = try String(contentsOfFile: models + ids[0], encoding: .utf8)
        try handLaid.replacingOccurrences(of: "\n  \"", with: "\n   \"").write(toFile: models + ids[0], atomically: true, encoding: .utf8)
        // A right-to-left override in a name, in a file otherwise as dvk writes it.
        let hostile = try String(contentsOfFile: models + ids[1], encoding: .utf8)
        try hostile.replacingOccurrences(of: "\"name\" : \"", with: "\"name\" : \"\u{202E}").write(toFile: models + ids[1], atomically: true, encoding: .utf8)
        // A damaged file: reported, never printed.
        try Array("{ \"id\" : \"2025-9999\", ".utf8).write(to: models + "2025-9999.json")
    }

    /// What `list --json` printed before the stream: every record decoded, seen through the
    /// acting user's view of the sheets, encoded as one array, made safe for the terminal.
    private func decodedAndEncoded(as login: String) throws -> String {
        let directory = DataDirectory(path: cli.dataPath)
        let configuration = try directory.loadConfiguration()
        let actor = configuration.users.actor(login: login)
        let records = RecordStore(directory: directory).loadAll(ModelRecord.self).records.sorted { $0.id < $1.id }
        let visible = records.map { record in
            OldVisibleRecord(record: record, view: AppraisalView(of: record.appraisals, for: actor, rubric: configuration.rubric,
                                                                 users: configuration.users))
        }
        return TerminalText.escapingInJSON(String(decoding: try RecordCoding.encode(visible), as: UTF8.self))
    }

    @Test(arguments: ["thuky", "lanhdao", "thamdinh1", "thamdinh2", "khach"])
    func theOutputIsTheBytesOfDecodingAndEncodingEveryRecord(login: String) throws {
        let listed = try cli.run(["list", "--json"], as: login)
        #expect(listed.code == 0)
        #expect(listed.err.contains("2025-9999.json"), "the damaged file is reported")
        #expect(!listed.out.contains("2025-9999"))
        #expect(!listed.out.unicodeScalars.contains("\u{202E}"))
        #expect(listed.out.contains("\\u202E"))
        let expected = try decodedAndEncoded(as: login)
        #expect(listed.out == expected)
        let hidden = listed.out.components(separatedBy: "\"appraisalsHidden\"").count - 1
        if ["khach", "thamdinh1", "thamdinh2"].contains(login) {
            #expect(hidden > 0, "blind scoring hides some sheets from \(login)")
        } else {
            #expect(hidden == 0)
        }
    }

    @Test func aFilteredAndReversedListIsTheSameRecordsInTheSameOrder() throws {
        let listed = try cli.json(["list", "--json", "--sort", "name", "--reverse", "--search", "dan van"], as: "khach")
        let table = try cli.ok(["list", "--csv", "--sort", "name", "--reverse", "--search", "dan van"], as: "khach")
        let ids = (listed as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        #expect(!ids.isEmpty)
        #expect(ids == table.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) })
    }

    @Test func anEmptyListIsAnEmptyArray() throws {
        let listed = try cli.run(["list", "--json", "--search", "không có mô hình nào như thế"], as: "khach")
        #expect(listed.out == String(decoding: try RecordCoding.encode([ModelRecord]()), as: UTF8.self))
    }
}

/// A mirror of the command line's `VisibleRecord`, kept apart as the reference the stream is
/// compared with.
private struct OldVisibleRecord: Encodable {
    let record: ModelRecord
    let view: AppraisalView

    private enum Key: String, CodingKey { case appraisalsHidden }

    func encode(to encoder: Encoder) throws {
        try record.seen(through: view).encode(to: encoder)
        if view.isHidden {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(view.sheetCount, forKey: .appraisalsHidden)
        }
    }
}

private extension Array where Element == UInt8 {
    func write(to path: String) throws { try Data(self).write(to: URL(fileURLWithPath: path)) }
}

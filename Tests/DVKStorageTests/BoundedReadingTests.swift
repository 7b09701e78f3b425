import DVKCore
import DVKStorage
import DVKTestSupport
import Foundation
import Testing

/// No file can stop the others: records, configuration files and journal lines that exceed the
/// `JSONLimits` (lone surrogates, deep nesting, numbers out of range, absurd schema versions) are
/// positioned problems, never a trap, a stack overflow or a hang.
@Suite struct BoundedReadingTests {
    let directory: DataDirectory
    let store: RecordStore

    init() throws {
        directory = DataDirectory(path: try TestSupport.scratchFolder() + "/data")
        try directory.create(from: TestSupport.defaults, admin: .init(login: "root", name: "Quản trị", roles: ["admin"]),
                             allowEnvironmentUser: false, at: TestSupport.time)
        store = RecordStore(directory: directory)
    }

    static let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)

    func write(_ text: String, as id: String) throws {
        try DurableFile.write(Array(text.utf8), to: directory.file(for: .model, id: id))
    }

    /// A valid model record file with `name` replaced by raw JSON text.
    func model(id: String, name: String) throws -> String {
        var record = TestSupport.completeModel(id: id)
        record.name = "NAME"
        return String(decoding: try RecordCoding.encode(record), as: UTF8.self)
            .replacingOccurrences(of: "\"NAME\"", with: name)
    }

    /// The one problem of loading every model, in Vietnamese and English; the good record loads.
    func problemOfLoadingAll() throws -> (vi: String, en: String) {
        try store.commit([.model(TestSupport.completeModel(id: "2025-0001"), expectedRevision: 0, action: "create")], by: "a", at: TestSupport.time)
        let report = store.loadAll(ModelRecord.self)
        #expect(report.records.map(\.id) == ["2025-0001"])
        let problem = try #require(report.problems.first)
        #expect(report.problems.count == 1)
        return (problem.message(.vi), problem.message(.en))
    }

    @Test func aLoneSurrogateInARecordIsASyntaxErrorAtItsEscape() throws {
        let text = try model(id: "2025-0009", name: #""ab\uD800\u0041""#)
        try write(text, as: "2025-0009")
        let (vi, en) = try problemOfLoadingAll()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains("\\uD800") })
        let column = try #require(lines[line].utf8.firstIndex(of: UInt8(ascii: "\\")).map { lines[line].utf8.distance(from: lines[line].utf8.startIndex, to: $0) })
        #expect(en.contains("2025-0009.json:\(line + 1):\(column + 1): "), "\(en)")
        #expect(en.contains("lone surrogate"), "\(en)")
        #expect(vi.contains("surrogate") && vi.contains("không hợp lệ"), "\(vi)")
    }

    @Test func deepNestingInARecordIsRefusedAtTheLevelTooMany() throws {
        try write(try model(id: "2025-0009", name: Self.deep), as: "2025-0009")
        let (vi, en) = try problemOfLoadingAll()
        #expect(en.contains("nested too deeply"), "\(en)")
        #expect(vi.contains("lồng nhau quá sâu"), "\(vi)")
    }

    @Test(arguments: ["1e300", "9223372036854775807", "-1e15", "0", "1.5", "1001"])
    func anAbsurdSchemaVersionIsMalformedAtItsLine(_ version: String) throws {
        try write("{\n  \"id\": \"2025-0009\",\n  \"schemaVersion\": \(version)\n}\n", as: "2025-0009")
        let started = Date()
        let (vi, en) = try problemOfLoadingAll()
        #expect(Date().timeIntervalSince(started) < 5, "no loop over the versions")
        #expect(en.contains("2025-0009.json:3:"), "\(en)")
        #expect(en.contains("schemaVersion") || en.contains("number out of range"), "\(en)")
        #expect(vi.contains("schemaVersion") || vi.contains("số vượt quá giới hạn"), "\(vi)")
    }

    @Test func aNumberBeyondTwoToThe53IsRefusedWherever() throws {
        let text = try model(id: "2025-0009", name: "\"x\"").replacingOccurrences(of: "\"revision\" : 0", with: "\"revision\" : 9223372036854775807")
        #expect(text.contains("9223372036854775807"))
        try write(text, as: "2025-0009")
        let (_, en) = try problemOfLoadingAll()
        #expect(en.contains("number out of range"), "\(en)")
    }

    /// The problem that stops loading the configuration.
    func configurationProblem() throws -> LoadProblem {
        let error = try #require(throws: StorageError.self) { try directory.loadConfiguration() }
        guard case .malformed(let problem) = error else { throw error }
        return problem
    }

    @Test func aTooDeepWorkflowStopsTheConfigurationWithAPosition() throws {
        let path = directory.configFile("workflow.json")
        try DurableFile.write(Array("{\"states\": \(Self.deep)}".utf8), to: path)
        let problem = try configurationProblem()
        #expect(problem.path == path)
        #expect((problem.line, problem.column) == (1, 11 + JSONLimits.maximumDepth), "the object is the first level")
        #expect(problem.text(.en).contains("nested too deeply"))
    }

    @Test func aLoneSurrogateInUsersStopsTheConfigurationWithAPosition() throws {
        let path = directory.configFile("users.json")
        let users = String(decoding: try #require(try DurableFile.read(path)), as: UTF8.self)
        try DurableFile.write(Array(users.replacingOccurrences(of: "\"root\"", with: #""ro\uD800\u0041ot""#).utf8), to: path)
        let problem = try configurationProblem()
        #expect(problem.path == path)
        #expect(problem.line > 1)
        #expect(problem.text(.vi).contains("surrogate"), "\(problem.text(.vi))")
    }

    @Test func aBadJournalLineIsAProblemAtItsLineAndTheOthersStillRead() throws {
        try store.commit([.model(TestSupport.completeModel(id: "2025-0001"), expectedRevision: 0, action: "create")], by: "a", at: TestSupport.time)
        let good = String(decoding: try #require(try DurableFile.read(directory.journalPath)), as: UTF8.self)
        let surrogate = good.replacingOccurrences(of: "\"note\":\"\"", with: #""note":"\uD800\u0041""#)
        #expect(surrogate != good)
        let text = good + surrogate + Self.deep + "\n" + #"{"fromRevision":1e300}"# + "\n" + good
        let (entries, problems) = Journal.parse(bytes: Array(text.utf8), path: "journal.jsonl")
        #expect(entries.count == 2)
        #expect(problems.map(\.line) == [2, 3, 4])
        #expect(problems.map(\.column) == [try #require(surrogate.range(of: "\\uD800")).lowerBound.utf16Offset(in: surrogate) + 1,
                                           JSONLimits.maximumDepth + 1, 17])
    }
}

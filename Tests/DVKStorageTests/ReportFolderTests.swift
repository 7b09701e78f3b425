import DVKCore
import DVKTestSupport
import Foundation
import Testing
@testable import DVKStorage

/// The committee's report texts read from `reports/<period>/`: only the named files, text only,
/// within limits, never through a link; and `report-templates.json` read like the other config
/// files (positioned errors, a size limit).
@Suite struct ReportFolderTests {
    let directory: DataDirectory
    let folder: String
    static let period = ReportPeriod(years: 2025...2025)

    init() throws {
        directory = try TestSupport.initialisedDirectory()
        folder = directory.path + "/reports/2025"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func write(_ text: String, _ name: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
    }

    func read(_ ids: [String] = ["leadership", "tasks"]) throws -> ReportNarratives {
        try ReportFolder(directory: directory).narratives(ids, period: ReportFolderTests.period)
    }

    @Test func namedTextFilesAreReadNormalisedAndOthersIgnored() throws {
        try write("\u{FEFF}Dòng một\r\nDo\u{0300}ng hai\r\n", "leadership.txt")
        try write("- Ban Dân vận Tỉnh ủy,\n", "recipients.txt")
        try write("not asked for", "secret.txt")
        let found = try read()
        #expect(found.folder == "reports/2025")
        #expect(Array((found.text("leadership") ?? "").unicodeScalars) == Array("Dòng một\nDòng hai".unicodeScalars))
        #expect(found.text("recipients") == "- Ban Dân vận Tỉnh ủy,")
        #expect(found.text("tasks") == nil && found.texts["secret"] == nil)
        // An id that is no plain name is never opened.
        #expect(try read(["../../config/users"]).texts["../../config/users"] == nil)
    }

    @Test func aMissingFolderIsNothingWritten() throws {
        let found = try ReportFolder(directory: directory).narratives(["leadership"], period: ReportPeriod(years: 2020...2022))
        #expect(found.texts.isEmpty && found.folder == "reports/2020-2022")
    }

    @Test func linksBinaryFilesAndOversizedFilesAreRefused() throws {
        let outside = try TestSupport.scratchFolder("dvk-outside")
        try Data("hidden".utf8).write(to: URL(fileURLWithPath: outside + "/tasks.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/tasks.txt", withDestinationPath: outside + "/tasks.txt")
        #expect(throws: StorageError.notRegularFile(path: folder + "/tasks.txt")) { try read() }
        try FileManager.default.removeItem(atPath: folder + "/tasks.txt")

        try Data([0x48, 0x00, 0x49]).write(to: URL(fileURLWithPath: folder + "/tasks.txt"))
        #expect(throws: StorageError.notText(path: folder + "/tasks.txt")) { try read() }
        try Data([0xC3, 0x28]).write(to: URL(fileURLWithPath: folder + "/tasks.txt"))
        #expect(throws: StorageError.notText(path: folder + "/tasks.txt")) { try read() }
        try Data(repeating: 0x41, count: ReportFolder.fileLimit + 1).write(to: URL(fileURLWithPath: folder + "/tasks.txt"))
        #expect(throws: StorageError.tooLarge(path: folder + "/tasks.txt", limit: ReportFolder.fileLimit)) { try read() }
        try FileManager.default.removeItem(atPath: folder + "/tasks.txt")

        // The period's folder itself a link out of the data directory.
        try FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createSymbolicLink(atPath: folder, withDestinationPath: outside)
        #expect(throws: StorageError.notRegularFile(path: folder)) { try read() }
    }

    @Test func theTemplatesLoadWithTheConfigurationAndABrokenFileIsPositioned() throws {
        let configuration = try directory.loadConfiguration()
        let templates = try #require(configuration.reportTemplates)
        #expect(templates.problems().isEmpty && configuration.problems().isEmpty)
        let path = directory.configFile(ConfigurationFiles.reportTemplatesFile)
        try Data("{\n  \"schemaVersion\": 1,\n  \"texts\": {\"title\" \"x\"}\n}".utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try directory.loadConfiguration()
            Issue.record("a broken report-templates.json loads")
        } catch let error as StorageError {
            let message = error.message(.en)
            #expect(message.contains("report-templates.json") && message.contains("3"), "\(message)")
        }
        try Data(repeating: 0x20, count: ConfigurationFiles.reportTemplatesLimit + 1).write(to: URL(fileURLWithPath: path))
        #expect(throws: StorageError.tooLarge(path: path, limit: ConfigurationFiles.reportTemplatesLimit)) { try directory.loadConfiguration() }
        // A directory made before the file existed reads the shipped one.
        try FileManager.default.removeItem(atPath: path)
        let older = try directory.loadConfiguration()
        #expect(older.reportTemplates == nil)
        let shipped = try ReportFolder.templates(older) { TestSupport.shippedDefaults }
        #expect(shipped.problems().isEmpty && shipped.texts["title"] != nil)
    }
}

import DVKCore
import DVKDemo
import DVKDocuments
@testable import DVKImport
import DVKStorage
import Foundation
import Testing
import ZIPFoundation

/// Files damaged in thousands of ways — bytes flipped, cut, repeated — read and planned the way
/// `dvk import` does: each must end in a report or a `SourceError`, never a crash or a hang.
@Suite("Damaged import files")
struct ImportMutationTests {
    static func mutate(_ bytes: [UInt8], _ generator: inout SplitMix64) -> [UInt8] {
        var result = bytes
        for _ in 0..<Int.random(in: 1...4, using: &generator) where !result.isEmpty {
            let at = Int.random(in: 0..<result.count, using: &generator)
            switch Int.random(in: 0..<5, using: &generator) {
            case 0: result[at] = UInt8.random(in: 0...255, using: &generator)
            case 1: result.remove(at: at)
            case 2: result.insert(contentsOf: result[at..<min(result.count, at + Int.random(in: 1...64, using: &generator))], at: at)
            case 3: result = Array(result.prefix(at))
            default: result.insert([0x22, 0x3B, 0x2C, 0x0A, 0x3C, 0x26, 0x00, 0xFF].randomElement(using: &generator)!, at: at)
            }
        }
        return result
    }

    /// Reads and plans `bytes` as an import would; whether it got as far as a plan.
    @discardableResult
    static func attempt(_ bytes: [UInt8], _ importer: Importer) -> Bool {
        guard let file = try? ImportFile.read(bytes: bytes, name: "hong.xlsx", encoding: .auto) else { return false }
        _ = importer.plan(file.tables, options: ImportOptions())
        return true
    }

    @Test("a CSV register damaged 1,500 ways")
    func damagedCSV() throws {
        let fixture = try ImportFixture()
        let importer = try fixture.importer()
        let models = (0..<20).map { index -> ModelRecord in
            var record = ModelRecord(id: "2024-\(1000 + index)", year: 2024, state: "registered", created: Stamp(at: Timestamp(seconds: 0), by: ""))
            record.unit = "xa-kim-binh"; record.name = "Mô hình “số \(index)”; \"a,b\"\nxuống dòng"; record.subject = "collective"
            record.kind = "model"; record.origin = "new"; record.field = "economy"; record.level = "commune"
            return record
        }
        let csv = Array(ModelTable(models: models, configuration: fixture.configuration).csv.utf8)
        #expect(ImportMutationTests.attempt(csv, importer))
        var generator = SplitMix64(seed: 2024)
        var planned = 0
        for _ in 0..<1_500 where ImportMutationTests.attempt(ImportMutationTests.mutate(csv, &generator), importer) { planned += 1 }
        #expect(planned > 0)
    }

    @Test("an XLSX register whose parts are damaged 800 ways")
    func damagedXLSX() throws {
        let fixture = try ImportFixture()
        let importer = try fixture.importer()
        let template = try ImportTemplate(configuration: fixture.configuration).xlsx()
        let archive = try Archive(data: Data(template), accessMode: .read)
        var parts: [(String, [UInt8])] = []
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts.append((entry.path, [UInt8](data)))
        }
        #expect(ImportMutationTests.attempt(template, importer))
        var generator = SplitMix64(seed: 7)
        for round in 0..<600 {
            var damaged = parts
            let index = round % parts.count
            damaged[index].1 = ImportMutationTests.mutate(parts[index].1, &generator)
            ImportMutationTests.attempt(try SpreadsheetTools.zip(damaged), importer)
        }
        for _ in 0..<200 {
            ImportMutationTests.attempt(ImportMutationTests.mutate(template, &generator), importer)
        }
    }
}

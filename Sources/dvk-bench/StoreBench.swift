import DVKDemo
import DVKCore
import DVKStorage
#if canImport(Glibc)
import Glibc
#endif

/// Figures of the record store: directory scan, loading every record (cold-ish then warm) and
/// the memory it takes, opening one record and saving one durably.
struct StoreBench {
    let fixture: Fixture
    let size: Int

    /// Scans the directory, loads every record and returns them with their figures.
    func load(report: inout Report) throws -> ([ModelRecord], [Figure]) {
        let store = fixture.store
        var figures: [Figure] = []
        figures.append(.ms("write all records (commit, batches of \(Fixture.batchSize))", fixture.writeMs))
        figures.append(.ms("  … per record", fixture.writeMs / Double(max(size, 1))))

        let scan = Stopwatch.sample(runs: 9, budgetMs: 3000) { consume(store.ids(of: .model)) }
        figures.append(.median("directory scan: `ids(of: .model)`", scan, planned: 9))

        Machine.releaseFreedMemory()
        let before = Machine.residentMB()
        let folder = fixture.directory.folder(for: .model)
        let advised = PageCache.evict(folder: folder, names: fixture.ids.map { $0 + ".json" })
        if advised < fixture.ids.count { report.note("page-cache eviction advised only \(advised) of \(fixture.ids.count) files") }
        let (loaded, coldMs) = Stopwatch.time { store.loadAll(ModelRecord.self) }
        guard loaded.problems.isEmpty, loaded.records.count == size else {
            throw BenchError("loadAll read \(loaded.records.count) of \(size) records, \(loaded.problems.count) problems")
        }
        let after = Machine.residentMB()
        figures.append(.ms("load all, cold-ish (pages evicted): `loadAll(ModelRecord.self)`", coldMs))
        let warm = Stopwatch.sample(runs: 3, budgetMs: 12_000) { consume(store.loadAll(ModelRecord.self).records.count) }
        figures.append(.median("load all, warm", warm, planned: 3))
        if let before, let after {
            figures.append(Figure("resident memory before load (MB)", Figure.format(before)))
            // Whole records, as an export holds them; the interface holds summaries (its memory
            // is the pty row «with the model list open»).
            figures.append(Figure("resident memory after loading every whole record (MB)", Figure.format(after)))
        } else {
            report.note("resident memory: /proc/self/status has no VmRSS")
        }
        return (loaded.records, figures)
    }

    /// Opens 50 random records, then saves random records once each: 50 right after the fixture
    /// was written, while the kernel may still be flushing it, then 200 more after `sync()`,
    /// the state of a clerk's directory, which is not being written in bulk. Only the second set
    /// is held to the targets; the first shows what a bulk write (an import) costs the saves
    /// that follow it.
    func openAndSave() throws -> [Figure] {
        let store = fixture.store
        var random = SplitMix64(seed: UInt64(size))
        let openIDs = (0..<50).compactMap { _ in random.element(of: fixture.ids) }
        var opened = Samples()
        for id in openIDs {
            opened.values.append(try Stopwatch.time { try store.load(ModelRecord.self, id: id) }.ms)
        }
        var number = 0
        func saves(_ count: Int) throws -> Samples {
            var saved = Samples()
            for id in (0..<count).compactMap({ _ in random.element(of: fixture.ids) }) {
                var record = try store.load(ModelRecord.self, id: id)
                number += 1
                record.sustainability += " (bench \(number))"
                let change = RecordChange.model(record, expectedRevision: record.revision, action: "bench")
                let time = Timestamp(seconds: record.updated.at.seconds + 60)
                saved.values.append(try Stopwatch.time { [login = fixture.login] in try store.commit([change], by: login, at: time) }.ms)
            }
            return saved
        }
        let duringFlush = try saves(50)
        sync()
        let settled = try saves(200)
        return [
            .ms("open one record: `load(ModelRecord.self, id:)`, median of 50", opened.median, target: .open),
            .ms("save one record durably: `commit`, median of 200", settled.median, target: .save),
            .ms("save one record durably, p99 of 200", settled.percentile(99), target: .savePercentile),
            .ms("  … p99 of 50 saves made before the records just written were flushed (`sync`)", duringFlush.percentile(99)),
        ]
    }
}

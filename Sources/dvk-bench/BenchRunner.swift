import DVKCore
import Foundation

/// Runs every measure at one record count: builds the data directory, measures, cleans up.
struct BenchRunner {
    let options: BenchOptions
    let source: DemoSource

    /// What every report should say about how the figures were taken.
    var standingNotes: [String] {
        [
            "times are medians of several runs in ms (fewer runs when marked, to keep 100k short); one process measures every size in turn",
            "cold-ish load: the record files are evicted from the page cache with posix_fadvise first; directory entries stay cached",
            "resident memory is VmRSS after malloc_trim; it includes the demo set and configuration (a few MB)",
            "search rows time the whole list update (filter, then sort by id); the pre-folded rows fold the same fields ModelQuery searches",
            "open picks 50 random records, save 200 (warm cache), timed after `sync` so the flush of the records the fixture just wrote is not counted; one more row shows 50 saves made before it; save includes the lock, revision check, fsyncs and journal append",
            "process rows run the dvk binary given by --dvk (\(options.dvk)), output to /dev/null, median of 3; peak memory is the program's VmHWM, watched in one more run",
            "pty rows spawn the program in a 120×35 pseudo-terminal and stop the clock when its first screen is written: dvk's hint bar («quit», the last line drawn), VisiData's first row (the first id of the list); the program is then killed",
        ]
    }

    /// The interface and whole-process rows of an existing data directory (`--data`), reported
    /// under its number of models.
    func run(existing path: String, into report: inout Report) throws {
        let fixture = try Fixture(existing: path, temporary: options.temporary)
        defer { fixture.remove() }
        log("\(path): interactive list")
        var figures = InterfaceBench(fixture: fixture).run()
        log("\(path): dvk and its peers as whole processes")
        figures += PeerBench(dvk: options.dvk, dataPath: path, scratch: fixture.folder, size: fixture.ids.count).run(report: &report)
        report.add(size: fixture.ids.count, figures: figures)
    }

    func run(size: Int, into report: inout Report) throws {
        log("\(size) records: writing the data directory")
        let fixture = try Fixture(size: size, source: source, temporary: options.temporary)
        defer {
            if options.keep { log("kept \(fixture.directory.path)") } else { fixture.remove() }
        }
        let store = StoreBench(fixture: fixture, size: size)
        log("\(size) records: loading")
        var (records, figures) = try store.load(report: &report)
        log("\(size) records: search and sort")
        figures += SearchBench(records: records, configuration: fixture.configuration).run(report: &report)
        log("\(size) records: statistics")
        figures += StatisticsBench(records: records, source: source, configuration: fixture.configuration).run()
        log("\(size) records: open and save")
        figures += try store.openAndSave()
        log("\(size) records: interactive list")
        figures += InterfaceBench(fixture: fixture).run()
        records = []
        Machine.releaseFreedMemory()
        if FileManager.default.isExecutableFile(atPath: options.dvk) {
            log("\(size) records: dvk and its peers as whole processes")
            figures += PeerBench(dvk: options.dvk, dataPath: fixture.directory.path, scratch: fixture.folder, size: size).run(report: &report)
        } else {
            report.note("process rows not measured: no executable at \(options.dvk) (build dvk, or pass --dvk PATH)")
        }
        report.add(size: size, figures: figures)
    }
}

/// Progress on stderr, so stdout holds only the report.
func log(_ message: String) {
    FileHandle.standardError.write(Data(("dvk-bench: " + message + "\n").utf8))
}

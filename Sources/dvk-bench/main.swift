// dvk-bench: prints the figures of performance.md (load, search, open, save, statistics, process
// start) at several record counts. Figures only — no assertion ever fails on a slow machine.
import DVKCore
import DVKStorage
import Foundation

let options: BenchOptions
switch BenchOptions.parse(Array(CommandLine.arguments.dropFirst())) {
case .success(let parsed): options = parsed
case .failure(let error):
    if !error.message.isEmpty { FileHandle.standardError.write(Data(("dvk-bench: " + error.message + "\n").utf8)) }
    print(BenchOptions.usage)
    exit(error.message.isEmpty ? 0 : 2)
}

print("# dvk benchmark")
print("")
print("- machine: \(Machine.processors) processors, \(Machine.cpuModel), \(Machine.memoryTotal) memory, \(Machine.kernel)")
print("- build: \(Machine.buildConfiguration)")
print("- repository: \(options.repo)")
print("- sizes: \(options.sizes.map(String.init).joined(separator: ", ")) model records")
print("")

do {
    let (source, demoMs) = try Stopwatch.time { try DemoSource(repo: options.repo) }
    log("demo set: \(source.demo.models.count) models generated in \(Figure.format(demoMs)) ms")
    let runner = BenchRunner(options: options, source: source)
    var report = Report()
    if let existing = options.existing {
        try runner.run(existing: existing, into: &report)
    } else {
        for size in options.sizes {
            try runner.run(size: size, into: &report)
        }
    }
    print(report.markdown())
    print("")
    for note in runner.standingNotes + report.notes { print("- " + note) }
} catch {
    FileHandle.standardError.write(Data("dvk-bench: \(error)\n".utf8))
    exit(1)
}

// swift-tools-version:6.0
// dvk — the "Dân vận khéo" model register. Layers (product P10), dependencies pointing one way:
// DVKCore (domain, no files, no terminal) ← DVKStorage (the JSON data directory)
// ← DVKDemo (demo data generator) ← DVKImport (registers in, lists out) ← DVKCommandLine (the `dvk` subcommands) ← dvk (executable).
// DVKSync (offices exchanging data directories over git: the record merge, the sync protocol)
// sits on DVKCore and DVKStorage only; the command line and the app use it.
// Later layers (documents, terminal toolkit, ncurses adapter, app) slot in beside DVKCommandLine.
import PackageDescription

let package = Package(
    name: "dvk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dvk", targets: ["dvk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
    ],
    targets: [
        .target(name: "DVKCore"),
        .target(name: "DVKStorage", dependencies: ["DVKCore"]),
        .target(name: "DVKDemo", dependencies: ["DVKCore"]),
        .target(name: "DVKDocuments", dependencies: ["DVKCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "DVKTerminal", dependencies: ["DVKCore"]),
        // Registers in and lists out: CSV/XLSX/legacy-encoded files read into tables, checked
        // row by row against the configuration, written through the store in one commit.
        .target(name: "DVKImport", dependencies: [
            "DVKCore", "DVKStorage", "DVKDocuments",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "CSV", package: "CSV.swift"),
        ]),
        // git run as a child process (never through a shell), merges by meaning, sync and bundles.
        .target(name: "DVKSync", dependencies: ["DVKCore", "DVKStorage", .product(name: "Subprocess", package: "swift-subprocess")]),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "DVKNcurses", dependencies: ["CNcursesw", "DVKTerminal"]),
        .target(name: "DVKApp", dependencies: ["DVKCore", "DVKStorage", "DVKSync", "DVKTerminal", "DVKDocuments", "DVKImport"]),
        .target(
            name: "DVKCommandLine",
            dependencies: [
                "DVKCore", "DVKStorage", "DVKDemo", "DVKTerminal", "DVKNcurses", "DVKApp", "DVKDocuments", "DVKImport", "DVKSync",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "dvk", dependencies: ["DVKCommandLine"]),
        .executableTarget(name: "dvk-bench", dependencies: ["DVKCore", "DVKStorage", "DVKDemo", "DVKApp", "DVKTerminal"]),
        .target(name: "DVKTestSupport", dependencies: ["DVKCore", "DVKStorage", "DVKDocuments"], path: "Tests/DVKTestSupport"),
        .testTarget(name: "DVKCoreTests", dependencies: ["DVKCore", "DVKDemo", "DVKTestSupport"]),
        // What the fuzz targets read (Tests/Fuzz/Readers): built here for the replay test;
        // scripts/fuzz.sh compiles the same file with libFuzzer.
        .target(name: "DVKFuzzReaders", dependencies: ["DVKCore", "DVKStorage"], path: "Tests/Fuzz/Readers"),
        .testTarget(name: "DVKStorageTests", dependencies: ["DVKStorage", "DVKCore", "DVKTestSupport", "DVKFuzzReaders"]),
        .testTarget(name: "DVKDemoTests", dependencies: ["DVKDemo", "DVKCore", "DVKTestSupport"]),
        .testTarget(name: "DVKDocumentsTests", dependencies: [
            "DVKDocuments", "DVKCore", "DVKStorage", "DVKTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "DVKImportTests", dependencies: [
            "DVKImport", "DVKCore", "DVKDemo", "DVKStorage", "DVKTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "DVKTerminalTests", dependencies: ["DVKTerminal", "DVKCore"]),
        .testTarget(name: "DVKAppTests", dependencies: ["DVKApp", "DVKTerminal", "DVKCore", "DVKStorage", "DVKImport", "DVKTestSupport"]),
        .testTarget(name: "DVKNcursesTests", dependencies: ["DVKNcurses", "DVKTerminal", "CNcursesw"]),
        .testTarget(name: "DVKCommandLineTests", dependencies: ["DVKCore", "DVKStorage", "DVKTestSupport", "dvk"]),
        .testTarget(name: "DVKSyncTests", dependencies: ["DVKSync", "DVKCore", "DVKStorage", "DVKTestSupport"]),
    ]
)

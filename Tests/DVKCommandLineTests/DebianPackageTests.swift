import DVKTestSupport
import Foundation
import Testing

/// The Debian package of `scripts/package-deb.sh`, unpacked into a temporary root and run as a
/// user of the package would: no Swift on the library path, no `DVK_DEFAULTS`, the defaults
/// found in `usr/share/dvk` beside `usr/bin`.
///
/// Building it is a release build of minutes, so it runs only when asked: `.ci/run` makes the
/// package once before `swift test` and names it in `DVK_PACKAGE_DEB`; `DVK_PACKAGE_TEST=1`
/// alone builds it here (into its own build folder, since `swift test` holds the usual one).
@Suite(.serialized,
       .enabled(if: DebianPackage.requested, "set DVK_PACKAGE_TEST=1 (or DVK_PACKAGE_DEB=FILE) to build and test the Debian package: a release build of minutes"),
       .enabled(if: Tools.find("dpkg-deb") != nil, Comment(rawValue: Tools.missing("dpkg-deb", package: "dpkg"))))
struct DebianPackageTests {
    @Test func theUnpackedProgramRunsWithoutSwiftOrDVKDefaults() throws {
        let package = try DebianPackage.shared.get()
        let dvk = package.root + "/usr/bin/dvk"
        let ldd = try Subprocess.run("/usr/bin/env", ["ldd", dvk], environment: DebianPackage.userEnvironment(package))
        #expect(!ldd.out.contains("libswift") && !ldd.out.contains("libFoundation"), "\(ldd.out)")

        let version = try Subprocess.run(dvk, ["--version"], environment: DebianPackage.userEnvironment(package))
        #expect(version.status == 0)
        #expect(package.version.hasPrefix(version.out.trimmingCharacters(in: .whitespacesAndNewlines) + "-"),
                "the package's version \(package.version) carries what dvk --version prints: \(version.out)")
        #expect(package.fileName == "dvk_\(package.version)_\(package.architecture).deb")

        let data = package.home + "/data"
        func dvkRun(_ arguments: [String]) throws -> Subprocess.Result {
            let result = try Subprocess.run(dvk, ["--data", data] + arguments, environment: DebianPackage.userEnvironment(package))
            #expect(result.status == 0, "dvk \(arguments.joined(separator: " ")): \(result.err)")
            return result
        }
        _ = try dvkRun(["init", "--demo", "--allow-env-user"])
        let list = try dvkRun(["list"])
        #expect(list.out.contains("365/365"), "\(list.out.suffix(300))")

        let decisions = try dvkRun(["decisions", "--json"])
        let all = try JSONSerialization.jsonObject(with: Data(decisions.out.utf8)) as? [[String: Any]] ?? []
        let number = try #require(all.compactMap { $0["number"] as? String }.first, "a decision of the demo: \(decisions.out.prefix(300))")
        let out = package.home + "/printed"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let printed = try dvkRun(["print", "awards", "--decision", number, "--format", "txt", "--out", out])
        let file = try #require(printed.out.split(separator: "\n").last.map(String.init), "\(printed.out)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "\(text.prefix(500))")

        for path in ["usr/share/dvk/config/workflow.json", "usr/share/doc/dvk/copyright", "usr/share/doc/dvk/changelog.Debian.gz",
                     "usr/share/doc/dvk/user-guide.md", "usr/share/man/man1/dvk.1.gz", "usr/share/bash-completion/completions/dvk",
                     "usr/share/zsh/vendor-completions/_dvk", "usr/share/fish/vendor_completions.d/dvk.fish"] {
            #expect(FileManager.default.fileExists(atPath: package.root + "/" + path), "\(path) is in the package")
        }
    }

    @Test func theControlFileNamesWhatDVKNeeds() throws {
        let package = try DebianPackage.shared.get()
        let control = try Subprocess.run(try #require(Tools.find("dpkg-deb")), ["-f", package.path], environment: ProcessInfo.processInfo.environment).out
        for needed in ["libc6", "libncursesw6", "libtinfo6"] { #expect(control.contains(needed), "Depends names \(needed): \(control)") }
        #expect(control.contains("Recommends: libreoffice-writer-nogui | libreoffice-writer, libreoffice-calc-nogui | libreoffice-calc, cups-client, git"))
    }

    @Test(.enabled(if: Tools.find("man") != nil, Comment(rawValue: Tools.missing("man", package: "man-db"))))
    func theManPageShowsNameAndSynopsis() throws {
        let package = try DebianPackage.shared.get()
        var environment = DebianPackage.userEnvironment(package)
        environment["MANPAGER"] = "cat"
        environment["PAGER"] = "cat"
        environment["MANWIDTH"] = "80"
        let man = try Subprocess.run(try #require(Tools.find("man")), ["-l", package.root + "/usr/share/man/man1/dvk.1.gz"], environment: environment)
        #expect(man.status == 0, "\(man.err)")
        #expect(man.out.contains("NAME") && man.out.contains("SYNOPSIS"), "\(man.out.prefix(600))")
        #expect(man.out.contains("Dân vận khéo"), "letters outside ASCII survive generate-manual: \(man.out.prefix(600))")
        let vietnamese = try Subprocess.run(try #require(Tools.find("man")), ["-l", package.root + "/usr/share/man/vi/man1/dvk.1.gz"],
                                            environment: environment)
        #expect(vietnamese.out.contains("Sổ theo dõi mô hình") && !vietnamese.out.contains("Show the version."), "\(vietnamese.out.prefix(600))")
    }

    @Test(.enabled(if: Tools.find("lintian") != nil, Comment(rawValue: Tools.missing("lintian"))), .timeLimit(.minutes(3)))
    func lintianReportsNoError() throws {
        let package = try DebianPackage.shared.get()
        let lintian = try Subprocess.run(try #require(Tools.find("lintian")), ["--tag-display-limit", "0", package.path],
                                         environment: ProcessInfo.processInfo.environment)
        let errors = lintian.out.split(separator: "\n").filter { $0.hasPrefix("E:") }
        #expect(errors.isEmpty, "\(lintian.out)\(lintian.err)")
        print("lintian:\n\(lintian.out)")
    }
}

/// The package the tests share: built (or taken from `DVK_PACKAGE_DEB`) once, unpacked once.
struct DebianPackage: Sendable {
    var path: String
    var fileName: String { URL(fileURLWithPath: path).lastPathComponent }
    var root: String
    var home: String
    var version: String
    var architecture: String

    static var requested: Bool {
        let environment = ProcessInfo.processInfo.environment
        return environment["DVK_PACKAGE_TEST"] == "1" || !(environment["DVK_PACKAGE_DEB"] ?? "").isEmpty
    }

    /// A user's environment: the system's PATH, a home of its own, no DVK_* variables and no
    /// LD_LIBRARY_PATH (so nothing of a Swift toolchain).
    static func userEnvironment(_ package: DebianPackage) -> [String: String] {
        ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": package.home, "LANG": "C.UTF-8"]
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    static let shared: Result<DebianPackage, Failure> = Result { try make() }.mapError { Failure(description: "\($0)") }

    private static func make() throws -> DebianPackage {
        let environment = ProcessInfo.processInfo.environment
        let folder = try TestSupport.scratchFolder("dvk-deb")
        let deb: String
        if let given = environment["DVK_PACKAGE_DEB"], !given.isEmpty {
            deb = given
        } else {
            // `swift test` holds the package's usual build folder: build in one of its own.
            var buildEnvironment = environment
            buildEnvironment["DVK_SCRATCH_PATH"] = TestSupport.packageRoot + "/.build/package-test"
            let built = try Subprocess.run("/bin/bash", [TestSupport.packageRoot + "/scripts/package-deb.sh", folder + "/out"],
                                           environment: buildEnvironment)
            guard built.status == 0, let last = built.out.split(separator: "\n").last else {
                throw Failure(description: "scripts/package-deb.sh failed (\(built.status)):\n\(built.err.suffix(3000))")
            }
            deb = String(last)
        }
        guard let dpkgDeb = Tools.find("dpkg-deb") else { throw Failure(description: Tools.missing("dpkg-deb", package: "dpkg")) }
        let root = folder + "/root"
        let unpacked = try Subprocess.run(dpkgDeb, ["-x", deb, root], environment: environment)
        guard unpacked.status == 0 else { throw Failure(description: "dpkg-deb -x \(deb): \(unpacked.err)") }
        let field = { (name: String) throws -> String in
            let result = try Subprocess.run(dpkgDeb, ["-f", deb, name], environment: environment)
            return result.out.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let home = folder + "/home"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        return DebianPackage(path: deb, root: root, home: home, version: try field("Version"), architecture: try field("Architecture"))
    }
}

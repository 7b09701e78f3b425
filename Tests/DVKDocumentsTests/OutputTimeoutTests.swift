@testable import DVKDocuments
import DVKCore
import DVKTestSupport
import Foundation
import Testing

/// A soffice that hangs is killed at the time-out together with the children it started, and a
/// soffice that says it converted but wrote nothing is not believed.
@Suite struct OutputTimeoutTests {
    /// A stand-in soffice: a shell script that records its PID and its child's, then runs `body`.
    func fakeSoffice(_ body: String) throws -> (script: String, folder: String) {
        let folder = try TestSupport.scratchFolder("dvk-fake-soffice")
        let script = folder + "/soffice"
        try "#!/bin/sh\necho $$ > \"\(folder)/wrapper.pid\"\n\(body)\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        return (script, folder)
    }

    /// Whether process `pid` has ended (gone, or a zombie nobody reaped yet).
    func ended(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
        let afterName = stat.split(separator: ")").last ?? ""
        return afterName.trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }

    @Test func aHangingConversionIsKilledWithItsWholeProcessGroup() throws {
        let fake = try fakeSoffice("sleep 300 &\necho $! > \"$(dirname \"$0\")/child.pid\"\nwait")
        var converter = try #require(PDFConverter.locate(environment: ["PATH": "/usr/bin:/bin", "DVK_SOFFICE": fake.script]))
        converter.timeout = 1
        let docx = fake.folder + "/cham.docx"
        try OutputFixtures.docx(at: docx)
        let started = Date()
        let error = try #require(throws: DocumentOutputError.self) { try converter.convert([docx], outputFolder: fake.folder + "/out") }
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(error.message.en.contains("more than 1 seconds"), "\(error.message.en)")
        let child = try #require(Int32(try String(contentsOfFile: fake.folder + "/child.pid", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        let deadline = Date().addingTimeInterval(3)
        while !ended(child) && Date() < deadline { usleep(50_000) }
        #expect(ended(child), "the wrapper's child \(child) survived the time-out")
    }

    @Test func exitZeroWithoutAPDFIsAnErrorQuotingTheOutput() throws {
        let fake = try fakeSoffice("echo 'Error: source file could not be loaded' >&2\nexit 0")
        let converter = try #require(PDFConverter.locate(environment: ["PATH": "/usr/bin:/bin", "DVK_SOFFICE": fake.script]))
        let docx = fake.folder + "/x.docx"
        try OutputFixtures.docx(at: docx)
        let error = try #require(throws: DocumentOutputError.self) { try converter.convert([docx], outputFolder: fake.folder) }
        #expect(error.message.en.contains("exit status 0") && error.message.en.contains("source file could not be loaded"))
        #expect(error.message.vi.contains("mã thoát 0"))
    }
}

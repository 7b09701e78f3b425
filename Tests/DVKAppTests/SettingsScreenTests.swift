@testable import DVKApp
import DVKCore
import DVKStorage
import DVKTerminal
import DVKTestSupport
import Foundation
import Testing

/// The settings screen (`S` on the dashboard) driven by keys: changes checked by the core, saved
/// through the settings store (files, journal), shown in the history by the person's name, undone;
/// wrong values and people who may not change settings are refused with nothing saved.
@Suite("The settings screen")
struct SettingsScreenTests {
    static let admin = UsersConfig.User(login: "quantri", name: "Nguyễn Văn Quản", roles: ["admin"])
    static let secretary = UsersConfig.User(login: "thuky", name: "Lê Thị Thư", roles: ["secretariat"])

    /// The demo committee (Chiêm Hóa: four letterheads, 34 units) with one model in Xã Kim Bình,
    /// opened on the dashboard by `login`.
    func harness(login: String = "quantri") throws -> AppHarness {
        let directory = DataDirectory(path: try TestSupport.scratchFolder("dvk-settings-ui") + "/data")
        try directory.create(from: TestSupport.defaults, admin: Self.admin, extraUsers: [Self.secretary], allowEnvironmentUser: false,
                             overrides: try DefaultsLocation.configOverrides(from: TestSupport.defaults.demoConfigFolder), at: TestSupport.time)
        try RecordStore(directory: directory).commit([.model(AppHarness.model("2025-0001", "Đường hoa nông thôn mới"), expectedRevision: 0,
                                                             action: "create")], by: "quantri", at: TestSupport.time)
        let h = try AppHarness(sharing: directory, login: login, rows: 40, columns: 150, startOnDashboard: true)
        h.press(.character("C"))
        return h
    }

    func file(_ h: AppHarness, _ name: String) throws -> String {
        try String(contentsOfFile: h.directory.path + "/config/\(name).json", encoding: .utf8)
    }

    func settingsJournal(_ h: AppHarness) throws -> [String] {
        try String(contentsOfFile: h.directory.journalPath, encoding: .utf8).split(separator: "\n").map(String.init)
            .filter { $0.contains("\"kind\":\"settings\"") }
    }

    func tab(_ h: AppHarness, _ times: Int) { for _ in 0..<times { h.press(.tab) } }

    @Test("a signer's name and the committee's name typed, saved, in the history by name, and undone")
    func changeSaveHistoryUndo() throws {
        let h = try harness()
        #expect(h.text.contains("Cài đặt") && h.text.contains("Huyện Chiêm Hóa") && h.text.contains("ỦY BAN NHÂN DÂN XÃ KIM BÌNH"))
        tab(h, 3)
        h.press(.control("u"))
        h.type("Huyện Chiêm Hóa mới")
        tab(h, 10)
        h.type("Ma Thị Hằng")
        #expect(h.screen.lines().filter { $0.contains("Ma Thị Hằng") }.count == 2, "the field and the preview's signature")
        h.press(.control("s"))
        #expect(h.text.contains("Đã lưu 2 thay đổi cài đặt"))

        #expect(try file(h, "committee").contains("Huyện Chiêm Hóa mới"))
        #expect(try file(h, "headers").contains("Ma Thị Hằng"))
        let journal = try settingsJournal(h)
        #expect(journal.count == 2)
        #expect(journal.contains { $0.contains("\"id\":\"committee\"") && $0.contains("committee.name: «Huyện Chiêm Hóa» → «Huyện Chiêm Hóa mới»") })
        #expect(journal.contains { $0.contains("\"id\":\"headers\"") && $0.contains("issuer.ubnd-xa.signer.name: «» → «Ma Thị Hằng»") })
        #expect(h.workspace.configuration.committee.name == "Huyện Chiêm Hóa mới", "the app reloaded its configuration")
        #expect(h.workspace.configuration.headers.issuer("ubnd-xa")?.signer.name == "Ma Thị Hằng")
        #expect(!(h.app.stack.last?.isDirty ?? false))

        h.press(.function(4))
        let when = ReadableStamps(users: h.workspace.configuration.users).time(TestSupport.time)
        #expect(h.text.contains("Lịch sử thay đổi cài đặt"))
        let line = try #require(h.screen.lines().first { $0.contains("signer.name") })
        #expect(line.contains(when) && line.contains("Nguyễn Văn Quản") && line.contains("headers") && line.contains("«Ma Thị Hằng»"))
        #expect(h.text.contains("committee.name: «Huyện Chiêm Hóa» → «Huyện Chiêm Hóa mới»"))

        h.press(.character("u"))
        #expect(h.text.contains("Hoàn tác thay đổi cuối?"))
        h.press(.enter)
        #expect(try file(h, "headers").contains("Ma Thị Hằng"), "Enter takes the default, No")
        h.press(.character("u"), .character("c"))
        #expect(h.text.contains("Đã hoàn tác thay đổi của config/headers.json"))
        #expect(try !file(h, "headers").contains("Ma Thị Hằng"))
        #expect(try file(h, "committee").contains("Huyện Chiêm Hóa mới"), "only the last change is undone")
        #expect(h.workspace.configuration.headers.issuer("ubnd-xa")?.signer.name == "")
        #expect(h.text.contains("hoàn tác (undo)"))
        h.press(.escape)
        #expect(h.text.contains("Cài đặt") && !h.text.contains("Ma Thị Hằng"), "the form shows the version put back")
    }

    @Test("a province that is not one of today's is refused next to the field, and nothing is saved")
    func badProvince() throws {
        let h = try harness()
        tab(h, 2)
        h.press(.control("u"))
        h.type("Hà Giang")
        tab(h, 1)
        h.type(" X")
        h.press(.control("s"))
        #expect(h.text.contains("⚠ «Hà Giang» không phải tỉnh, thành phố hiện nay"))
        #expect(h.text.contains("chưa lưu gì"))
        #expect(try settingsJournal(h).isEmpty)
        #expect(try !file(h, "committee").contains("Chiêm Hóa X"), "the name typed with it is not saved either")
        #expect(h.workspace.configuration.committee.province == "Tuyên Quang")
        #expect((h.app.stack.last?.isDirty ?? false), "what was typed stays to be corrected")
    }

    @Test("a unit renamed keeps its id and its models; a unit added gets an id; the list shows the new name")
    func renameAndAddUnits() throws {
        let h = try harness()
        tab(h, 14)
        #expect(h.screen.lines().contains { $0.contains("xa-kim-binh") && $0.contains("Xã Kim Bình") })
        h.press(.control("u"))
        h.type("Xã Kim Bình Mới")
        let form = try #require(h.app.stack.last as? SettingsScreen)
        let here = try #require(form.fields.firstIndex { $0.id == "unit.xa-kim-binh" })
        let new = try #require(form.fields.firstIndex { $0.id == "unit.new" })
        tab(h, new - here)
        h.type("Thôn Nà Mèo")
        h.press(.enter)
        #expect(h.text.contains("+ Thôn Nà Mèo (mới)"))
        h.press(.control("s"))
        #expect(h.text.contains("Đã lưu 2 thay đổi cài đặt"))
        let units = try file(h, "units")
        #expect(units.contains("xa-kim-binh") && units.contains("Xã Kim Bình Mới") && !units.contains("\"Xã Kim Bình\""))
        let unit = try #require(h.workspace.configuration.units.first { $0.id == "xa-kim-binh" })
        #expect(unit.name == "Xã Kim Bình Mới")
        #expect(h.workspace.configuration.units.contains { $0.name == "Thôn Nà Mèo" && !$0.id.isEmpty })
        #expect(try settingsJournal(h).contains { $0.contains("units rename xa-kim-binh: «Xã Kim Bình» → «Xã Kim Bình Mới»") })
        #expect(h.workspace.model("2025-0001")?.unit == "xa-kim-binh", "the model still points to the unit")
        h.press(.escape, .escape)
        #expect(h.text.contains("Xã Kim Bình Mới"), "the model list shows the unit's new name")
    }

    @Test("a unit given another unit's name is refused")
    func duplicateUnit() throws {
        let h = try harness()
        tab(h, 14)
        h.press(.control("u"))
        h.type("xa yen lap")
        h.press(.control("s"))
        #expect(h.text.contains("⚠ đã có đơn vị «Xã Yên Lập» (xa-yen-lap)"))
        #expect(try settingsJournal(h).isEmpty)
    }

    @Test("someone who is not an administrator sees the settings but cannot change, save or undo them")
    func notAdministrator() throws {
        let h = try harness(login: "thuky")
        #expect(h.text.contains("Chỉ quản trị viên được đổi cài đặt; bạn đang xem."))
        tab(h, 3)
        h.type("X")
        #expect(h.text.contains("Chỉ quản trị viên được đổi cài đặt."))
        h.press(.control("s"))
        #expect(h.text.contains("Chỉ quản trị viên được đổi cài đặt."))
        h.press(.function(4), .character("u"))
        #expect(h.text.contains("Chỉ quản trị viên được đổi cài đặt."))
        #expect(try settingsJournal(h).isEmpty)
        #expect(try !file(h, "committee").contains("revision"))
    }

    @Test("a file changed by someone else meanwhile is not written over: who and when are named, and the form reloads")
    func conflict() throws {
        let h = try harness()
        tab(h, 3)
        h.press(.control("u"))
        h.type("Huyện Chiêm Hóa A")
        let other = try h.directory.loadConfiguration()
        var profile = other.committee
        profile.name = "Huyện Chiêm Hóa B"
        try SettingsStore(directory: h.directory).save(profile, as: "committee", expected: 0, note: "B", by: "thuky", at: TestSupport.time)
        h.press(.control("s"))
        let when = ReadableStamps(users: other.users).time(TestSupport.time)
        #expect(h.text.contains("config/committee.json đã được Lê Thị Thư thay đổi lúc \(when)"))
        #expect(try file(h, "committee").contains("Huyện Chiêm Hóa B"))
        #expect(h.text.contains("Huyện Chiêm Hóa B") && !h.text.contains("Huyện Chiêm Hóa A"), "the form shows the saved version")
        #expect(h.workspace.configuration.committee.name == "Huyện Chiêm Hóa B")
    }
}

/// The scoring and users parts of the settings screen.
@Suite("The settings screen: scoring and users")
struct SettingsScreenScoringUsersTests {
    let base = SettingsScreenTests()

    /// Tabs to the field `id` of the open settings form.
    func focus(_ h: AppHarness, on id: String) throws {
        let form = try #require(h.app.stack.last as? SettingsScreen)
        let index = try #require(form.fields.firstIndex { $0.id == id })
        for _ in 0..<index { h.press(.tab) }
    }

    @Test("a user's roles and the way of scoring changed in the form are saved, journaled and shown")
    func rolesAndScoring() throws {
        let h = try base.harness()
        try focus(h, on: "rubric.mode")
        #expect(h.text.contains("Chấm điểm thẩm định") && h.text.contains("6 tiêu chí, tổng 100 điểm"))
        #expect(h.text.contains("Người dùng (2)"))
        h.press(.right)
        #expect(h.text.contains("Biểu quyết đạt / không đạt"))
        // rubric.mode → othersHidden → quantri's name, roles → thuky's name, roles.
        for _ in 0..<5 { h.press(.tab) }
        #expect(h.text.contains("thuky: vai trò") && h.text.contains("Vai trò, cách nhau bằng dấu phẩy"))
        h.press(.control("u"))
        h.type("secretariat, appraiser")
        h.press(.control("s"))
        #expect(h.text.contains("Đã lưu 2 thay đổi cài đặt"), "\(h.text)")
        #expect(try base.file(h, "users").contains("\"appraiser\""))
        #expect(try base.file(h, "rubric").contains("\"passFail\""))
        let journal = try base.settingsJournal(h)
        #expect(journal.contains { $0.contains("user.thuky.roles: «secretariat» → «secretariat,appraiser»") })
        #expect(journal.contains { $0.contains("rubric.mode: «points» → «passFail»") })
        #expect(h.workspace.configuration.rubric.mode == .passFail)
    }

    @Test("the last administrator cannot give up the role: refused next to the field, nothing saved")
    func lastAdministrator() throws {
        let h = try base.harness()
        try focus(h, on: "user.quantri.roles")
        h.press(.control("u"))
        h.type("viewer")
        h.press(.control("s"))
        #expect(h.text.contains("phải còn ít nhất một người quản trị"))
        #expect(try base.file(h, "users").contains("\"admin\""))
        #expect(try base.settingsJournal(h).isEmpty)
    }
}

@testable import DVKApp
import DVKCore
import DVKImport
import DVKStorage
import DVKTerminal
import DVKTestSupport
import Foundation
import Testing

/// The first-run setup driven by keys on the in-memory screen: what it shows, and what it
/// writes on a confirmed Yes (and does not on No).
@Suite("The first-run setup in the interface")
struct SetupWizardTests {
    final class Harness {
        let directory: DataDirectory
        let wizard: SetupWizard
        let screen = MemoryScreen(rows: 40, columns: 110)

        init() throws {
            directory = DataDirectory(path: try TestSupport.scratchFolder("dvk-setup-ui") + "/data")
            let context = try SetupContext.load(defaults: TestSupport.defaults, directory: directory, admin: "quantri",
                                                today: Day(year: 2026, month: 1, day: 5), time: TestSupport.time)
            wizard = SetupWizard(context: context, language: .vi)
            wizard.draw(on: screen)
        }

        func press(_ keys: Key...) {
            for key in keys {
                wizard.handle(key)
                wizard.draw(on: screen)
            }
        }

        func type(_ text: String) {
            for key in ScriptedKeys.typing(text) { press(key) }
        }

        var text: String { screen.text }
    }

    @Test("a commune committee: Tuyên Quang, Xã Kim Bình, two units, the shipped rubric, one more user")
    func communeCommittee() throws {
        let h = try Harness()
        #expect(h.text.contains("1/7") && h.text.contains("Xã, phường, đặc khu") && h.text.contains("Cấp huyện không còn"))
        h.press(.down, .enter)
        #expect(h.text.contains("2/7"))
        h.type("tuyen quang")
        #expect(h.text.contains("Tỉnh Tuyên Quang") && !h.text.contains("Hà Nội"))
        h.press(.enter)
        #expect(h.text.contains("3/7"))
        h.type("Xã Kim Bình")
        #expect(h.text.contains("ĐẢNG BỘ TỈNH TUYÊN QUANG"))
        #expect(h.text.contains("ĐẢNG ỦY XÃ KIM BÌNH"))
        #expect(h.text.contains("ĐẢNG CỘNG SẢN VIỆT NAM"))
        #expect(h.text.contains("Kim Bình, ngày 05 tháng 01 năm 2026"))
        for _ in 0..<9 { h.press(.tab) }
        h.type("Ma Thị Hằng")
        #expect(h.screen.lines().filter { $0.contains("Ma Thị Hằng") }.count == 2, "the field and the preview's signature")
        h.press(.tab)
        #expect(h.text.contains("4/7"))
        h.type("Thôn Nà Mèo\nThôn Bản Ba\n\nThôn Nà Mèo")
        #expect(h.text.contains("2 đơn vị") && h.text.contains("2. Thôn Bản Ba"))
        h.press(.tab, .tab)
        #expect(h.text.contains("5/7") && h.text.contains("100 điểm, 6 tiêu chí"))
        h.press(.enter)
        #expect(h.text.contains("6/7") && h.text.contains("quantri"))
        h.type("thuky")
        h.press(.tab)
        h.type("Nguyễn Thị Thu")
        h.press(.tab, .enter)
        h.type("thuong truc")
        h.press(.enter)
        #expect(h.text.contains("thuky — Nguyễn Thị Thu — Thường trực, văn phòng"))
        h.press(.pageDown)
        #expect(h.text.contains("7/7") && h.text.contains("Xã Kim Bình") && h.text.contains(h.directory.path))

        let overrides = try h.wizard.draft.overrides(defaults: TestSupport.defaults)
        #expect(Set(overrides.keys) == ["committee.json", "headers.json", "units.json"], "the shipped rubric is kept")

        h.press(.enter)
        #expect(h.text.contains("Tạo thư mục dữ liệu?"))
        h.press(.character("c"))
        #expect(h.text.contains("Mở dvk ngay?"))
        h.press(.character("k"))
        #expect(h.wizard.outcome == .created(openApp: false))

        let configuration = try h.directory.loadConfiguration()
        #expect(configuration.committee == CommitteeProfile(setUp: true, level: "commune", province: "Tuyên Quang", name: "Xã Kim Bình"))
        let own = try #require(configuration.headers.issuer("bcd-xa"))
        #expect(own.parent == "ĐẢNG BỘ TỈNH TUYÊN QUANG" && own.name.hasPrefix("ĐẢNG ỦY XÃ KIM BÌNH\n") && own.place == "Kim Bình")
        #expect(own.signer == Signer(mode: "", title: "TRƯỞNG BAN", name: "Ma Thị Hằng"))
        #expect(configuration.headers.issuers.map(\.id) == ["bcd-xa", "ubnd-xa", "ubnd-tinh"])
        #expect(configuration.units.map(\.name) == ["Thôn Nà Mèo", "Thôn Bản Ba"])
        #expect(configuration.rubric.mode == .points)
        #expect(configuration.users.users.map(\.login) == ["quantri", "thuky"])
        #expect(configuration.users.users.last?.roles == ["secretariat"] && configuration.users.users.first?.roles == ["admin"])
    }

    @Test("a provincial committee of Hà Nội, pass/fail, its Thành ủy letterhead previewed and written")
    func provincialCommittee() throws {
        let h = try Harness()
        h.press(.enter)
        h.type("ha noi")
        h.press(.enter)
        #expect(h.text.contains("3/7") && !h.text.contains("Tên xã, phường"))
        #expect(h.text.contains("THÀNH ỦY HÀ NỘI") && h.text.contains("Hà Nội, ngày 05 tháng 01 năm 2026"))
        h.press(.right)
        #expect(h.text.contains("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI") && h.text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        h.press(.pageDown, .pageDown, .down, .enter)
        #expect(h.text.contains("6/7"))
        h.press(.pageDown, .enter, .character("c"), .character("c"))
        #expect(h.wizard.outcome == .created(openApp: true))
        let configuration = try h.directory.loadConfiguration()
        #expect(configuration.committee == CommitteeProfile(setUp: true, level: "province", province: "Hà Nội", name: "Hà Nội"))
        #expect(configuration.headers.issuers.map(\.name).contains { $0.hasPrefix("THÀNH ỦY HÀ NỘI\n") })
        #expect(configuration.rubric.mode == .passFail)
        #expect(configuration.units.isEmpty && configuration.users.users.map(\.login) == ["quantri"])
    }

    @Test("a commune name without Xã, Phường or Đặc khu is refused on the page, and the page is not left")
    func communeNameRefused() throws {
        let h = try Harness()
        h.press(.down, .enter)
        h.type("tuyen")
        h.press(.enter)
        h.type("Kim Bình")
        #expect(h.text.contains("«Kim Bình»: tên phải bắt đầu bằng Xã, Phường hoặc Đặc khu"))
        h.press(.pageDown)
        #expect(h.text.contains("3/7") && !h.text.contains("4/7"))
        h.press(.home)
        h.type("Phường ")
        #expect(!h.text.contains("phải bắt đầu") && h.text.contains("ĐẢNG ỦY PHƯỜNG KIM BÌNH"))
        h.press(.pageDown)
        #expect(h.text.contains("4/7"))
    }

    @Test("No on the final question (Enter's default) creates nothing; leaving asks first and creates nothing")
    func noCreatesNothing() throws {
        let h = try Harness()
        h.press(.enter)
        h.type("hue")
        h.press(.enter, .pageDown, .pageDown, .enter, .pageDown)
        #expect(h.text.contains("7/7"))
        h.press(.enter)
        #expect(h.text.contains("Tạo thư mục dữ liệu?"))
        h.press(.enter)
        #expect(h.text.contains("Chưa tạo gì") && h.wizard.outcome == .running)
        #expect(!FileManager.default.fileExists(atPath: h.directory.path))
        h.press(.control("c"), .enter)
        #expect(h.wizard.outcome == .running, "Enter answers No to leaving too")
        h.press(.control("c"), .character("c"))
        #expect(h.wizard.outcome == .cancelled)
        #expect(!FileManager.default.fileExists(atPath: h.directory.path))
    }
}

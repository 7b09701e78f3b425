import DVKCore
import DVKTestSupport
import Foundation
import Testing

/// `dvk replicate`: linked child models from the shell, and the refusals that name the option.
@Suite struct ReplicateCommandTests {
    let cli: CLIHarness
    let parent: String

    init() throws {
        cli = try CLIHarness()
        try cli.ok(["users", "add", "thuky", "--name", "Trần Thị Thư", "--role", "secretariat"])
        parent = try cli.ok(["add", "--year", "2025", "--name", "Thắp sáng đường quê", "--unit", "Xã Bình Sa", "--subject", "tập-thể",
                             "--kind", "mô-hình", "--field", "Văn hóa - xã hội", "--person", "Nguyễn Văn Bình",
                             "--objectives", "Lắp 270 bóng đèn"], as: "thuky")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func eachPlaceBecomesALinkedDraftAndTheParentListsThem() throws {
        let children = try #require(try cli.json(["replicate", parent, "--places", "Xã Hòa Phú; thôn Bản Nghiên, xã Tri Phú",
                                                  "--unit", "xa hoa phu", "--year", "2025", "--json"], as: "thuky") as? [[String: Any]])
        #expect(children.map { $0["id"] as? String } == ["2025-0002", "2025-0003"])
        for child in children {
            #expect(child["parentId"] as? String == parent)
            #expect(child["origin"] as? String == "replicated")
            #expect(child["state"] as? String == "draft")
            #expect(child["unit"] as? String == "xa-hoa-phu")
            #expect(child["objectives"] as? String == "Lắp 270 bóng đèn")
            #expect(child["revision"] as? Int == 1)
        }
        #expect(children[1]["name"] as? String == "Thắp sáng đường quê – thôn Bản Nghiên, xã Tri Phú")
        let record = try #require(try cli.json(["show", parent, "--json"]) as? [String: Any])
        let replication = try #require(record["replication"] as? [String: Any])
        #expect(replication["places"] as? [String] == ["Xã Hòa Phú", "thôn Bản Nghiên, xã Tri Phú"])
        #expect(replication["childIds"] as? [String] == ["2025-0002", "2025-0003"])
        #expect((record["history"] as? [[String: Any]])?.last?["transition"] as? String == "replicate")
        #expect(try cli.ok(["check"]).contains("3 mô hình"))
        let text = try cli.ok(["replicate", parent, "--places", "Xã Kim Bình", "--year", "2025"], as: "thuky")
        #expect(text.contains("Đã tạo 1 mô hình nhân rộng từ \(parent): 2025-0004 (Xã Kim Bình)"))
    }

    @Test func badPlacesUnitsAndYearsAreRefusedNamingTheOption() throws {
        let empty = try cli.run(["replicate", parent, "--places", "Xã Hòa Phú;; Xã Tri Phú"], as: "thuky")
        #expect(empty.code == 2)
        #expect(empty.err.contains("--places: nơi thứ 2 để trống"))
        let twice = try cli.run(["replicate", parent, "--places", "Xã Hòa Phú; XA HOA PHU", "--lang", "en"], as: "thuky")
        #expect(twice.code == 2)
        #expect(twice.err.contains("--places: «XA HOA PHU» is given twice"))
        let unit = try cli.run(["replicate", parent, "--places", "Xã Hòa Phú", "--unit", "Xã Không Có"], as: "thuky")
        #expect(unit.code == 2)
        #expect(unit.err.contains("--unit: «Xã Không Có»"))
        let year = try cli.run(["replicate", parent, "--places", "Xã Hòa Phú", "--year", "25"], as: "thuky")
        #expect(year.code == 2)
        #expect(year.err.contains("--year"))
        let missing = try cli.run(["replicate", "2025-9999", "--places", "Xã Hòa Phú"], as: "thuky")
        #expect(missing.code == 1)
        let stranger = try cli.run(["replicate", parent, "--places", "Xã Hòa Phú"], as: "khach")
        #expect(stranger.code == 1)
        #expect(stranger.err.contains("chỉ có quyền xem"))
        let record = try #require(try cli.json(["show", parent, "--json"]) as? [String: Any])
        #expect((record["replication"] as? [String: Any])?["childIds"] as? [String] == [])
        #expect((try cli.json(["list", "--json"]) as? [Any])?.count == 1)
    }
}

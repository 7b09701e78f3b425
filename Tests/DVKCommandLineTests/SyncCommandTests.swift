import DVKTestSupport
import Foundation
import Testing

/// `dvk sync` between two communes and their district through a bare repository, and through
/// bundle files: registering, appraising and recognising across offices, merging edits,
/// conflicts listed and resolved, bad files refused, ids that never collide, the index after a
/// merge, `log` and `restore`.
@Suite(.enabled(if: SyncOffices.git != nil, SyncOffices.gitMissing))
struct SyncCommandTests {
    // MARK: - Communes and the district

    @Test func communesRegisterTheDistrictRecognisesAndEditsMeanwhileMerge() throws {
        let offices = try SyncOffices(["XA01", "XA02", "HUYEN"])
        let first = try offices.register("XA01", name: "Thắp sáng đường quê")
        let second = try offices.register("XA02", name: "Đường hoa nông thôn mới")
        #expect(first.contains("XA01") && second.contains("XA02"))
        #expect(try offices.sync("XA01").contains(first))
        try offices.sync("XA02")
        let received = try offices.sync("HUYEN")
        #expect(received.contains(first) && received.contains(second))
        #expect(try offices.ids("HUYEN") == [first, second])

        // The district moves the commune's model to recognition while the commune edits it.
        let district = offices["HUYEN"]
        for state in ["registration_review", "in_progress", "results_submitted", "appraisal"] {
            if state == "results_submitted" {
                try district.ok(["inspect", "--date", "12/06/2026", "--level", "huyện", "--team", "Đoàn kiểm tra BCĐ huyện", "--models", first,
                                 "--findings", "Đèn đã lắp 250/270 bóng"], as: "thuky")
            }
            try district.ok(["move", first, state], as: "thuky")
        }
        try district.ok(["appraise", first, "--scores", "14,13,18,22,13,9"], as: "thamdinh1")
        try district.ok(["move", first, "recognised", "--level", "huyện", "--decision", "25-QĐ/BCĐ", "--date", "10/10/2026"], as: "lanhdao")
        try offices["XA01"].ok(["edit", first, "--set", "address=Thôn Bình Minh"], as: "thuky")
        try offices.sync("HUYEN")
        try offices.sync("XA01")
        try offices.sync("HUYEN")
        for code in ["XA01", "HUYEN"] {
            let record = try offices.model(code, first)
            #expect(record["state"] as? String == "recognised", "\(code)")
            #expect(record["address"] as? String == "Thôn Bình Minh", "\(code)")
            #expect((record["appraisals"] as? [Any])?.count == 1, "\(code)")
            #expect((record["inspectionIds"] as? [String])?.first?.contains("HUYEN") == true, "\(code)")
            #expect(record["conflicts"] == nil, "\(code)")
            let check = try offices[code].run(["check"])
            #expect(check.code == 0, "\(code): \(check.out)")
        }
        #expect(try offices.sync("XA02").contains(first))
        #expect(try offices.model("XA02", first)["state"] as? String == "recognised")
    }

    @Test func theIndexAfterAMergeEqualsARebuiltOne() throws {
        let offices = try SyncOffices(["XA01", "HUYEN"])
        let id = try offices.register("XA01", name: "Mô hình A")
        try offices.sync("XA01")
        try offices.sync("HUYEN")
        let before = try offices["HUYEN"].ok(["list", "--json"])  // the index now knows the model
        try offices["XA01"].ok(["edit", id, "--set", "name=Mô hình A mới"], as: "thuky")
        try offices["HUYEN"].ok(["edit", id, "--set", "address=Thôn 3"], as: "thuky")
        try offices.sync("XA01")
        try offices.sync("HUYEN")
        let merged = try offices["HUYEN"].ok(["list", "--json"])
        #expect(merged != before && merged.contains("Mô hình A mới"))
        try FileManager.default.removeItem(atPath: offices["HUYEN"].dataPath + "/.index")
        #expect(try offices["HUYEN"].ok(["list", "--json"]) == merged)
    }

    @Test func idsFromTwoOfficesNeverCollideAndOldIdsStay() throws {
        let offices = try SyncOffices(["XA01", "XA02"])
        var made: [String] = []
        for n in 1...3 {
            made.append(try offices.register("XA01", name: "Xã 1 số \(n)"))
            made.append(try offices.register("XA02", name: "Xã 2 số \(n)"))
        }
        #expect(Set(made).count == 6)
        try offices.sync("XA01")
        try offices.sync("XA02")
        try offices.sync("XA01")
        #expect(try offices.ids("XA01") == Set(made))
        #expect(try offices.ids("XA02") == Set(made))
    }

    // MARK: - Conflicts

    @Test func aFieldChangedOnBothSidesIsListedAndResolvedByConflicts() throws {
        let offices = try SyncOffices(["XA01", "HUYEN"])
        let id = try offices.register("XA01", name: "Tên gốc")
        try offices.sync("XA01")
        try offices.sync("HUYEN")
        try offices["XA01"].ok(["edit", id, "--set", "name=Tên của xã"], as: "thuky")
        try offices["HUYEN"].ok(["edit", id, "--set", "name=Tên của huyện"], as: "thuky")
        try offices.sync("XA01")
        #expect(try offices.sync("HUYEN").contains("dvk conflicts"))
        let listed = try #require(try offices["HUYEN"].json(["conflicts", "--json"]) as? [[String: Any]])
        let conflict = try #require(listed.first?["conflict"] as? [String: Any])
        #expect(listed.count == 1 && listed.first?["id"] as? String == id)
        #expect(conflict["field"] as? String == "name")
        #expect(conflict["mine"] as? String == "Tên của huyện")
        #expect(conflict["theirs"] as? String == "Tên của xã")
        #expect(conflict["office"] as? String == "XA01" && conflict["by"] as? String == "thuky")
        let table = try offices["HUYEN"].ok(["--lang", "en", "conflicts"])
        #expect(table.contains("Tên của xã") && table.contains("XA01"))
        #expect(try offices["HUYEN"].run(["check"]).code == 5)

        try offices["HUYEN"].ok(["conflicts", "resolve", id, "name", "--take", "theirs"], as: "thuky")
        #expect(try offices.model("HUYEN", id)["name"] as? String == "Tên của xã")
        #expect(try offices["HUYEN"].ok(["conflicts"]).contains("Không có xung đột"))
        try offices["HUYEN"].ok(["check"])
        try offices.sync("HUYEN")
        try offices.sync("XA01")
        #expect(try offices.model("XA01", id)["name"] as? String == "Tên của xã")
        #expect(try offices.model("XA01", id)["conflicts"] == nil)
        let wrong = try offices["XA01"].run(["conflicts", "resolve", id, "name", "--take", "theirs"], as: "thuky")
        #expect(wrong.code == 2 && wrong.err.contains("name"))
    }

    // MARK: - Bundle files

    @Test func bundleFilesCarryTheSameExchangeAndBadOnesAreRefused() throws {
        let offices = try SyncOffices(["XA01", "HUYEN"])
        let folder = try TestSupport.scratchFolder("dvk-sync-usb")
        let id = try offices.register("XA01", name: "Mô hình qua USB")
        try offices.sync("XA01", ["--to-file", folder + "/xa01.bundle"])
        #expect(try offices.sync("HUYEN", ["--from-file", folder + "/xa01.bundle"]).contains(id))
        try offices["HUYEN"].ok(["edit", id, "--set", "name=Huyện sửa"], as: "thuky")
        try offices["XA01"].ok(["edit", id, "--set", "name=Xã sửa"], as: "thuky")
        try offices.sync("HUYEN", ["--to-file", folder + "/huyen.bundle"])
        try offices.sync("XA01", ["--from-file", folder + "/huyen.bundle"])
        let listed = try #require(try offices["XA01"].json(["conflicts", "--json"]) as? [[String: Any]])
        #expect(listed.count == 1)
        try offices["XA01"].ok(["conflicts", "resolve", id, "name", "--take", "mine"], as: "thuky")
        try offices.sync("XA01", ["--to-file", folder + "/xa01-2.bundle"])
        try offices.sync("HUYEN", ["--from-file", folder + "/xa01-2.bundle"])
        #expect(try offices.model("HUYEN", id)["name"] as? String == "Xã sửa")

        // A truncated and an altered copy of a good file: refused, nothing changes.
        let good = try Data(contentsOf: URL(fileURLWithPath: folder + "/xa01-2.bundle"))
        try good.prefix(good.count * 2 / 3).write(to: URL(fileURLWithPath: folder + "/truncated.bundle"))
        var altered = good
        altered[good.count - 30] ^= 0x5A
        try altered.write(to: URL(fileURLWithPath: folder + "/altered.bundle"))
        try Data("not a bundle".utf8).write(to: URL(fileURLWithPath: folder + "/other.bundle"))
        let fresh = try SyncOffices(["XA02"])
        for name in ["truncated", "altered", "other"] {
            let head = try fresh.git("XA02", ["rev-parse", "HEAD"])
            let result = try fresh["XA02"].run(["sync", "--from-file", folder + "/\(name).bundle"])
            #expect(result.code == 2, "\(name): \(result.err)")
            #expect(result.err.contains("\(name).bundle") && result.err.contains("không có gì thay đổi"), "\(name): \(result.err)")
            #expect(try fresh.ids("XA02").isEmpty, "\(name)")
            #expect(try fresh.git("XA02", ["rev-parse", "HEAD"]) == head, "\(name)")
        }
        #expect(try fresh.sync("XA02", ["--from-file", folder + "/xa01-2.bundle"]).contains(id))
    }

    // MARK: - History

    @Test func logTellsWhoChangedARecordWhereAndRestoreBringsAVersionBack() throws {
        let offices = try SyncOffices(["XA01", "HUYEN"])
        let id = try offices.register("XA01", name: "Bản đầu")
        try offices.sync("XA01")
        try offices.sync("HUYEN")
        try offices["HUYEN"].ok(["edit", id, "--set", "name=Bản huyện"], as: "thuky")
        try offices.sync("HUYEN")
        try offices.sync("XA01")
        let log = try offices["XA01"].ok(["--lang", "en", "log", id])
        #expect(log.contains("HUYEN") && log.contains("XA01") && log.contains("thuky"))
        try offices["XA01"].ok(["restore", id, "--at", "1"], as: "thuky")
        let restored = try offices.model("XA01", id)
        #expect(restored["name"] as? String == "Bản đầu")
        #expect(restored["revision"] as? Int == 3)
        #expect(try offices["XA01"].run(["restore", id, "--at", "99"], as: "thuky").code == 1)
    }
}

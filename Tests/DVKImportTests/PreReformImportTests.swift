import DVKCore
@testable import DVKImport
import DVKStorage
import DVKTestSupport
import Testing

/// A register of the years before the two-tier reform (district recognitions and awards)
/// imported next to records of the new tiers: the historical level stays, and the statistics
/// count both.
@Suite("A pre-2025 register next to two-tier records")
struct PreReformImportTests {
    @Test("district recognitions and awards of 2023–2024 count in the statistics with the commune and province ones of 2025–2026")
    func bothTiersCount() throws {
        let fixture = try ImportFixture()
        let models = SourceTable(name: "Mô hình", rows: [
            ImportFixture.header + ["Mã", "Trạng thái", "Cấp công nhận"],
            ["2023", "Xã Kim Bình", "Đường hoa", "Tập thể", "Mô hình", "Mới", "Kinh tế", "2023-0001", "Được công nhận", "Huyện"],
            ["2024", "Xã Yên Lập", "Bếp ăn", "Cá nhân", "Điển hình", "Mới", "Văn hóa – xã hội", "2024-0001", "Đã khen thưởng", "Cấp huyện"],
            ["2025", "Xã Kim Bình", "Tổ tự quản", "Tập thể", "Mô hình", "Mới", "Quốc phòng – an ninh", "2025-0001", "Được công nhận", "Xã"],
            ["2026", "Xã Kim Bình", "Sổ dân vận", "Tập thể", "Mô hình", "Mới", "Kinh tế", "2026-0001", "Được công nhận", "Tỉnh"],
            ["2026", "Xã Kim Bình", "Chưa xong", "Tập thể", "Mô hình", "Mới", "Kinh tế", "", "Đang thực hiện", ""],
        ].map { $0.map { $0.isEmpty ? SourceCell.empty : .text($0) } })
        let decisions = SourceTable(name: "Khen thưởng", rows: [
            ["Số quyết định", "Năm", "Hình thức khen thưởng", "Cấp khen thưởng", "Người được khen", "Đối tượng", "Mã mô hình"],
            ["15/QĐ-UBND", "2024", "Giấy khen", "Huyện", "Nguyễn Thị Hoa", "Cá nhân", "2024-0001"],
            ["3/QĐ-UBND", "2026", "Giấy khen", "Xã", "Tổ tự quản thôn Nà Mèo", "Tập thể", "2025-0001"],
        ].map { $0.map(SourceCell.text) })
        let importer = try fixture.importer()
        let plan = importer.plan([models, decisions], options: ImportOptions())
        #expect(plan.report.problems.isEmpty, "\(plan.report.problems.map { $0.text(.vi) })")
        try importer.write(plan)
        let records = fixture.models()
        #expect(records.compactMap(\.recognition?.level) == ["district", "district", "commune", "province"])
        let configuration = try fixture.directory.loadConfiguration()
        let builder = StatisticsBuilder(configuration: configuration)
        let stored = fixture.store.loadAll(AwardDecision.self).records
        let recognised = builder.table(.registeredRecognised, models: records, decisions: stored, years: 2023...2026)
        #expect(recognised.totals["registered_total"] == 5)
        #expect(recognised.totals["recognised_total"] == 4)
        let awards = builder.table(.awardsByLevel, models: records, decisions: stored, years: 2023...2026)
        let year2024 = try #require(awards.rows.first { $0.key == "2024" })
        let year2026 = try #require(awards.rows.first { $0.key == "2026" })
        #expect(year2024.value("district_individual") == 1 && year2024.value("total") == 1)
        #expect(year2026.value("commune_collective") == 1 && year2026.value("district_collective") == 0)
        #expect(awards.unplaced.isEmpty)
    }
}

import DVKCore
import DVKTestSupport

/// Records reproducing two rows of Chiêm Hóa's "Biểu tổng hợp" 2020–2022 (seed 002) and its
/// award table, so the annexes can be checked against the seed's own figures and against the
/// core's statistics.
enum ChiemHoaFixture {
    /// Field id, then the ten figures as the seed prints them: recognised models TT/CN, deeds
    /// TT/CN; new 2022 registrations, same split; replicated outstanding TT/CN.
    static let rows: [(field: String, figures: [Int])] = [
        ("economy", [257, 532, 138, 427, 119, 312, 62, 192, 45, 192]),
        ("culture_society", [298, 652, 149, 666, 133, 742, 46, 291, 39, 186]),
    ]

    /// All seven rows of the seed's table; row 6 is a province's own field, the campaign against
    /// plastic waste ("Tuyên Quang chung tay xử lý rác thải và chống rác thải nhựa").
    static let allRows: [(field: String, figures: [Int])] = rows + [
        ("defense_security", [170, 379, 44, 114, 66, 243, 22, 81, 15, 212]),
        ("political_system", [371, 472, 168, 216, 104, 186, 58, 136, 80, 97]),
        ("new_rural", [527, 416, 316, 611, 228, 471, 132, 359, 99, 194]),
        ("waste", [0, 0, 27, 6, 0, 0, 5, 0, 6, 2]),
        ("other", [40, 155, 9, 62, 7, 66, 10, 118, 1, 2]),
    ]

    /// The configuration with the seed's own field (row 6) before "Lĩnh vực khác", as a province
    /// adds it to its lists.
    static func seedConfiguration() throws -> Configuration {
        var configuration = try TestSupport.configuration()
        let waste = ListEntry(id: "waste", label: LocalizedText(
            vi: "Mô hình \"Dân vận khéo\" trong thực hiện phong trào Tuyên Quang chung tay xử lý rác thải và chống rác thải nhựa",
            en: "The campaign against plastic waste"))
        let other = configuration.lists.fields.firstIndex { $0.id == "other" } ?? configuration.lists.fields.count
        configuration.lists.fields.insert(waste, at: other)
        return configuration
    }

    static let years = 2020...2022
    static let stamp = Stamp(at: TestSupport.time, by: "test")

    /// Recognised records of 2020–2021 for the period totals (the first of each subject
    /// outstanding and replicated as the seed counts them), and pending new registrations of 2022.
    static func records(_ rows: [(field: String, figures: [Int])] = rows) -> [ModelRecord] {
        var records: [ModelRecord] = []
        func add(field: String, subject: String, kind: String, year: Int, origin: String, state: String, recognised: Bool) -> Int {
            var r = ModelRecord(id: "CH-\(records.count + 1)", year: year, state: state, created: stamp)
            r.field = field
            r.subject = subject
            r.kind = kind
            r.origin = origin
            r.name = "Mô hình \(records.count + 1)"
            if recognised { r.recognition = Recognition(level: "district") }
            records.append(r)
            return records.count - 1
        }
        for row in rows {
            var recognisedBySubject: [String: [Int]] = [:]
            for (offset, kind) in ["model", "deed"].enumerated() {
                for (s, subject) in ["collective", "individual"].enumerated() {
                    for i in 0..<row.figures[offset * 2 + s] {
                        let index = add(field: row.field, subject: subject, kind: kind, year: 2020 + i % 2, origin: "maintained",
                                        state: "recognised", recognised: true)
                        recognisedBySubject[subject, default: []].append(index)
                    }
                    for _ in 0..<row.figures[4 + offset * 2 + s] {
                        _ = add(field: row.field, subject: subject, kind: kind, year: 2022, origin: "new", state: "in_progress", recognised: false)
                    }
                }
            }
            for (s, subject) in ["collective", "individual"].enumerated() {
                for index in (recognisedBySubject[subject] ?? []).prefix(row.figures[8 + s]) {
                    records[index].recognition?.outstanding = true
                    records[index].replication = Replication(places: ["Xã Trung Hà"])
                }
            }
        }
        return records
    }

    /// The award table's seed figures: year, level, collectives, individuals.
    static let awards: [(year: Int, level: String, collective: Int, individual: Int)] = [
        (2020, "commune", 29, 40), (2020, "district", 1, 6), (2020, "province", 0, 1),
        (2021, "commune", 30, 41), (2021, "district", 3, 4), (2021, "province", 0, 2),
    ]

    static func decisions() -> [AwardDecision] {
        awards.map { award in
            var d = AwardDecision(id: "QD-\(award.year)-\(award.level)", number: "\(award.year)/\(award.level)", year: award.year, created: stamp)
            d.level = award.level
            d.status = AwardDecision.statusAwarded
            d.recipients = (0..<award.collective).map { AwardRecipient(name: "Tập thể \($0)", subject: "collective") }
                + (0..<award.individual).map { AwardRecipient(name: "Cá nhân \($0)", subject: "individual") }
            return d
        }
    }

    /// The core's by-field table over `records()`.
    static func byFieldTable() throws -> StatisticsTable {
        StatisticsBuilder(configuration: try TestSupport.configuration()).table(.byField, models: records(), decisions: [], years: years)
    }

    /// The core's awards-by-level table over `decisions()`.
    static func awardsTable() throws -> StatisticsTable {
        StatisticsBuilder(configuration: try TestSupport.configuration()).table(.awardsByLevel, models: [], decisions: decisions(), years: years)
    }
}

import DVKTestSupport
import Foundation
@testable import DVKCore

/// In-memory records and decisions reproducing the seed tables: Chiêm Hóa's "Biểu tổng hợp"
/// 2020–2022 (by field; awards by level) and Phụng Hiệp's registered → recognised figures.
enum StatisticsFixtures {
    // MARK: Configuration

    /// The shipped configuration (`TestSupport.configuration()`) with `fields` as its fields list.
    static func configuration(fields: [ListEntry]) throws -> Configuration {
        var configuration = try TestSupport.configuration()
        configuration.lists.fields = fields
        return configuration
    }

    static let stamp = Stamp(at: Timestamp(seconds: 1_600_000_000), by: "test")
    /// States a recognised record can be in (it keeps its recognition when later discontinued).
    static let recognisedStates = ["recognised", "award_proposed", "awarded", "discontinued"]
    /// States of registrations not (yet) recognised: registered, under way, or closed without
    /// recognition. The `not_recognised` ones carry the recognition drafted before the verdict.
    static let pendingStates = ["registered", "registration_review", "in_progress", "results_submitted", "appraisal",
                                "rejected", "not_recognised", "discontinued"]

    static func record(_ id: String, year: Int, field: String, subject: String, kind: String = "model",
                       origin: String = "maintained", state: String = "in_progress") -> ModelRecord {
        var r = ModelRecord(id: id, year: year, state: state, created: stamp)
        r.field = field
        r.subject = subject
        r.kind = kind
        r.origin = origin
        r.name = "Mô hình \(id)"
        return r
    }

    /// A record in state `recognised` (or `state`) with a recognition at `level`.
    static func recognised(_ id: String, year: Int, field: String, subject: String, kind: String = "model",
                           origin: String = "maintained", state: String = "recognised", level: String = "district",
                           outstanding: Bool = false) -> ModelRecord {
        var r = record(id, year: year, field: field, subject: subject, kind: kind, origin: origin, state: state)
        r.recognition = Recognition(level: level, outstanding: outstanding)
        return r
    }

    // MARK: Chiêm Hóa, by field (seed 002, lines 286–295)

    /// Column order of `chiemHoaRows` figures.
    static let byFieldColumns = ["model_collective", "model_individual", "deed_collective", "deed_individual",
                                 "new_model_collective", "new_model_individual", "new_deed_collective", "new_deed_individual",
                                 "replicated_collective", "replicated_individual"]

    /// The seed table row for row: field id, label, the ten figures as printed.
    static let chiemHoaRows: [(id: String, label: String, figures: [Int])] = [
        ("economy", "Phát triển kinh tế", [257, 532, 138, 427, 119, 312, 62, 192, 45, 192]),
        ("culture_society", "Văn hóa - xã hội", [298, 652, 149, 666, 133, 742, 46, 291, 39, 186]),
        ("defense_security", "Quốc Phòng - an ninh", [170, 379, 44, 114, 66, 243, 22, 81, 15, 212]),
        ("political_system", "Xây dựng hệ thống chính trị", [371, 472, 168, 216, 104, 186, 58, 136, 80, 97]),
        ("new_rural", "Xây dựng nông thôn mới", [527, 416, 316, 611, 228, 471, 132, 359, 99, 194]),
        ("waste", "Mô hình \"Dân vận khéo\" trong thực hiện phong trào Tuyên Quang chung tay xử lý rác thải và chống rác thải nhựa",
         [0, 0, 27, 6, 0, 0, 5, 0, 6, 2]),
        ("other", "Lĩnh vực khác", [40, 155, 9, 62, 7, 66, 10, 118, 1, 2]),
    ]

    /// The seed's "TỔNG CỘNG" row, as printed (seed 002, line 295).
    static let chiemHoaTotals = [1663, 2606, 851, 2102, 657, 2020, 335, 1177, 285, 885]

    static var chiemHoaFields: [ListEntry] {
        chiemHoaRows.map { ListEntry(id: $0.id, label: LocalizedText(vi: $0.label, en: $0.label)) }
    }

    /// Records matching the seed table, over 2020–2022. For every row, kind group and subject:
    /// - as many recognised records as the period total, spread over the three years and the
    ///   recognised states; a quarter of the smaller of the two figures are new 2022
    ///   registrations recognised within the year, so they count in both column groups;
    /// - the other new 2022 registrations, not recognised: pending, rejected, not recognised
    ///   (with a drafted recognition) or discontinued before recognition.
    /// Per subject, the first recognised records are outstanding and replicated as many as the
    /// seed's replicated figure; the next two are outstanding only, the next two replicated only.
    /// Then records that count nowhere: a draft (new, 2022, outstanding, replicated), a rejected
    /// and a not-recognised one carrying an outstanding replicated recognition (not new 2022),
    /// registrations of the period that are neither recognised nor new in 2022, a recognised
    /// record of 2019 and a new registration of 2023.
    static func chiemHoaRecords() -> [ModelRecord] {
        var records: [ModelRecord] = []
        var serial = 0
        func nextID() -> String { serial += 1; return "CH-\(serial)" }
        for row in chiemHoaRows {
            var recognisedBySubject: [String: [Int]] = [:]   // indices into `records`, per subject
            for (offset, group) in ["model", "deed"].enumerated() {
                for (s, subject) in ["collective", "individual"].enumerated() {
                    let total = row.figures[offset * 2 + s]
                    let new = row.figures[4 + offset * 2 + s]
                    let both = min(total, new) / 4
                    func kind(_ i: Int) -> String { group == "deed" ? "deed" : (i % 2 == 0 ? "model" : "exemplar") }
                    for i in 0..<total {
                        let year = i < both ? 2022 : [2020, 2021, 2022][i % 3]
                        let origin = i < both ? "new" : (year == 2022 ? ["maintained", "replicated"][i % 2]
                                                                     : ["new", "maintained", "replicated"][(i / 3) % 3])
                        recognisedBySubject[subject, default: []].append(records.count)
                        records.append(recognised(nextID(), year: year, field: row.id, subject: subject, kind: kind(i),
                                                  origin: origin, state: recognisedStates[i % recognisedStates.count],
                                                  level: i % 2 == 0 ? "commune" : "district"))
                    }
                    for i in 0..<(new - both) {
                        let state = pendingStates[i % pendingStates.count]
                        var r = record(nextID(), year: 2022, field: row.id, subject: subject, kind: kind(i), origin: "new", state: state)
                        if state == "not_recognised" { r.recognition = Recognition(level: "district") }
                        records.append(r)
                    }
                }
            }
            for (s, subject) in ["collective", "individual"].enumerated() {
                let indices = recognisedBySubject[subject] ?? []
                let replicated = row.figures[8 + s]
                precondition(indices.count >= replicated + 4, "\(row.id) \(subject): too few recognised records")
                for (n, index) in indices.enumerated() {
                    if n < replicated {
                        records[index].recognition?.outstanding = true
                        records[index].replication = Replication(places: ["Xã Trung Hà"])
                    } else if n < replicated + 2 {
                        records[index].recognition?.outstanding = true
                    } else if n < replicated + 4 {
                        records[index].replication = Replication(childIds: ["CH-child"])
                    }
                }
                // Counted nowhere.
                var draft = recognised(nextID(), year: 2022, field: row.id, subject: subject, origin: "new", state: "draft", outstanding: true)
                draft.replication = Replication(places: ["Xã Yên Lập"])
                records.append(draft)
                for state in ["rejected", "not_recognised"] {
                    var r = recognised(nextID(), year: 2021, field: row.id, subject: subject, kind: "deed", origin: "new",
                                       state: state, outstanding: true)
                    r.replication = Replication(places: ["Xã Yên Lập"])
                    records.append(r)
                }
                records.append(record(nextID(), year: 2021, field: row.id, subject: subject, origin: "new", state: "in_progress"))
                records.append(record(nextID(), year: 2022, field: row.id, subject: subject, origin: "maintained", state: "appraisal"))
                records.append(recognised(nextID(), year: 2019, field: row.id, subject: subject, origin: "new"))
                records.append(record(nextID(), year: 2023, field: row.id, subject: subject, kind: "deed", origin: "new", state: "registered"))
            }
        }
        return records
    }

    // MARK: Phụng Hiệp (seed 001, lines 58–66)

    /// Field id, then registered (collective, individual) → recognised (collective, individual).
    static let phungHiepRows: [(field: String, registered: (Int, Int), recognised: (Int, Int))] = [
        ("economy", (153, 50), (102, 18)),
        ("culture_society", (479, 63), (236, 22)),
        ("defense_security", (114, 14), (98, 5)),
        ("political_system", (76, 26), (54, 11)),
    ]

    /// Records over 2014–2023: recognised ones, registered ones that were not (some rejected, some
    /// not recognised although a recognition was drafted), plus drafts and a record of 2013.
    static func phungHiepRecords() -> [ModelRecord] {
        var records: [ModelRecord] = []
        for row in phungHiepRows {
            for (subject, registered, recognised) in [("collective", row.registered.0, row.recognised.0),
                                                      ("individual", row.registered.1, row.recognised.1)] {
                for i in 0..<registered {
                    let id = "PH-\(row.field)-\(subject)-\(i)"
                    let year = 2014 + i % 10
                    if i < recognised {
                        var r = record(id, year: year, field: row.field, subject: subject, state: i % 2 == 0 ? "recognised" : "awarded")
                        r.recognition = Recognition(level: "district", outstanding: i % 5 == 0)
                        records.append(r)
                    } else {
                        let state = ["registered", "in_progress", "rejected", "not_recognised", "discontinued"][i % 5]
                        var r = record(id, year: year, field: row.field, subject: subject, state: state)
                        if state == "not_recognised" { r.recognition = Recognition(level: "district") }
                        records.append(r)
                    }
                }
                var draft = record("PH-\(row.field)-\(subject)-draft", year: 2020, field: row.field, subject: subject, state: "draft")
                draft.recognition = Recognition(level: "district")
                records.append(draft)
                var early = record("PH-\(row.field)-\(subject)-2013", year: 2013, field: row.field, subject: subject, state: "recognised")
                early.recognition = Recognition(level: "district")
                records.append(early)
            }
        }
        return records
    }

    // MARK: Chiêm Hóa, awards (seed 002, lines 276–281)

    /// Year, level id, collectives, individuals, as the seed's level columns print them.
    static let chiemHoaAwards: [(year: Int, level: String, collective: Int, individual: Int)] = [
        (2020, "commune", 29, 40), (2020, "district", 1, 6), (2020, "province", 0, 1),
        (2021, "commune", 30, 41), (2021, "district", 3, 4), (2021, "province", 0, 2),
    ]

    static func decision(_ id: String, year: Int, level: String, collective: Int, individual: Int,
                         status: String = AwardDecision.statusAwarded) -> AwardDecision {
        var d = AwardDecision(id: id, number: "\(id)/QĐ", year: year, created: stamp)
        d.level = level
        d.status = status
        d.recipients = (0..<collective).map { AwardRecipient(name: "Tập thể \($0)", subject: "collective") }
            + (0..<individual).map { AwardRecipient(modelId: "M-\($0)", name: "Cá nhân \($0)", subject: "individual") }
        return d
    }

    /// The seed's awards, the commune level split over two decisions, plus a proposed decision
    /// and an awarded one of 2019 that must not count.
    static func chiemHoaDecisions() -> [AwardDecision] {
        var decisions: [AwardDecision] = []
        for award in chiemHoaAwards {
            let id = "QD-\(award.year)-\(award.level)"
            if award.level == "commune" {
                decisions.append(decision(id + "-a", year: award.year, level: award.level, collective: 10, individual: award.individual - 15))
                decisions.append(decision(id + "-b", year: award.year, level: award.level, collective: award.collective - 10, individual: 15))
            } else {
                decisions.append(decision(id, year: award.year, level: award.level, collective: award.collective, individual: award.individual))
            }
        }
        decisions.append(decision("QD-2021-proposed", year: 2021, level: "province", collective: 4, individual: 9,
                                  status: AwardDecision.statusProposed))
        decisions.append(decision("QD-2019", year: 2019, level: "commune", collective: 5, individual: 5))
        return decisions
    }
}

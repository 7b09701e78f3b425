import DVKCore
import DVKTestSupport
import Foundation
@testable import DVKDocuments

/// Decisions, models and configurations for the document tests, and a scratch folder to write to.
enum DocumentFixtures {
    static let stamp = Stamp(at: TestSupport.time, by: "thuky")

    static func configuration() throws -> Configuration { try TestSupport.configuration() }

    /// A collective's model record.
    static func collectiveModel(_ id: String, unit: String, name: String, field: String, summary: String) -> ModelRecord {
        var r = ModelRecord(id: id, year: 2025, state: "awarded", created: stamp)
        r.name = name
        r.unit = unit
        r.subject = "collective"
        r.kind = "model"
        r.field = field
        r.address = "thôn Bản Ba, xã Trung Hà"
        r.resultsReport = ResultsReport(summary: summary)
        return r
    }

    /// An individual's model record.
    static func individualModel(_ id: String, person: String, birthYear: Int, sex: String, field: String) -> ModelRecord {
        var r = ModelRecord(id: id, year: 2025, state: "awarded", created: stamp)
        r.name = "Gương mẫu vận động nhân dân hiến đất làm đường"
        r.subject = "individual"
        r.kind = "exemplar"
        r.field = field
        r.individual = IndividualDetails(fullName: person, birthYear: birthYear, sex: sex, position: "Trưởng thôn", workplace: "Xã Hùng Mỹ")
        r.resultsReport = ResultsReport(summary: "Vận động 12 hộ hiến 1.200 m² đất")
        return r
    }

    /// Decision 112/QĐ-UBND of the district People's Committee: two collectives, three individuals
    /// (one without a model record).
    static func decision(issuer: String = "ubnd-huyen", track: String = "government") -> (AwardDecision, [ModelRecord]) {
        let models = [
            collectiveModel("2025-0001", unit: "xa-binh-sa", name: "Thắp sáng đường quê", field: "new_rural",
                            summary: "Lắp 270 bóng đèn trên 10.700 m đường"),
            collectiveModel("2025-0002", unit: "xa-trung-ha", name: "Tổ tiết kiệm giúp nhau phát triển kinh tế", field: "economy",
                            summary: "239 hộ tham gia"),
            individualModel("2025-0003", person: "Nguyễn Thị Hoa", birthYear: 1978, sex: "female", field: "culture_society"),
            individualModel("2025-0004", person: "Hà Văn Đức", birthYear: 1965, sex: "male", field: "political_system"),
        ]
        var d = AwardDecision(id: "QD-2025-001", number: "112/QĐ-UBND", year: 2025, created: stamp)
        d.date = Day(year: 2025, month: 10, day: 14)
        d.issuer = issuer
        d.form = "giay_khen"
        d.level = "district"
        d.track = track
        d.status = AwardDecision.statusAwarded
        d.signer = Signer(mode: "TM.", title: "CHỦ TỊCH", name: "Hà Đức Tập")
        d.reason = "Đã có thành tích xuất sắc trong thực hiện phong trào thi đua “Dân vận khéo” năm 2025"
        d.recipients = [
            AwardRecipient(modelId: "2025-0001", name: "Chi bộ thôn Bản Ba, xã Bình Sa", subject: "collective", unit: "Xã Bình Sa"),
            AwardRecipient(modelId: "2025-0002", name: "Hội Nông dân xã Trung Hà", subject: "collective", unit: "Xã Trung Hà",
                           note: "Tiêu biểu"),
            AwardRecipient(modelId: "2025-0003", name: "Nguyễn Thị Hoa", subject: "individual", position: "Chi hội trưởng Phụ nữ",
                           unit: "Xã Hùng Mỹ"),
            AwardRecipient(modelId: "2025-0004", name: "Hà Văn Đức", subject: "individual", position: "Bí thư chi bộ", unit: "Xã Yên Lập"),
            AwardRecipient(name: "Lương Thanh Trung", subject: "individual", position: "Hội viên Hội Nông dân", unit: "Xã Xuân Quang"),
        ]
        return (d, models)
    }

    static func awardList(issuer: String = "ubnd-huyen", track: String = "government") throws -> AwardList {
        let (decision, models) = decision(issuer: issuer, track: track)
        return try AwardListBuilder(configuration: configuration()).build(decisions: [decision], models: models)
    }

    /// A decision with `count` individuals, each on one short line.
    static func longDecision(count: Int) -> AwardDecision {
        var (d, _) = decision()
        d.recipients = (1...count).map { n in
            AwardRecipient(name: "Nguyễn Văn Người \(n)", subject: "individual", position: "Đảng viên", unit: "Xã Hùng Mỹ")
        }
        return d
    }

    /// Writes `bytes` to a new scratch file named `name`; returns its path.
    static func write(_ bytes: [UInt8], _ name: String) throws -> String {
        let path = try TestSupport.scratchFolder("dvk-docs") + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}

/// What a new committee says about itself — its tier, its province, its own name and, if it
/// wants, who signs — and the configuration that follows from it: the profile and the
/// letterheads of the bodies whose documents it prints, in the State layout (Nghị định 30/2020)
/// and the Party layout (Hướng dẫn 36-HD/VPTW), named as today's two tiers name them. The first
/// run of the interface and `dvk init --level …` both build the configuration here.
public struct CommitteeSetup: Sendable, Hashable {
    /// The two tiers a committee sits at since 1 July 2025.
    public enum Level: String, Sendable, CaseIterable {
        case province, commune
    }

    public var level: Level
    public var province: Province
    /// The commune, ward or special zone with its kind: "Xã Kim Bình", "Phường Hà Giang 1",
    /// "Đặc khu Phú Quốc"; ignored for a provincial committee.
    public var commune: String
    /// The signers' names, if known (they can be left for the printed list to carry blank).
    public var committeeSigner: String
    public var governmentSigner: String

    public init(level: Level, province: Province, commune: String = "", committeeSigner: String = "", governmentSigner: String = "") {
        self.level = level
        self.province = province
        self.commune = VietnameseText.cleanLine(commune)
        self.committeeSigner = VietnameseText.cleanLine(committeeSigner)
        self.governmentSigner = VietnameseText.cleanLine(governmentSigner)
    }

    /// Why this setup cannot be used, in words for the user; nil when it can.
    public var problem: LocalizedText? {
        guard level == .commune else { return nil }
        if commune.isEmpty {
            return LocalizedText(vi: "cần tên xã, phường hoặc đặc khu (ví dụ: «Xã Kim Bình»)",
                                 en: "the commune, ward or special zone is needed (e.g. «Xã Kim Bình»)")
        }
        if CommitteeSetup.communeKind(of: commune) == nil {
            return LocalizedText(vi: "«\(commune)»: tên phải bắt đầu bằng Xã, Phường hoặc Đặc khu",
                                 en: "«\(commune)»: the name must start with Xã, Phường or Đặc khu")
        }
        return nil
    }

    /// "Xã", "Phường" or "Đặc khu" at the start of a commune-level name; nil when none.
    public static func communeKind(of name: String) -> String? {
        let folded = VietnameseText.fold(name)
        for kind in ["Xã", "Phường", "Đặc khu"] where folded.hasPrefix(VietnameseText.fold(kind) + " ") { return kind }
        return nil
    }

    /// The committee's profile, set up.
    public var profile: CommitteeProfile {
        CommitteeProfile(setUp: true, level: level.rawValue, province: province.name, name: level == .commune ? commune : province.name)
    }

    /// "TỈNH TUYÊN QUANG" / "THÀNH PHỐ HÀ NỘI".
    var provinceUnit: String { (province.isCity ? "THÀNH PHỐ " : "TỈNH ") + province.name.uppercased() }
    /// "TỈNH ỦY TUYÊN QUANG" / "THÀNH ỦY HÀ NỘI".
    var provincialPartyCommittee: String { (province.isCity ? "THÀNH ỦY " : "TỈNH ỦY ") + province.name.uppercased() }
    /// The place before a date for provincial documents.
    var provincePlace: String { province.name }
    /// "Kim Bình" of "Xã Kim Bình".
    var communePlace: String {
        guard let kind = CommitteeSetup.communeKind(of: commune) else { return commune }
        return String(commune.dropFirst(kind.count)).trimmingSpaces
    }

    static let committeeLine = "BAN CHỈ ĐẠO PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO”"

    /// The letterheads: the committee's own (Party layout) and its People's Committee's (State
    /// layout) — and for a commune the province's People's Committee, whose awards the committee
    /// proposes and records.
    public var issuers: [DocumentHeaders.Issuer] {
        let provincialGovernment = DocumentHeaders.Issuer(
            id: "ubnd-tinh", layout: "state", parent: "", name: "ỦY BAN NHÂN DÂN " + provinceUnit, place: provincePlace,
            numberSuffix: "QĐ-UBND", signer: Signer(mode: "TM.", title: "CHỦ TỊCH", name: level == .province ? governmentSigner : ""),
            levels: ["province"])
        switch level {
        case .province:
            return [
                DocumentHeaders.Issuer(id: "bcd-tinh", layout: "party", parent: "",
                                       name: provincialPartyCommittee + "\n" + CommitteeSetup.committeeLine, place: provincePlace,
                                       numberSuffix: "QĐ/BCĐ", signer: Signer(mode: "", title: "TRƯỞNG BAN", name: committeeSigner),
                                       levels: ["province"]),
                provincialGovernment,
            ]
        case .commune:
            let upper = commune.uppercased()
            return [
                DocumentHeaders.Issuer(id: "bcd-xa", layout: "party", parent: "ĐẢNG BỘ " + provinceUnit,
                                       name: "ĐẢNG ỦY " + upper + "\n" + CommitteeSetup.committeeLine, place: communePlace,
                                       numberSuffix: "QĐ/BCĐ", signer: Signer(mode: "", title: "TRƯỞNG BAN", name: committeeSigner),
                                       levels: ["commune"]),
                DocumentHeaders.Issuer(id: "ubnd-xa", layout: "state", parent: "", name: "ỦY BAN NHÂN DÂN " + upper, place: communePlace,
                                       numberSuffix: "QĐ-UBND", signer: Signer(mode: "TM.", title: "CHỦ TỊCH", name: governmentSigner),
                                       levels: ["commune"]),
                provincialGovernment,
            ]
        }
    }

    /// The province named `typed` among `provinces` (by name, ignoring case, marks and a leading
    /// "Tỉnh"/"Thành phố"), or the nearest ones for the message.
    public static func province(_ typed: String, among provinces: [Province]) -> Province? {
        func key(_ text: String) -> String {
            var folded = VietnameseText.fold(VietnameseText.cleanLine(text))
            for prefix in ["tinh ", "thanh pho ", "tp. ", "tp "] where folded.hasPrefix(prefix) { folded = String(folded.dropFirst(prefix.count)) }
            return VietnameseText.matchKey(folded)
        }
        let wanted = key(typed)
        return provinces.first { key($0.name) == wanted || (wanted == "hcm" && $0.name == "Hồ Chí Minh") }
    }
}

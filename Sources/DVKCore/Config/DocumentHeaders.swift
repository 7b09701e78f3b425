/// The issuing bodies whose letterheads documents carry (`config/headers.json`): State layout
/// (Nghị định 30/2020) or Party layout (Hướng dẫn 36-HD/VPTW), names, place and default signer.
public struct DocumentHeaders: Sendable, Codable {
    public struct Issuer: Sendable, Codable, Hashable {
        public var id: String
        /// `state` or `party`.
        public var layout: String
        /// The parent body line ("ĐẢNG BỘ TỈNH …"); may be empty.
        public var parent: String
        /// The issuing body, one line per `\n`.
        public var name: String
        /// The place written before the date ("Chiêm Hóa, ngày …").
        public var place: String
        public var numberSuffix: String
        public var signer: Signer
        /// The levels whose decisions this body issues (empty: any level).
        public var levels: [String]

        enum CodingKeys: String, CodingKey { case id, layout, parent, name, place, numberSuffix, signer, levels }

        public init(id: String, layout: String, parent: String, name: String, place: String, numberSuffix: String, signer: Signer,
                    levels: [String]) {
            self.id = id
            self.layout = layout
            self.parent = parent
            self.name = name
            self.place = place
            self.numberSuffix = numberSuffix
            self.signer = signer
            self.levels = levels
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            layout = try c.decode(String.self, forKey: .layout)
            parent = try c.decode(.parent, or: "")
            name = try c.decode(String.self, forKey: .name)
            place = try c.decode(.place, or: "")
            numberSuffix = try c.decode(.numberSuffix, or: "")
            signer = try c.decode(.signer, or: Signer())
            levels = try c.decode(.levels, or: [])
        }
    }

    public var schemaVersion: Int
    public var issuers: [Issuer]

    public init(schemaVersion: Int = 1, issuers: [Issuer]) {
        self.schemaVersion = schemaVersion
        self.issuers = issuers
    }

    public func issuer(_ id: String) -> Issuer? { issuers.first { $0.id == id } }
}

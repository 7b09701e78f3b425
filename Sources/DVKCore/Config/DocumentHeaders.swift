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
    }

    public var schemaVersion: Int
    public var issuers: [Issuer]

    public func issuer(_ id: String) -> Issuer? { issuers.first { $0.id == id } }
}

/// How the bytes of an imported text file (CSV) are read: as Unicode, as one of the two legacy
/// Vietnamese codes still found in old committee files, or `auto` to let `ImportTextDecoder` tell.
public enum TextEncodingChoice: String, CaseIterable, Sendable {
    case auto, utf8, tcvn3, vni

    /// The encoding's usual name, as the user knows it from a font menu or a converter.
    public var name: String {
        switch self {
        case .auto: return "auto"
        case .utf8: return "UTF-8"
        case .tcvn3: return "TCVN3 (ABC)"
        case .vni: return "VNI-Windows"
        }
    }
}

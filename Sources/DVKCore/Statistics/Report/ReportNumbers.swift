/// Numbers written the way Vietnamese reports write them: thousands grouped with a dot
/// ("1.663"), decimals after a comma ("44,2%").
public enum ReportNumbers {
    /// "1.663", "12.345.678", "-1.200".
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(".") }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// `part` of `whole` as a percentage with one decimal after a comma ("44,2%", "100%"); nil
    /// when `whole` is zero.
    public static func percent(_ part: Int, of whole: Int) -> String? {
        guard whole > 0 else { return nil }
        let tenths = Int((Double(part) * 1000 / Double(whole)).rounded())
        let whole = tenths / 10
        let decimal = tenths % 10
        return decimal == 0 ? "\(grouped(whole))%" : "\(grouped(whole)),\(decimal)%"
    }
}

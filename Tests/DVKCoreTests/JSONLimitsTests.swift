import DVKCore
import DVKTestSupport
import Testing

/// `JSONParser` and `JSONLimits.check` keep the same limits, and turn every violation into a
/// positioned syntax error instead of a trap or a stack overflow; `RecordFieldSetter` refuses
/// typed values beyond them, naming the field.
@Suite struct JSONLimitsTests {
    /// The syntax error both readers give for `text`; they must agree on where it is.
    func error(_ text: String) throws -> JSONParser.SyntaxError {
        let bytes = Array(text.utf8)
        let parsed = try #require(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(bytes) }
        let checked = try #require(throws: JSONParser.SyntaxError.self) { try JSONLimits.check(bytes) }
        #expect(parsed.position == checked.position)
        #expect(parsed.message == checked.message)
        return parsed
    }

    @Test(arguments: [#"["\uD800\u0041"]"#, #"["\uD800"]"#, #"["\uDC00"]"#, #"["ab\uDBFF\uDBFF"]"#, #"["\uD800\n"]"#])
    func aLoneSurrogateIsASyntaxErrorAtItsEscape(_ text: String) throws {
        let problem = try error(text)
        #expect(problem.position.column == (text.hasPrefix(#"["ab"#) ? 5 : 3))
        #expect(problem.message.en.contains("lone surrogate"))
    }

    @Test func aSurrogatePairIsOneCharacter() throws {
        #expect(try JSONParser.parse(Array(#"["\uD83D\uDE00", "\u00e9"]"#.utf8)) == .array([.string("😀"), .string("é")]))
        try JSONLimits.check(Array(#"["\uD83D\uDE00"]"#.utf8))
    }

    @Test func hundredThousandLevelsAreRefusedAtTheLevelTooMany() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let problem = try error("\n  " + deep)
        #expect(problem.position == JSONParser.Position(line: 2, column: 3 + JSONLimits.maximumDepth))
        let limit = String(repeating: "[", count: JSONLimits.maximumDepth) + String(repeating: "]", count: JSONLimits.maximumDepth)
        _ = try JSONParser.parse(Array(limit.utf8))
        try JSONLimits.check(Array(limit.utf8))
    }

    @Test(arguments: ["1e300", "9223372036854775807", "-1e400", "9007199254740994", "123456789012345678901234567890"])
    func aNumberBeyondTwoToThe53IsRefused(_ number: String) throws {
        let problem = try error("{\"a\": \(number)}")
        #expect(problem.position.column == 7)
        #expect(problem.message.en.contains("number out of range"))
    }

    @Test func numbersWithinRangeAreRead() throws {
        let text = "[9007199254740992, -9007199254740992, 1.5, 0.000000000000000000000000001, 1e15, 123456789012345.75]"
        try JSONLimits.check(Array(text.utf8))
        #expect(try JSONParser.parse(Array(text.utf8)) == .array([
            .number(9_007_199_254_740_992), .number(-9_007_199_254_740_992), .number(1.5), .number(1e-27), .number(1e15), .number(123456789012345.75),
        ]))
    }

    @Test func tooManyElementsAndTooLongTextsAreRefused() throws {
        let many = "[" + Array(repeating: "0", count: JSONLimits.maximumElements + 1).joined(separator: ",") + "]"
        #expect(try error(many).message.en.contains("too many elements"))
        let object = "{" + (0...JSONLimits.maximumElements).map { "\"\($0)\":0" }.joined(separator: ",") + "}"
        #expect(try error(object).message.en.contains("too many elements"))
        let long = "[\"" + String(repeating: "a", count: JSONLimits.maximumTextBytes + 1) + "\"]"
        let problem = try error(long)
        #expect(problem.position.column == 2)
        #expect(problem.message.en.contains("text too long"))
    }

    @Test func theSetterRefusesJSONBeyondTheLimitsNamingTheField() throws {
        let setter = RecordFieldSetter(configuration: try TestSupport.configuration())
        for typed in [#"[{"name": "\uD800\u0041", "unit": "x"}]"#, String(repeating: "[", count: 100_000)] {
            let refused = try #require(throws: FieldInputError.self) { try setter.value(for: "indicators", typed: typed) }
            #expect(refused.key == "indicators")
            #expect(refused.message.vi.contains("cần giá trị JSON hợp lệ"))
        }
        let land = try #require(throws: FieldInputError.self) { try setter.value(for: "resources.donatedLandM2", typed: "1e300") }
        #expect(land.message.en.contains("number out of range"))
    }

    @Test func amountsAreWholeDongUpToTenToThe15() {
        #expect(RecordFieldSetter.amount("50.000.000") == 50_000_000)
        #expect(RecordFieldSetter.amount("1.000.000.000.000.000") == 1_000_000_000_000_000)
        for refused in ["1e300", "1.000.000.000.000.001", "-5", "1,5", "abc", "inf", "nan"] {
            #expect(RecordFieldSetter.amount(refused) == nil, "\(refused)")
        }
    }
}

import Testing
@testable import DVKCore

@Suite struct CSVWriterTests {
    @Test func plainFieldsAreWrittenAsTheyAre() {
        #expect(CSVWriter.escape("Tập thể") == "Tập thể")
        #expect(CSVWriter.escape("") == "")
        #expect(CSVWriter.escape(" space ") == " space ")
        #expect(CSVWriter.line(["a", "b", "1663"]) == "a,b,1663")
    }

    @Test func fieldsWithCommaQuoteOrLineBreakAreQuoted() {
        #expect(CSVWriter.escape("Văn hóa, xã hội") == "\"Văn hóa, xã hội\"")
        #expect(CSVWriter.escape("Mô hình \"Dân vận khéo\"") == "\"Mô hình \"\"Dân vận khéo\"\"\"")
        #expect(CSVWriter.escape("a\nb") == "\"a\nb\"")
        #expect(CSVWriter.escape("a\rb") == "\"a\rb\"")
        // "\r\n" is one Character in Swift; it must still be found.
        #expect(CSVWriter.escape("a\r\nb") == "\"a\r\nb\"")
        #expect(CSVWriter.escape("\"") == "\"\"\"\"")
    }

    @Test func documentsEndEveryLineWithLF() {
        var writer = CSVWriter()
        writer.appendRow(["Lĩnh vực", "Tổng"])
        writer.appendRow(["Kinh tế, \"xanh\"", "3"])
        #expect(writer.text == "Lĩnh vực,Tổng\n\"Kinh tế, \"\"xanh\"\"\",3\n")
        #expect(CSVWriter.document([["a"], [""], ["b", "c"]]) == "a\n\nb,c\n")
        #expect(CSVWriter.document([]) == "")
    }

    @Test func aFieldThatStartsLikeAFormulaGetsALeadingApostrophe() {
        #expect(CSVWriter.escape("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(CSVWriter.escape("=1+1") == "'=1+1")
        #expect(CSVWriter.escape("+84 912 345 678") == "'+84 912 345 678")
        #expect(CSVWriter.escape("-2+3") == "'-2+3")
        #expect(CSVWriter.escape("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVWriter.escape("\tcmd") == "'\tcmd")
        #expect(CSVWriter.escape("\r=1") == "\"'\r=1\"")
        #expect(CSVWriter.escape("=a,b") == "\"'=a,b\"")
        #expect(CSVWriter.line(["Tên", "=cmd|' /C calc'!A0"]) == "Tên,'=cmd|' /C calc'!A0")
    }

    @Test func plainNumbersAndTextWithTheSignsInsideAreLeftAlone() {
        for number in ["-5", "+3", "12.5", "-0.25", "0", "1663"] {
            #expect(CSVWriter.escape(number) == number)
        }
        #expect(CSVWriter.escape("Văn hóa - xã hội") == "Văn hóa - xã hội")
        #expect(CSVWriter.escape("a=b") == "a=b")
        #expect(CSVWriter.escape("-") == "'-")
        #expect(CSVWriter.escape("-5.") == "'-5.")
        #expect(CSVWriter.escape("-1.2.3") == "'-1.2.3")
    }
}

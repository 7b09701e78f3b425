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
}

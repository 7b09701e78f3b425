import DVKCore
import Foundation
import Testing
@testable import DVKImport

/// Files that are not workbooks, or that try to make the reader crash, hang or fill memory:
/// each gives a ``SourceError`` that says what is wrong, quickly.
@Suite(.timeLimit(.minutes(1))) struct XlsxReaderHostileTests {
    typealias X = HandMadeXlsx

    /// The error reading `bytes` gives (a test failure when it reads).
    func failure(_ bytes: [UInt8], limits: XlsxLimits = XlsxLimits()) -> SourceError? {
        do {
            let tables = try XlsxReader.read(bytes: bytes, file: "x.xlsx", limits: limits)
            Issue.record("read \(tables.count) tables")
            return nil
        } catch {
            return error
        }
    }

    func failure(sheet rows: String, sharedStrings: String? = nil) throws -> SourceError? {
        failure(try X.package(sheets: [("S", X.sheet(rows))], sharedStrings: sharedStrings))
    }

    @Test func bytesThatAreNoZipAreNotAnExcelFile() throws {
        let error = try #require(failure(Array("Tên,Số\nA,1\n".utf8)))
        #expect(error.text(.vi).contains("không phải tệp Excel (.xlsx)"))
        #expect(error.text(.en) == "x.xlsx: not an Excel (.xlsx) file, or the file is damaged; open it in Excel or LibreOffice and save it as .xlsx")
        #expect(failure([])?.text(.en).contains("not an Excel") == true)
        let truncated = Array(try X.package(sheets: [("S", X.sheet(""))]).prefix(200))
        #expect(failure(truncated) != nil)
    }

    @Test func anOldXlsFileIsAskedToBeSavedAsXlsx() throws {
        let error = try #require(failure([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 600)))
        #expect(error.text(.en).contains("old Excel (.xls)") && error.text(.en).contains("save it as .xlsx"))
        #expect(error.text(.vi).contains("tệp Excel cũ (.xls)"))
    }

    @Test func aZipWithoutAWorkbookIsNotAnExcelFile() throws {
        let error = try #require(failure(try SpreadsheetTools.zip([("word/document.xml", Array("<w:document/>".utf8))])))
        #expect(error.text(.en).contains("not an Excel (.xlsx) file"))
    }

    @Test func aPartBiggerThanTheLimitStopsUnpackingEarly() throws {
        let big = X.sheet(String(repeating: #"<row><c t="inlineStr"><is><t>aaaaaaaaaaaaaaaa</t></is></c></row>"#, count: 100_000))
        let bytes = try X.package(sheets: [("S", big)])
        #expect(bytes.count < 200_000, "\(bytes.count) bytes packed")
        let limits = XlsxLimits(partBytes: 1_048_576)
        let clock = ContinuousClock()
        let start = clock.now
        let error = try #require(failure(bytes, limits: limits))
        #expect(error.text(.en).contains("xl/worksheets/sheet1.xml unpacks to more than 1 MB"))
        #expect(clock.now - start < .seconds(5))
    }

    @Test func aPartThatLiesAboutItsSizeIsCountedAsItUnpacks() throws {
        let big = X.sheet(String(repeating: #"<row><c><v>1</v></c></row>"#, count: 100_000))
        var bytes = try X.package(sheets: [("S", big)])
        XlsxReaderHostileTests.declareSize(100, of: "xl/worksheets/sheet1.xml", in: &bytes)
        let error = try #require(failure(bytes, limits: XlsxLimits(partBytes: 1_048_576)))
        #expect(error.text(.en).contains("sheet1.xml"))
    }

    /// Rewrites the uncompressed size the local header and the central directory declare for `name`.
    static func declareSize(_ size: UInt32, of name: String, in bytes: inout [UInt8]) {
        let nameBytes = Array(name.utf8)
        let sizeBytes = (0..<4).map { UInt8(truncatingIfNeeded: size >> (8 * $0)) }
        for index in 0..<(bytes.count - 46) {
            let signature = bytes[index..<(index + 4)]
            if signature.elementsEqual([0x50, 0x4B, 0x03, 0x04]), bytes[(index + 30)...].starts(with: nameBytes) {
                bytes.replaceSubrange((index + 22)..<(index + 26), with: sizeBytes)
            } else if signature.elementsEqual([0x50, 0x4B, 0x01, 0x02]), bytes[(index + 46)...].starts(with: nameBytes) {
                bytes.replaceSubrange((index + 24)..<(index + 28), with: sizeBytes)
            }
        }
    }

    @Test func tooManyEntriesAreRefused() throws {
        let parts = (0..<20).map { ("junk/\($0).xml", Array("<a/>".utf8)) }
        let error = try #require(failure(try SpreadsheetTools.zip(parts), limits: XlsxLimits(entries: 10)))
        #expect(error.text(.en).contains("more than 10 entries"))
    }

    @Test func aDoctypeWithEntitiesIsRefused() throws {
        let laughs = #"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>"#
        let error = try #require(failure(try X.package(sheets: [("S", laughs + X.sheet("<row><c t=\"inlineStr\"><is><t>&lol2;</t></is></c></row>"))])))
        #expect(error.text(.en).contains("DOCTYPE"))
        #expect(error.text(.en).contains("xl/worksheets/sheet1.xml"))
        let undeclared = try #require(try failure(sheet: "<row><c t=\"inlineStr\"><is><t>&lol;</t></is></c></row>"))
        #expect(undeclared.text(.en).contains("&lol;"))
    }

    @Test func aSharedStringIndexOutOfRangeNamesTheCell() throws {
        let error = try #require(try failure(sheet: #"<row r="4"><c r="C4" t="s"><v>7</v></c></row>"#, sharedStrings: X.sharedStrings(["<t>a</t>"])))
        #expect(error.text(.en).contains("cell C4 refers to shared string 7"))
        #expect(error.text(.vi).contains("ô C4"))
        #expect(try failure(sheet: #"<row r="1"><c r="A1" t="s"><v>-1</v></c></row>"#) != nil)
    }

    @Test func cellsAndRowsBeyondTheLimitsNameWhereTheyAre() throws {
        let column = try #require(try failure(sheet: #"<row r="1"><c r="XFD1"><v>1</v></c></row>"#))
        #expect(column.text(.en).contains("cell XFD1 is beyond the first 512 columns"))
        let far = try #require(try failure(sheet: #"<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>"#))
        #expect(far.text(.en).contains("1048576"))
        let overflow = try #require(try failure(sheet: #"<row r="1"><c r="AAAAAAAAAAAAAAAAAAAAAAAAAA1"><v>1</v></c></row>"#))
        #expect(overflow.text(.en).contains("beyond the first 512 columns"))
        #expect(try failure(sheet: #"<row r="1"><c r="1A"><v>1</v></c></row>"#)?.text(.en).contains("invalid") == true)
        #expect(try failure(sheet: #"<row r="3"/><row r="2"/>"#)?.text(.en).contains("out of order") == true)
        let long = String(repeating: "x", count: SourceLimits.cellCharacters + 1)
        #expect(try failure(sheet: #"<row r="1"><c r="B1" t="inlineStr"><is><t>\#(long)</t></is></c></row>"#)?
            .text(.en).contains("cell B1 is longer than") == true)
    }

    @Test func deepNestingAndBrokenXMLAreRefused() throws {
        let deep = String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
        #expect(try failure(sheet: deep)?.text(.en).contains("nested more than 64 deep") == true)
        #expect(try failure(sheet: "<row><c><v>1</v></row>")?.text(.en).contains("does not match") == true)
        #expect(failure(try X.package(sheets: [("S", "<worksheet><sheetData><row>")]))?.text(.en).contains("never closed") == true)
        #expect(try failure(sheet: "<row><c><v>abc</v></c></row>")?.text(.en).contains("invalid number") == true)
        #expect(failure(try X.package(sheets: [("S", "<worksheet><!-- never ends")]))?.text(.en).contains("cut off") == true)
    }

    @Test func tooManySheetsAreRefused() throws {
        let sheets = (1...5).map { ("S\($0)", Optional(X.sheet(""))) }
        let error = try #require(failure(try X.package(sheets: sheets), limits: XlsxLimits(sheets: 4)))
        #expect(error.text(.en).contains("more than the limit of 4"))
    }
}

import DVKTerminal
import Testing

@Suite struct HintBarDrawingTests {
    @Test("a message longer than the bottom row wraps upwards instead of being cut, and a short one stays on the row")
    func longMessagesWrap() {
        let screen = MemoryScreen(rows: 10, columns: 40)
        let long = "Không ghi được /srv/dvk/xuat/danh-sach-khen-thuong-112-QD-UBND.docx: hết chỗ trên đĩa"
        HintBar.draw(on: screen, hints: [], status: " VI ", message: long, messageIsError: true)
        // Every character of the message is on the last rows (a path longer than a row is cut across two).
        let bottom = screen.lines().suffix(3).joined().filter { $0 != " " }
        #expect(bottom == long.filter { $0 != " " } + "VI", "\(screen.lines().suffix(3))")
        let short = MemoryScreen(rows: 10, columns: 40)
        HintBar.draw(on: short, hints: [], status: " VI ", message: "Đã lưu", messageIsError: false)
        #expect(short.lines()[9].hasPrefix("Đã lưu") && !short.lines()[8].contains("Đã lưu"))
    }
}

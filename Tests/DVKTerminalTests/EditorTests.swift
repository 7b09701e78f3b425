import DVKTerminal
import Testing

@Suite struct EditorTests {
    @Test("readline's keys: Ctrl-W cuts a word, Ctrl-U to the start, Ctrl-K to the end, Ctrl-B/F/D move and delete")
    func readlineKeys() {
        var editor = LineEditor("Thắp sáng đường quê")
        #expect(editor.handle(.control("w")) && editor.text == "Thắp sáng đường ")
        _ = editor.handle(.control("w"))
        #expect(editor.text == "Thắp sáng ")
        _ = editor.handle(.control("b"))
        _ = editor.handle(.control("b"))
        _ = editor.handle(.control("k"))
        #expect(editor.text == "Thắp sán" && editor.cursor == 8)
        _ = editor.handle(.control("a"))
        _ = editor.handle(.control("f"))
        _ = editor.handle(.control("d"))
        #expect(editor.text == "Tắp sán" && editor.cursor == 1)
        _ = editor.handle(.control("e"))
        _ = editor.handle(.left)
        _ = editor.handle(.control("u"))
        #expect(editor.text == "n" && editor.cursor == 0)
        var words = LineEditor("Dân vận khéo")
        _ = words.handle(.alt("b"))
        #expect(words.cursor == 8, "Alt-B: to the start of the word before")
        _ = words.handle(.alt("b"))
        _ = words.handle(.alt("f"))
        #expect(words.cursor == 7, "Alt-F: to the end of the word after")
    }

    @Test func lineEditorMovesByWholeCharactersAndScrollsToTheCursor() {
        var editor = LineEditor()
        for scalar in "Nghie\u{302}m".unicodeScalars { editor.insert(Character(scalar)) }
        #expect(editor.text.count == 6)
        #expect(Array(editor.committed.unicodeScalars) == Array("Nghiêm".unicodeScalars))
        editor.backspace()
        editor.backspace()
        #expect(editor.committed == "Nghi")
        editor.set("Thắp sáng đường quê")
        let view = editor.visible(width: 8)
        #expect(view.text == "ờng quê")
        #expect(view.cursorColumn == 7, "the cursor after the last letter stays inside the 8 columns")
    }

    @Test func lineEditorUsesTheInputMethodOnTheWordBeforeTheCursor() {
        var editor = LineEditor()
        let telex = VietnameseInput(mode: .telex)
        for character in "DDuwcs Phoor" { editor.insert(character, input: telex) }
        #expect(editor.committed == "Đức Phổ")
    }

    @Test func textAreaWrapsLongLinesAtWordsAndTracksTheCursor() {
        var area = TextArea("Đường thôn chưa có đèn chiếu sáng")
        let view = area.visible(width: 10, height: 5)
        #expect(view.lines == ["Đường thôn ", "chưa có ", "đèn chiếu ", "sáng"], "whole words, never «th/am gia»")
        #expect(view.cursorRow == 3)
        #expect(view.cursorColumn == 4)
        #expect(area.visible(width: 10, height: 2, fromStart: true).lines == ["Đường thôn ", "chưa có "])
        #expect(TextArea("Khôngcókhoảngtrắngnào").visible(width: 8, height: 5).lines == ["Khôngcók", "hoảngtrắ", "ngnào"],
                "a word longer than the row is cut")
        _ = area.handle(.enter)
        #expect(area.text == "Đường thôn chưa có đèn chiếu sáng\n")
        _ = area.handle(.backspace)
        #expect(area.text == "Đường thôn chưa có đèn chiếu sáng")
    }
}

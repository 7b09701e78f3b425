import DVKCore
import DVKTerminal
import Testing

@Suite struct PickerTests {
    static let fields = [
        ListEntry(id: "economy", label: LocalizedText(vi: "Kinh tế", en: "Economy"), aliases: ["Phát triển kinh tế"]),
        ListEntry(id: "new_rural", label: LocalizedText(vi: "Xây dựng nông thôn mới", en: "New rural development"), aliases: ["NTM"]),
        ListEntry(id: "collective", label: LocalizedText(vi: "Tập thể", en: "Collective"), aliases: ["TT"]),
    ]

    /// The ids the picker shows after `typed` is typed into its filter.
    func shown(after typed: String) -> [String] {
        var picker = Picker(title: "", options: PickerTests.fields.map { Picker.Option($0, .vi) })
        for character in typed { _ = picker.handle(.character(character), pageHeight: 10) }
        return picker.shown.map { picker.options[$0].id }
    }

    @Test("a list picker finds an entry by the abbreviations and other-language labels the command line accepts")
    func aliasesFind() {
        #expect(shown(after: "ntm") == ["new_rural"])
        #expect(shown(after: "tt") == ["collective"])
        #expect(shown(after: "economy") == ["economy"])
        #expect(shown(after: "phat trien") == ["economy"])
        #expect(shown(after: "nong thon") == ["new_rural"])
    }
}

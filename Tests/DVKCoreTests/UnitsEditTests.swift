import DVKCore
import Testing

/// A unit's rename and addition checked the same way by every front end.
@Suite struct UnitsEditTests {
    let units = [UnitEntry(id: "xa-a", name: "Xã A", type: "commune"), UnitEntry(id: "xa-b", name: "Xã Bình", type: "commune")]

    @Test func aRenameKeepsTheIdAndLeavesANote() throws {
        var edit = UnitsEdit(units: units)
        try edit.rename("xa-a", to: "  Xã A mới ")
        #expect(edit.units[0] == UnitEntry(id: "xa-a", name: "Xã A mới", type: "commune"))
        #expect(edit.notes == ["units rename xa-a: «Xã A» → «Xã A mới»"])
        try edit.rename("xa-b", to: "Xã Bình")
        #expect(edit.notes.count == 1, "the same name changes nothing")
    }

    @Test func emptyDuplicateAndUnknownNamesAreRefused() {
        var edit = UnitsEdit(units: units)
        #expect(throws: FieldInputError.self) { try edit.rename("xa-a", to: "  ") }
        #expect(throws: FieldInputError.self) { try edit.rename("xa-a", to: "xa binh") }
        #expect(throws: FieldInputError.self) { try edit.rename("xa-z", to: "Xã Z") }
        #expect(throws: FieldInputError.self) { try edit.add("XÃ A") { _, _ in "x" } }
        #expect(edit.units == units && edit.notes.isEmpty)
    }

    @Test func anAddedUnitGetsTheIdItIsGiven() throws {
        var edit = UnitsEdit(units: units)
        let unit = try edit.add("Thôn Nà Mèo") { name, taken in taken.contains("thon") ? "thon-2" : "thon" }
        #expect(unit.id == "thon" && unit.name == "Thôn Nà Mèo" && edit.units.count == 3)
        #expect(edit.notes == ["units add Thôn Nà Mèo"])
    }
}

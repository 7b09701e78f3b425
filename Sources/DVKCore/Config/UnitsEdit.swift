/// Renames and additions to the committee's units, checked the same way whichever front end
/// types them: a name is cleaned as every stored text, must not be empty nor another unit's; a
/// rename keeps the id, so every record pointing to the unit stays with it. Each change leaves a
/// note for the journal ("units rename xa-a: «Xã A» → «Xã A mới»", "units add Xã B").
public struct UnitsEdit: Sendable {
    public private(set) var units: [UnitEntry]
    public private(set) var notes: [String] = []

    public init(units: [UnitEntry]) {
        self.units = units
    }

    /// Gives unit `id` the name `typed`; throws a ``FieldInputError`` (key `unit.<id>`) when it
    /// cannot. The same name again changes nothing.
    public mutating func rename(_ id: String, to typed: String) throws {
        let key = "unit.\(id)"
        guard let index = units.firstIndex(where: { $0.id == id }) else {
            throw FieldInputError(key: key, message: LocalizedText(vi: "không có đơn vị mã «\(id)»", en: "there is no unit «\(id)»"))
        }
        let clean = try checked(typed, key: key, except: id)
        let old = units[index].name
        guard clean != old else { return }
        units[index].name = clean
        notes.append("units rename \(id): «\(old)» → «\(clean)»")
    }

    /// Adds a unit named `typed` under the id `makeID` gives for the name and the ids taken;
    /// returns it.
    @discardableResult
    public mutating func add(_ typed: String, type: String = "commune", makeID: (String, Set<String>) -> String) throws -> UnitEntry {
        let clean = try checked(typed, key: "unit.new", except: nil)
        let unit = UnitEntry(id: makeID(clean, Set(units.map(\.id))), name: clean, type: type)
        units.append(unit)
        notes.append("units add \(clean)")
        return unit
    }

    private func checked(_ typed: String, key: String, except id: String?) throws -> String {
        let clean = VietnameseText.cleanLine(typed)
        guard !clean.isEmpty else {
            throw FieldInputError(key: key, message: LocalizedText(vi: "tên đơn vị không được để trống", en: "the unit name must not be empty"))
        }
        let match = VietnameseText.matchKey(clean)
        if let other = units.first(where: { $0.id != id && (VietnameseText.matchKey($0.name) == match || $0.id == clean) }) {
            throw FieldInputError(key: key, message: LocalizedText(vi: "đã có đơn vị «\(other.name)» (\(other.id))",
                                                                   en: "there is a unit «\(other.name)» (\(other.id)) already"))
        }
        return clean
    }
}

/// One entry of a configurable list (a field, a level, an award form…): a stable id, its labels,
/// the other spellings users type, and the few attributes some lists need.
public struct ListEntry: Sendable, Hashable, Codable {
    public var id: String
    public var label: LocalizedText
    public var aliases: [String]
    /// Order of levels, lowest first (levels only).
    public var rank: Int?
    /// `model` or `deed`: which statistics column a kind counts in (kinds only).
    public var statGroup: String?
    /// Levels and tracks an award form may be given at (award forms only).
    public var levels: [String]?
    public var tracks: [String]?
    /// A level kept for historical records only (the district level abolished in 2025).
    public var legacy: Bool

    public init(id: String, label: LocalizedText, aliases: [String] = [], rank: Int? = nil, statGroup: String? = nil,
                levels: [String]? = nil, tracks: [String]? = nil, legacy: Bool = false) {
        self.id = id
        self.label = label
        self.aliases = aliases
        self.rank = rank
        self.statGroup = statGroup
        self.levels = levels
        self.tracks = tracks
        self.legacy = legacy
    }

    enum CodingKeys: String, CodingKey { case id, label, aliases, rank, statGroup, levels, tracks, legacy }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        label = try c.decode(LocalizedText.self, forKey: .label)
        aliases = try c.decode(.aliases, or: [])
        rank = try c.decodeIfPresent(Int.self, forKey: .rank)
        statGroup = try c.decodeIfPresent(String.self, forKey: .statGroup)
        levels = try c.decodeIfPresent([String].self, forKey: .levels)
        tracks = try c.decodeIfPresent([String].self, forKey: .tracks)
        legacy = try c.decode(.legacy, or: false)
    }
}

/// The names of the configurable lists, used in messages and lookups.
public enum ListName: String, Sendable, CaseIterable {
    case levels, subjects, kinds, origins, fields, tracks, awardForms, sexes, budgetSources, units
}

/// All configurable lists of `config/lists.json` plus the units of `config/units.json`.
public struct ListCatalog: Sendable, Codable {
    public var schemaVersion: Int
    public var levels: [ListEntry]
    public var subjects: [ListEntry]
    public var kinds: [ListEntry]
    public var origins: [ListEntry]
    public var fields: [ListEntry]
    public var tracks: [ListEntry]
    public var awardForms: [ListEntry]
    public var sexes: [ListEntry]
    public var budgetSources: [ListEntry]
    /// Filled from `units.json`, not from `lists.json`.
    public var units: [ListEntry] = []

    enum CodingKeys: String, CodingKey {
        case schemaVersion, levels, subjects, kinds, origins, fields, tracks, awardForms, sexes, budgetSources
    }

    public func entries(_ list: ListName) -> [ListEntry] {
        switch list {
        case .levels: return levels
        case .subjects: return subjects
        case .kinds: return kinds
        case .origins: return origins
        case .fields: return fields
        case .tracks: return tracks
        case .awardForms: return awardForms
        case .sexes: return sexes
        case .budgetSources: return budgetSources
        case .units: return units
        }
    }

    /// The entry whose id, label (either language) or alias matches `typed`, ignoring case,
    /// diacritics, spaces and punctuation; nil when none or more than one does.
    public func lookup(_ typed: String, in list: ListName) -> ListEntry? {
        let entries = entries(list)
        if let exact = entries.first(where: { $0.id == typed }) { return exact }
        let key = VietnameseText.matchKey(typed)
        guard !key.isEmpty else { return nil }
        let matches = entries.filter { entry in
            ([entry.id, entry.label.vi, entry.label.en] + entry.aliases).contains { VietnameseText.matchKey($0) == key }
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The label of `id` in `list`, or the id itself when it is not in the list.
    public func label(_ id: String, in list: ListName, _ language: Language) -> String {
        entries(list).first { $0.id == id }?.label.text(language) ?? id
    }

    public func contains(_ id: String, in list: ListName) -> Bool {
        entries(list).contains { $0.id == id }
    }

    /// Levels ordered from the lowest rank up.
    public var levelsByRank: [ListEntry] { levels.sorted { ($0.rank ?? 0) < ($1.rank ?? 0) } }
}

/// A unit as `config/units.json` writes it.
public struct UnitEntry: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var type: String

    public init(id: String, name: String, type: String) {
        self.id = id
        self.name = name
        self.type = type
    }

    /// The unit as a list entry (unit names are proper names: one label in both languages).
    public var listEntry: ListEntry { ListEntry(id: id, label: LocalizedText(vi: name, en: name)) }
}

/// The contents of `config/units.json`.
public struct UnitsFile: Sendable, Codable {
    public var schemaVersion: Int
    public var units: [UnitEntry]

    public init(schemaVersion: Int = 1, units: [UnitEntry]) {
        self.schemaVersion = schemaVersion
        self.units = units
    }
}

import DVKCore

/// The merge of two offices' versions of one record against their common ancestor, by meaning
/// and field by field (pure: JSON values in, JSON value out; the merge driver does the files).
///
/// - lists that only grow (history, score sheets, inspection and decision links, recipients,
///   findings, attachments, tags, team, units, replication) are unions: what either side added
///   is kept, what either side removed from the ancestor goes; score sheets are one per
///   appraiser and findings one per model, so the same appraiser's sheet changed differently on
///   both sides is a conflict;
/// - any other field changed on one side only takes that side; objects (the person in charge,
///   the recognition…) are merged key by key;
/// - a field changed on both sides to different values keeps ours and lists theirs as a
///   ``FieldConflict`` (value, office, who, when);
/// - the revision moves past both sides, the `updated` stamp is the later one;
/// - the workflow must still read true: a model's state must be where its latest history entry
///   leads, or the state is a conflict, never a silent choice.
public enum RecordMerge {
    /// The merged record and the conflicts this merge added (also in its `conflicts` list).
    public struct Outcome: Sendable {
        public var merged: JSONValue
        public var newConflicts: [FieldConflict]
    }

    /// Lists merged as unions; a key field makes the union one element per key.
    static let unions: [String: String?] = [
        "history": nil, "appraisals": "appraiser", "inspectionIds": nil, "decisionIds": nil, "recipients": nil,
        "findings": "modelId", "attachments": nil, "tags": nil, "team": nil, "units": nil,
        "replication.places": nil, "replication.childIds": nil,
    ]

    /// Merges `ours` and `theirs` (objects) against `base` (nil when both sides added the file).
    public static func merge(base: JSONValue?, ours: JSONValue, theirs: JSONValue) -> Outcome {
        var merger = Merger(theirs: theirs)
        var merged = merger.value(path: "", base: base, ours: ours, theirs: theirs) ?? ours
        guard case .object(var object) = merged else { return Outcome(merged: merged, newConflicts: merger.conflicts) }
        object["revision"] = .number(max(number(ours["revision"]), number(theirs["revision"])) + 1)
        object["schemaVersion"] = .number(max(number(ours["schemaVersion"]), number(theirs["schemaVersion"])))
        object["updated"] = later(ours["updated"], theirs["updated"])
        merger.checkWorkflow(&object, ours: ours, theirs: theirs, base: base)
        let previous = conflictList(ours) + conflictList(theirs).filter { !conflictList(ours).contains($0) }
        var all = previous
        for conflict in merger.conflicts where !all.contains(where: { sameConflict($0, conflict) }) { all.append(conflict) }
        object["conflicts"] = all.isEmpty ? nil : (try? JSONValue(encoding: all))
        merged = .object(object)
        return Outcome(merged: merged, newConflicts: merger.conflicts)
    }

    /// The conflicts a record's JSON lists.
    public static func conflictList(_ record: JSONValue) -> [FieldConflict] {
        (try? record["conflicts"]?.decode(as: [FieldConflict].self)) ?? []
    }

    static func sameConflict(_ a: FieldConflict, _ b: FieldConflict) -> Bool {
        a.field == b.field && a.theirs == b.theirs && a.mine == b.mine
    }

    static func number(_ value: JSONValue?) -> Double {
        if case .number(let n)? = value { return n }
        return 0
    }

    static func later(_ a: JSONValue?, _ b: JSONValue?) -> JSONValue? {
        guard let a else { return b }
        guard let b else { return a }
        return text(b["at"]) > text(a["at"]) ? b : a
    }

    static func text(_ value: JSONValue?) -> String {
        if case .string(let s)? = value { return s }
        return ""
    }
}

extension JSONValue {
    /// The value of a key when this is an object.
    subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }
}

/// One merge's walk over the fields, collecting the conflicts it finds.
private struct Merger {
    let theirs: JSONValue
    var conflicts: [FieldConflict] = []

    init(theirs: JSONValue) {
        self.theirs = theirs
    }

    /// Fields whose value is bookkeeping the merge sets itself.
    static let managed: Set<String> = ["revision", "schemaVersion", "updated", "conflicts"]

    mutating func value(path: String, base: JSONValue?, ours: JSONValue?, theirs: JSONValue?) -> JSONValue? {
        if ours == theirs { return ours }
        if ours == base { return theirs }
        if theirs == base { return ours }
        if let key = RecordMerge.unions[path] {
            return union(path: path, key: key, base: base, ours: ours, theirs: theirs)
        }
        if case .object(let mine)? = ours, case .object(let other)? = theirs {
            let ancestor: [String: JSONValue]
            if case .object(let b)? = base { ancestor = b } else { ancestor = [:] }
            var result: [String: JSONValue] = [:]
            for key in Set(mine.keys).union(other.keys) {
                let child = path.isEmpty ? key : path + "." + key
                if path.isEmpty && Merger.managed.contains(key) { result[key] = mine[key]; continue }
                // A key absent from a side is null there (the store leaves out nil fields).
                let merged = value(path: child, base: base == nil ? nil : ancestor[key] ?? .null,
                                   ours: mine[key] ?? .null, theirs: other[key] ?? .null)
                if let merged, merged != .null { result[key] = merged }
            }
            return .object(result)
        }
        conflict(path, mine: ours, theirs: theirs)
        return ours
    }

    /// Elements either side added, without those either side removed from the ancestor; with a
    /// key field, one element per key (the same key changed on both sides is a conflict).
    mutating func union(path: String, key: String?, base: JSONValue?, ours: JSONValue?, theirs: JSONValue?) -> JSONValue? {
        let mine = elements(ours), other = elements(theirs), ancestor = elements(base)
        guard let key else {
            let removed = ancestor.filter { !mine.contains($0) || !other.contains($0) }
            var result = mine.filter { !removed.contains($0) }
            for element in other where !result.contains(element) && !removed.contains(element) { result.append(element) }
            return .array(result)
        }
        func keyOf(_ element: JSONValue) -> String { RecordMerge.text(element[key]) }
        var result: [JSONValue] = []
        var seen: Set<String> = []
        for element in mine + other {
            let k = keyOf(element)
            guard !seen.contains(k) else { continue }
            seen.insert(k)
            let b = ancestor.first { keyOf($0) == k }, o = mine.first { keyOf($0) == k }, t = other.first { keyOf($0) == k }
            if b != nil && (o == nil || t == nil) && (o == b || t == b) { continue }  // removed on one side, untouched on the other
            if let o, let t, o != t, o != b, t != b {
                conflict("\(path)[\(k)]", mine: o, theirs: t)
                result.append(o)
            } else if let t, o == nil || o == b {
                result.append(t)
            } else if let o {
                result.append(o)
            }
        }
        return .array(result)
    }

    func elements(_ value: JSONValue?) -> [JSONValue] {
        if case .array(let a)? = value { return a }
        return []
    }

    mutating func conflict(_ field: String, mine: JSONValue?, theirs other: JSONValue?) {
        let stamp = theirs["updated"]
        let at = (try? stamp?["at"]?.decode(as: Timestamp.self)) ?? Timestamp(seconds: 0)
        conflicts.append(FieldConflict(field: field, mine: mine ?? .null, theirs: other ?? .null,
                                       office: RecordMerge.text(stamp?["office"]), by: RecordMerge.text(stamp?["by"]), at: at))
    }

    /// A model whose merged state is not where its latest history entry leads (both sides moved
    /// it, one of them further) gets a conflict on `state` instead of a silent choice.
    mutating func checkWorkflow(_ object: inout [String: JSONValue], ours: JSONValue, theirs other: JSONValue, base: JSONValue?) {
        guard case .string(let state)? = object["state"], case .array(let history)? = object["history"], !history.isEmpty,
              !conflicts.contains(where: { $0.field == "state" }) else { return }
        // Only when both sides moved it: one side's state comes with its own history.
        guard let base, ours["history"] != base["history"], other["history"] != base["history"] else { return }
        var latest = history[0]
        for entry in history where RecordMerge.text(entry["at"]) >= RecordMerge.text(latest["at"]) { latest = entry }
        let leadsTo = RecordMerge.text(latest["to"])
        guard !leadsTo.isEmpty, leadsTo != state else { return }
        conflict("state", mine: .string(state), theirs: .string(leadsTo))
    }
}

/// One registered model, exemplar or deed (mô hình / điển hình / nội dung việc làm): its identity,
/// the registration form, its place in the workflow and its bookkeeping. One JSON file each.
///
/// Enumerated fields (`unit`, `level`, `subject`, `kind`, `origin`, `field`) hold stable ids from
/// the config lists; their Vietnamese and English labels live there.
public struct ModelRecord: Sendable, Hashable, Codable, Identifiable {
    /// The schema version this code writes; older files are migrated on load.
    public static let currentSchemaVersion = 2

    // Identity and classification
    public var schemaVersion: Int
    public var id: String
    public var revision: Int
    public var year: Int
    public var phase: String
    public var unit: String
    public var level: String
    public var subject: String
    public var kind: String
    public var origin: String
    public var parentId: String?
    public var field: String
    public var tags: [String]

    // Registration content (phiếu đăng ký)
    public var name: String
    public var address: String
    public var situation: String
    public var objectives: String
    public var indicators: [Indicator]
    public var solutions: String
    public var beneficiaries: String
    public var forces: String
    public var resources: Resources
    public var startDate: Day?
    public var expectedCompletion: Day?
    public var outputs: String
    public var sustainability: String
    public var personInCharge: PersonInCharge
    public var individual: IndividualDetails?

    // Workflow
    public var state: String
    public var history: [HistoryEntry]
    public var registrationReview: RegistrationReview?
    public var resultsReport: ResultsReport?
    public var appraisals: [ScoreSheet]
    public var recognition: Recognition?
    public var replication: Replication
    public var inspectionIds: [String]
    public var decisionIds: [String]

    // Bookkeeping
    public var created: Stamp
    public var updated: Stamp
    public var attachments: [String]
    /// Fields two offices changed differently, waiting for a choice (nil when none: then
    /// absent from the JSON).
    public var conflicts: [FieldConflict]?

    /// A new record in the workflow's initial state with every content field empty.
    public init(id: String, year: Int, state: String, created: Stamp) {
        schemaVersion = ModelRecord.currentSchemaVersion
        self.id = id
        revision = 0
        self.year = year
        phase = ""
        unit = ""
        level = ""
        subject = ""
        kind = ""
        origin = ""
        parentId = nil
        field = ""
        tags = []
        name = ""
        address = ""
        situation = ""
        objectives = ""
        indicators = []
        solutions = ""
        beneficiaries = ""
        forces = ""
        resources = Resources()
        startDate = nil
        expectedCompletion = nil
        outputs = ""
        sustainability = ""
        personInCharge = PersonInCharge()
        individual = nil
        self.state = state
        history = []
        registrationReview = nil
        resultsReport = nil
        appraisals = []
        recognition = nil
        replication = Replication()
        inspectionIds = []
        decisionIds = []
        self.created = created
        updated = created
        attachments = []
        conflicts = nil
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, id, revision, year, phase, unit, level, subject, kind, origin, parentId, field, tags
        case name, address, situation, objectives, indicators, solutions, beneficiaries, forces, resources
        case startDate, expectedCompletion, outputs, sustainability, personInCharge, individual
        case state, history, registrationReview, resultsReport, appraisals, recognition, replication
        case inspectionIds, decisionIds, created, updated, attachments, conflicts
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        id = try c.decode(String.self, forKey: .id)
        revision = try c.decode(Int.self, forKey: .revision)
        year = try c.decode(Int.self, forKey: .year)
        phase = try c.decode(.phase, or: "")
        unit = try c.decode(.unit, or: "")
        level = try c.decode(.level, or: "")
        subject = try c.decode(.subject, or: "")
        kind = try c.decode(.kind, or: "")
        origin = try c.decode(.origin, or: "")
        parentId = try c.decodeIfPresent(String.self, forKey: .parentId)
        field = try c.decode(.field, or: "")
        tags = try c.decode(.tags, or: [])
        name = try c.decode(String.self, forKey: .name)
        address = try c.decode(.address, or: "")
        situation = try c.decode(.situation, or: "")
        objectives = try c.decode(.objectives, or: "")
        indicators = try c.decode(.indicators, or: [])
        solutions = try c.decode(.solutions, or: "")
        beneficiaries = try c.decode(.beneficiaries, or: "")
        forces = try c.decode(.forces, or: "")
        resources = try c.decode(.resources, or: Resources())
        startDate = try c.decodeIfPresent(Day.self, forKey: .startDate)
        expectedCompletion = try c.decodeIfPresent(Day.self, forKey: .expectedCompletion)
        outputs = try c.decode(.outputs, or: "")
        sustainability = try c.decode(.sustainability, or: "")
        personInCharge = try c.decode(.personInCharge, or: PersonInCharge())
        individual = try c.decodeIfPresent(IndividualDetails.self, forKey: .individual)
        state = try c.decode(String.self, forKey: .state)
        history = try c.decode(.history, or: [])
        registrationReview = try c.decodeIfPresent(RegistrationReview.self, forKey: .registrationReview)
        resultsReport = try c.decodeIfPresent(ResultsReport.self, forKey: .resultsReport)
        appraisals = try c.decode(.appraisals, or: [])
        recognition = try c.decodeIfPresent(Recognition.self, forKey: .recognition)
        replication = try c.decode(.replication, or: Replication())
        inspectionIds = try c.decode(.inspectionIds, or: [])
        decisionIds = try c.decode(.decisionIds, or: [])
        created = try c.decode(Stamp.self, forKey: .created)
        updated = try c.decode(Stamp.self, forKey: .updated)
        attachments = try c.decode(.attachments, or: [])
        conflicts = try c.decodeIfPresent([FieldConflict].self, forKey: .conflicts)
    }

    /// Every free-text field normalised to NFC with control characters removed: applied at each
    /// entry point (CLI, TUI, import) before a record is validated or saved.
    public func normalized() -> ModelRecord {
        normalized(line: VietnameseText.cleanLine, field: VietnameseText.cleanField)
    }

    /// `normalized()` with the cleaning of one-line texts (`line`) and multi-line ones (`field`)
    /// given: ``isNormalized`` passes the same cleaning, watching whether any text changes.
    private func normalized(line: (String) -> String, field clean: (String) -> String) -> ModelRecord {
        var r = self
        // Multi-line text keeps its line breaks and tabs; one-line fields (shown in table cells
        // and document headers) lose them.
        r.phase = line(phase); r.name = line(name); r.address = line(address)
        r.situation = clean(situation); r.objectives = clean(objectives); r.solutions = clean(solutions)
        r.beneficiaries = clean(beneficiaries); r.forces = clean(forces); r.outputs = clean(outputs)
        r.sustainability = clean(sustainability)
        r.tags = tags.map(line)
        r.indicators = indicators.map { Indicator(name: line($0.name), unit: line($0.unit), target: $0.target, actual: $0.actual) }
        r.resources.other = clean(resources.other)
        r.resources.budget = resources.budget.map { BudgetLine(source: line($0.source), amount: $0.amount) }
        r.personInCharge = PersonInCharge(name: line(personInCharge.name), position: line(personInCharge.position), phone: line(personInCharge.phone))
        if let person = individual {
            r.individual = IndividualDetails(fullName: line(person.fullName), birthYear: person.birthYear, sex: person.sex,
                                             position: line(person.position), workplace: line(person.workplace))
        }
        if var recognition { recognition.decisionNumber = line(recognition.decisionNumber); recognition.body = line(recognition.body); r.recognition = recognition }
        r.replication.places = replication.places.map(line)
        r.history = history.map { HistoryEntry(from: $0.from, to: $0.to, at: $0.at, by: $0.by, note: clean($0.note), transition: $0.transition) }
        r.appraisals = appraisals.map { sheet in
            var s = sheet
            s.appraiser = line(sheet.appraiser)
            s.comment = clean(sheet.comment)
            s.comments = sheet.comments.mapValues(clean)
            return s
        }
        if var report = resultsReport { report.summary = clean(report.summary); r.resultsReport = report }
        if var review = registrationReview { review.opinion = clean(review.opinion); r.registrationReview = review }
        r.attachments = attachments.map(clean)
        return r
    }

    /// Whether every text is already as `normalized()` makes it (NFC, no control characters, no
    /// surrounding spaces), compared scalar by scalar — Swift's `==` would call NFC and NFD equal.
    public var isNormalized: Bool {
        var changed = false
        func watching(_ cleaning: @escaping (String) -> String) -> (String) -> String {
            { text in
                let cleaned = cleaning(text)
                // Equal bytes are equal scalars; `==` on String would call NFC and NFD equal.
                if !cleaned.utf8.elementsEqual(text.utf8) { changed = true }
                return cleaned
            }
        }
        _ = normalized(line: watching(VietnameseText.cleanLine), field: watching(VietnameseText.cleanField))
        return !changed
    }

    /// The name shown in lists: the model's name, or for an individual with no name, the person.
    public var displayName: String {
        if !name.isEmpty { return name }
        return individual?.fullName ?? ""
    }
}

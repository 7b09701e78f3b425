import DVKCore

/// Generates the demo data set deterministically from a configuration, the demo vocabulary and a
/// seed: about 365 records over 2023–2025 walked through the real workflow engine by the demo
/// users, with the inspection rounds and award decisions that concern them. The same seed gives
/// byte-identical records; nothing reads the clock, the disk or the system's random source.
public struct DemoGenerator: Sendable {
    /// The seed the shipped demo data set is generated with.
    public static let defaultSeed: UInt64 = 0x0044_564B_2025_1015
    /// The years the demo covers, oldest first.
    public static let years = [2023, 2024, 2025]
    /// The demo's "today": nothing in the data happens later.
    public static let referenceDay = Day.demo(2025, 10, 31)
    /// How many records each year registers.
    static let recordsPerYear = [2023: 110, 2024: 125, 2025: 130]

    public let configuration: Configuration
    public let vocabulary: DemoVocabulary
    public let seed: UInt64

    public init(configuration: Configuration, vocabulary: DemoVocabulary, seed: UInt64 = DemoGenerator.defaultSeed) {
        self.configuration = configuration
        self.vocabulary = vocabulary
        self.seed = seed
    }

    public func generate() -> DemoDataSet {
        var rng = SplitMix64(seed: seed)
        let staff = DemoStaff(vocabulary: vocabulary)
        let people = PeopleMaker(vocabulary: vocabulary, lists: configuration.lists)
        let composer = ContentComposer(configuration: configuration, vocabulary: vocabulary, people: people)
        let appraisal = AppraisalPlanner(rubric: configuration.rubric, vocabulary: vocabulary)
        let inspector = InspectionPlanner(vocabulary: vocabulary, people: people)
        var recognitions = RecognitionBook(vocabulary: vocabulary)
        var awards = AwardPlanner(configuration: configuration, vocabulary: vocabulary, people: people)
        let years = DemoGenerator.years
        let lastYear = years.last ?? 2025

        var plans: [RecordPlan] = []
        var rounds: [InspectionRound] = []
        for year in years {
            let age = lastYear - year
            let finals = FatePlanner.finalStates(count: DemoGenerator.recordsPerYear[year] ?? 100, age: age, rng: &rng)
            let skeletons = finals.map { FatePlanner.skeleton(final: $0, year: year, age: age, rng: &rng) }
                .enumerated().sorted { ($0.element.createdDay, $0.offset) < ($1.element.createdDay, $1.offset) }.map(\.element)
            let parents = plans.filter(\.isOutstandingParent)
            let start = plans.count
            for (number, skeleton) in skeletons.enumerated() {
                var plan = skeleton
                plan.record.id = "\(year)-\(pad(number + 1, width: 4))"
                let parent = rng.chance(0.15) ? rng.element(of: parents) : nil
                composer.compose(&plan, parent: parent, lastYear: age == 0, rng: &rng)
                FatePlanner.settleRoute(&plan)
                plan.path = FatePlanner.path(for: plan)
                appraisal.plan(&plan, rng: &rng)
                if plan.passes(DemoState.recognised) {
                    plan.recognition = recognitions.recognition(for: plan, outstanding: appraisal.isOutstanding(plan.band), rng: &rng)
                }
                plans.append(plan)
            }
            let indices = Array(start..<plans.count)
            rounds += inspector.plan(&plans, indices: indices, year: year, rng: &rng)
            awards.plan(&plans, indices: indices, lastYear: lastYear, rng: &rng)
        }

        let builder = TimelineBuilder(workflow: configuration.workflow, vocabulary: vocabulary, staff: staff,
                                      referenceDay: DemoGenerator.referenceDay,
                                      defaultForm: configuration.lists.awardForms.first.map { $0.label.vi } ?? "")
        let walker = Walker(engine: configuration.engine, staff: staff)
        var models: [ModelRecord] = []
        models.reserveCapacity(plans.count)
        for plan in plans {
            let events = builder.events(for: plan, rng: &rng)
            models.append(walker.walk(plan, events: events, rng: &rng))
        }
        return DemoAssembler(configuration: configuration)
            .assemble(models: models, plans: plans, rounds: rounds, decisions: awards.decisions, users: staff.users)
    }
}

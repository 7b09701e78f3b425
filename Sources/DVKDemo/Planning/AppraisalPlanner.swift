import DVKCore

/// Plans the results appraisal of a record: the band it should land in, one score sheet per
/// appraiser with points within the rubric's maxima whose average falls in that band, and the
/// recognition (level, decision number and date, body, outstanding flag).
struct AppraisalPlanner: Sendable {
    let rubric: Rubric
    let vocabulary: DemoVocabulary
    /// Bands from the highest minimum down.
    private let bands: [Rubric.Band]

    init(rubric: Rubric, vocabulary: DemoVocabulary) {
        self.rubric = rubric
        self.vocabulary = vocabulary
        bands = rubric.bands.sorted { $0.min > $1.min }
    }

    private var topBand: String { rubric.mode == .points ? bands.first?.id ?? rubric.passBand : rubric.passBand }
    private var passBand: String { rubric.mode == .points && bands.count > 2 ? bands[1].id : rubric.passBand }
    private var failBand: String { rubric.mode == .points ? bands.last?.id ?? rubric.failBand : rubric.failBand }

    /// Whether `band` earns the outstanding (tiêu biểu) flag.
    func isOutstanding(_ band: String?) -> Bool { band == topBand && topBand != passBand }

    /// Sets `plan.band` and `plan.sheets` for a record whose path reaches the appraisal.
    func plan(_ plan: inout RecordPlan, rng: inout SplitMix64) {
        guard plan.passes(DemoState.appraisal) else { return }
        let band: String
        if plan.final == DemoState.notRecognised {
            band = failBand
        } else if plan.passes(DemoState.recognised) {
            let chance: Double = [AwardRoute.noAward, .declined].contains(plan.route) ? 0.25 : 0.6
            band = rng.chance(chance) ? topBand : passBand
        } else {
            band = [topBand, passBand, failBand][rng.weightedIndex([3, 5, 2])]
        }
        plan.band = band
        let count = [1, 2, 3][rng.weightedIndex([15, 25, 60])]
        let appraisers = Array(rng.shuffled(DemoStaff.appraisers).prefix(count))
        var scores = appraisers.map { _ in rubric.mode == .points ? draftScores(for: band, rng: &rng) : [] }
        if rubric.mode == .points { settle(&scores, into: band) }
        let passes = band != failBand
        var day = Day.demo(plan.year, 10, 1)
        plan.sheets = zip(appraisers, scores).map { appraiser, points in
            day = rng.day(day, plus: 0...2)
            return PlannedSheet(appraiser: appraiser, day: day, scores: points, pass: rubric.mode == .passFail ? passes : nil,
                                comment: Template.fill(rng.text(vocabulary.appraisalComments[band] ?? []), plan.values))
        }
        if plan.final == DemoState.appraisal {
            plan.sheets = Array(plan.sheets.prefix(rng.int(0...(plan.sheets.count - 1))))
        }
    }

    /// The lowest total of `band` and the total the next band up starts at.
    private func bounds(of band: String) -> (lower: Double, upper: Double) {
        guard let index = bands.firstIndex(where: { $0.id == band }) else { return (0, rubric.maxTotal) }
        let upper = index == 0 ? rubric.maxTotal + 1 : bands[index - 1].min
        return (bands[index].min, upper)
    }

    /// Points per criterion around a total inside the band.
    private func draftScores(for band: String, rng: inout SplitMix64) -> [Double] {
        let (lower, upper) = bounds(of: band)
        let top = min(upper, rubric.maxTotal)
        let target = lower <= 0 ? top - Double(rng.int(3...15)) : lower + (top - lower) * (0.15 + 0.6 * rng.fraction())
        let total = target + Double(rng.int(-3...3))
        return rubric.criteria.map { criterion in
            let raw = (criterion.max * total / max(rubric.maxTotal, 1)).rounded() + Double(rng.int(-1...1))
            return min(max(raw, 0), criterion.max)
        }
    }

    /// Moves single points up or down until the sheets' average lands in `band`.
    private func settle(_ scores: inout [[Double]], into band: String) {
        let (lower, upper) = bounds(of: band)
        let cells = scores.indices.flatMap { sheet in rubric.criteria.indices.map { (sheet, $0) } }
        var cursor = 0
        for _ in 0..<(cells.count * 40) {
            let sheets = scores.map { ScoreSheet(appraiser: "", at: Timestamp(seconds: 0), scores: $0) }
            guard let average = ScoreSummary(sheets: sheets, rubric: rubric).average, average < lower || average >= upper else { return }
            let step: Double = average < lower ? 1 : -1
            for _ in cells.indices {
                let (sheet, criterion) = cells[cursor % cells.count]
                cursor += 1
                let value = scores[sheet][criterion] + step
                if value >= 0 && value <= rubric.criteria[criterion].max {
                    scores[sheet][criterion] = value
                    break
                }
            }
        }
    }
}

/// Hands out recognition decisions: one number and date per year, level and recognising body,
/// shared by every record that body recognises that year.
struct RecognitionBook: Sendable {
    let vocabulary: DemoVocabulary
    private var issued: [String: (number: String, day: Day)] = [:]

    init(vocabulary: DemoVocabulary) { self.vocabulary = vocabulary }

    mutating func recognition(for plan: RecordPlan, outstanding: Bool, rng: inout SplitMix64) -> Recognition {
        let level = plan.record.level
        let entry = vocabulary.recognitionBodies[level] ?? DemoVocabulary.RecognitionBody(body: "Ban Chỉ đạo", numberSuffix: "QĐ/BCĐ")
        let body = Template.fill(entry.body, plan.values)
        let key = "\(plan.year)|\(level)|\(body)"
        let decision = issued[key] ?? ("\(rng.int(8...140))-\(entry.numberSuffix)", rng.day(.demo(plan.year, 10, 10), plus: 0...4))
        issued[key] = decision
        return Recognition(level: level, decisionNumber: decision.number, decisionDate: decision.day, body: body, outstanding: outstanding)
    }
}

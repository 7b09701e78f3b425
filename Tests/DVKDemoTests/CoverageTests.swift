import Foundation
import Testing
import DVKCore
@testable import DVKDemo

/// What the data set covers: size, years, states, classifications, and filled-in registrations.
@Suite struct CoverageTests {
    @Test func hasAtLeast300ModelsOverThreeYears() throws {
        let models = try DemoFixture.get().set.models
        #expect(models.count >= 300)
        #expect(Set(models.map(\.year)) == [2023, 2024, 2025])
    }

    @Test func idsAreNumberedPerYearFromOne() throws {
        let models = try DemoFixture.get().set.models
        #expect(Set(models.map(\.id)).count == models.count)
        for year in [2023, 2024, 2025] {
            let ids = models.filter { $0.year == year }.map(\.id)
            let expected = (1...ids.count).map { "\(year)-" + String(repeating: "0", count: 4 - String($0).count) + String($0) }
            #expect(ids == expected, "year \(year)")
        }
    }

    @Test func everyWorkflowStateIsPresent() throws {
        let fixture = try DemoFixture.get()
        let present = Set(fixture.set.models.map(\.state))
        for state in fixture.configuration.workflow.states.map(\.id) {
            #expect(present.contains(state), "no record in state \(state)")
        }
    }

    @Test func olderYearsAreFinishedAndTheCurrentOneIsUnderWay() throws {
        let models = try DemoFixture.get().set.models
        let finished: Set = ["recognised", "not_recognised", "award_proposed", "awarded", "rejected", "discontinued"]
        let under = models.filter { $0.year == 2023 }
        #expect(under.allSatisfy { finished.contains($0.state) })
        let current = models.filter { $0.year == 2025 }
        let live = current.filter { !finished.contains($0.state) }
        #expect(Double(live.count) / Double(current.count) > 0.6)
    }

    @Test func everySubjectFieldKindAndOriginIsPresent() throws {
        let fixture = try DemoFixture.get()
        let models = fixture.set.models
        let lists = fixture.configuration.lists
        for (list, values) in [(ListName.subjects, models.map(\.subject)), (.fields, models.map(\.field)),
                               (.kinds, models.map(\.kind)), (.origins, models.map(\.origin))] {
            #expect(Set(values) == Set(lists.entries(list).map(\.id)), "\(list)")
        }
        let collective = Double(models.filter { $0.subject == "collective" }.count) / Double(models.count)
        #expect((0.62...0.78).contains(collective))
        let lowLevels = models.filter { ["commune", "district"].contains($0.level) }.count
        #expect(Double(lowLevels) / Double(models.count) > 0.8)
        #expect(Set(models.map(\.unit)).count > 20)
    }

    @Test func validatorFindsNoProblem() throws {
        let fixture = try DemoFixture.get()
        let validator = RecordValidator(configuration: fixture.configuration)
        for model in fixture.set.models {
            let problems = validator.problems(in: model)
            #expect(problems.isEmpty, "\(model.id): \(problems.map { $0.message(.en) })")
        }
    }

    @Test func registrationsAreFilledIn() throws {
        let fixture = try DemoFixture.get()
        let sources = Set(fixture.configuration.lists.budgetSources.map(\.id))
        let units = Dictionary(uniqueKeysWithValues: fixture.configuration.units.map { ($0.id, $0.name) })
        for m in fixture.set.models {
            let texts = [m.name, m.address, m.situation, m.objectives, m.solutions, m.beneficiaries, m.forces,
                         m.outputs, m.sustainability, m.phase, m.personInCharge.name, m.personInCharge.position]
            #expect(texts.allSatisfy { !$0.isEmpty && !$0.contains("{") }, "\(m.id)")
            let unit = VietnameseText.fold(units[m.unit] ?? "?")
            #expect(VietnameseText.fold(m.address).contains(unit), "\(m.id) address \(m.address)")
            #expect(["thôn ", "tổ dân phố "].contains { m.address.contains($0) }, "\(m.id) address \(m.address)")
            #expect(!m.indicators.isEmpty && m.indicators.allSatisfy { $0.target != nil })
            #expect(!m.resources.budget.isEmpty && m.resources.budget.allSatisfy { sources.contains($0.source) && $0.amount > 0 })
            #expect(m.resources.workdays != nil)
            if let start = m.startDate, let end = m.expectedCompletion { #expect(start <= end) } else { Issue.record("\(m.id) dates") }
            let phone = m.personInCharge.phone
            #expect(phone.count == 10 && phone.hasPrefix("09") && phone.allSatisfy(\.isNumber), "\(m.id) phone \(phone)")
            if m.subject == "individual" {
                let person = try #require(m.individual, "\(m.id)")
                #expect(!person.fullName.isEmpty && !person.position.isEmpty && !person.workplace.isEmpty)
                #expect(["male", "female"].contains(person.sex) && (1950...2000).contains(person.birthYear ?? 0))
            } else {
                #expect(m.individual == nil)
            }
        }
        #expect(fixture.set.models.contains { ($0.resources.donatedLandM2 ?? 0) > 0 })
        #expect(Set(fixture.set.models.map(\.individual?.sex)).isSuperset(of: ["male", "female"]))
    }

    @Test func resultsAreReportedOnceSubmitted() throws {
        for m in try DemoFixture.get().set.models where m.history.contains(where: { $0.to == "results_submitted" }) {
            #expect(m.resultsReport?.summary.isEmpty == false, "\(m.id)")
            #expect(m.indicators.allSatisfy { $0.actual != nil }, "\(m.id)")
        }
    }

    @Test func demoUsersHaveConfiguredRoles() throws {
        let fixture = try DemoFixture.get()
        let users = fixture.set.users
        #expect(users.map(\.login) == ["thuky", "thamdinh1", "thamdinh2", "thamdinh3", "lanhdao"])
        let roles = Set(fixture.configuration.users.roles.map(\.id))
        #expect(users.allSatisfy { !$0.name.isEmpty && !$0.roles.isEmpty && $0.roles.allSatisfy(roles.contains) })
        #expect(users.first { $0.login == "thuky" }?.roles == ["secretariat"])
        #expect(users.first { $0.login == "lanhdao" }?.roles == ["leader"])
        #expect(users.filter { $0.roles == ["appraiser"] }.count == 3)
    }
}

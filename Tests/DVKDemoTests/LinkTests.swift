import Foundation
import Testing
import DVKCore
@testable import DVKDemo

/// Inspection rounds, award decisions and replications point both ways and agree with the data.
@Suite struct LinkTests {
    @Test func inspectionLinksGoBothWays() throws {
        let set = try DemoFixture.get().set
        let rounds = Dictionary(uniqueKeysWithValues: set.inspections.map { ($0.id, $0) })
        let models = Dictionary(uniqueKeysWithValues: set.models.map { ($0.id, $0) })
        #expect(rounds.count == set.inspections.count)
        for model in set.models {
            for id in model.inspectionIds {
                let round = try #require(rounds[id], "\(model.id) → \(id)")
                #expect(round.modelIds.contains(model.id), "\(id) does not list \(model.id)")
                if let start = model.history.first(where: { $0.to == "appraisal" }) { #expect(round.date < start.at.utcDay) }
            }
            if model.history.contains(where: { $0.to == "appraisal" }) { #expect(!model.inspectionIds.isEmpty, "\(model.id)") }
        }
        for round in set.inspections {
            #expect(round.id.hasPrefix("KT-\(round.date.year)-") && round.id.count == 11)
            #expect(round.findings.count >= 2, "\(round.id)")
            #expect((3...5).contains(round.team.count) && !round.body.isEmpty && round.revision == 1)
            for finding in round.findings {
                let model = try #require(models[finding.modelId], "\(round.id) → \(finding.modelId)")
                #expect(model.inspectionIds.contains(round.id))
                #expect(round.units.contains(model.unit))
                #expect(!finding.findings.isEmpty && !finding.recommendations.isEmpty)
            }
        }
        #expect(Set(set.inspections.map(\.level)) == ["commune", "district", "province"])
    }

    @Test func decisionLinksGoBothWays() throws {
        let set = try DemoFixture.get().set
        let decisions = Dictionary(uniqueKeysWithValues: set.decisions.map { ($0.id, $0) })
        let models = Dictionary(uniqueKeysWithValues: set.models.map { ($0.id, $0) })
        for model in set.models {
            for id in model.decisionIds {
                let decision = try #require(decisions[id], "\(model.id) → \(id)")
                #expect(decision.recipients.contains { $0.modelId == model.id }, "\(id) does not list \(model.id)")
            }
            let linked = model.decisionIds.compactMap { decisions[$0] }
            switch model.state {
            case "award_proposed": #expect(linked.last?.status == "proposed", "\(model.id)")
            case "awarded": #expect(linked.last?.status == "awarded", "\(model.id)")
            default: break
            }
            for entry in model.history where entry.transition == "award" {
                #expect(linked.contains { $0.status == "awarded" && $0.date == entry.at.utcDay }, "\(model.id)")
            }
        }
        for decision in set.decisions {
            for recipient in decision.recipients {
                guard let id = recipient.modelId else { continue }
                let model = try #require(models[id], "\(decision.id) → \(id)")
                #expect(model.decisionIds.contains(decision.id))
                #expect(recipient.subject == model.subject)
            }
        }
    }

    @Test func decisionsAreWellFormed() throws {
        let fixture = try DemoFixture.get()
        let lists = fixture.configuration.lists
        for d in fixture.set.decisions {
            #expect(d.id.hasPrefix("QD-\(d.year)-") && d.id.count == 11, "\(d.id)")
            #expect(fixture.configuration.headers.issuer(d.issuer) != nil, "\(d.id) issuer \(d.issuer)")
            let form = try #require(lists.awardForms.first { $0.id == d.form }, "\(d.id) form \(d.form)")
            #expect(form.levels?.contains(d.level) ?? true, "\(d.id)")
            #expect(form.tracks?.contains(d.track) ?? true, "\(d.id)")
            #expect(d.reason == "Đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” năm \(d.year)")
            #expect(!d.signer.name.isEmpty && !d.signer.title.isEmpty && d.revision == 1)
            #expect(d.recipients.contains { $0.modelId == nil })
            #expect(d.recipients.allSatisfy { !$0.name.isEmpty && lists.contains($0.subject, in: .subjects) })
            if d.status == "awarded" {
                #expect(d.number.contains("QĐ") && d.date != nil, "\(d.id)")
                #expect(d.created.at < d.updated.at)
            } else {
                #expect(d.status == "proposed" && d.date == nil)
            }
        }
        let decisions = fixture.set.decisions
        #expect(Set(decisions.map(\.level)) == ["commune", "district", "province"])
        #expect(Set(decisions.map(\.track)) == ["party", "government"])
        #expect(Set(decisions.map(\.status)) == ["proposed", "awarded"])
        #expect(decisions.filter { $0.status == "awarded" }.count > decisions.count / 2)
        let withModels = decisions.map { $0.recipients.filter { $0.modelId != nil }.count }
        #expect(withModels.filter { $0 >= 12 }.count >= decisions.count / 2)
    }

    @Test func replicatedModelsPointToEarlierOutstandingOnes() throws {
        let set = try DemoFixture.get().set
        let models = Dictionary(uniqueKeysWithValues: set.models.map { ($0.id, $0) })
        let replicated = set.models.filter { $0.origin == "replicated" }
        #expect(!replicated.isEmpty)
        for child in replicated {
            let parent = try #require(child.parentId.flatMap { models[$0] }, "\(child.id)")
            #expect(parent.year < child.year)
            #expect(parent.recognition?.outstanding == true)
            #expect(parent.replication.childIds.contains(child.id))
            #expect(parent.replication.places.count == parent.replication.childIds.count)
            #expect(parent.updated.at >= child.created.at)
        }
        for model in set.models where model.origin != "replicated" { #expect(model.parentId == nil) }
        for model in set.models {
            for id in model.replication.childIds { #expect(models[id]?.parentId == model.id) }
        }
    }
}

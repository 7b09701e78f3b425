import Foundation
import Testing
import DVKCore
@testable import DVKDemo

/// Every text is NFC, in the generated data and in the vocabulary file; the vocabulary is rich enough.
@Suite struct TextTests {
    /// Every string (keys and values) of a JSON document.
    private func strings(in json: Any) -> [String] {
        switch json {
        case let s as String: return [s]
        case let a as [Any]: return a.flatMap(strings)
        case let o as [String: Any]: return o.keys.sorted() + o.values.flatMap(strings)
        default: return []
        }
    }

    /// Compares scalars, not `String`s: `==` on strings treats NFC and NFD as equal.
    private func isNFC(_ text: String) -> Bool {
        text.unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars)
    }

    private func assertNFC(_ texts: [String], _ source: String) {
        let bad = texts.filter { !isNFC($0) }
        #expect(bad.isEmpty, "\(source): not NFC: \(bad.prefix(5))")
    }

    @Test func generatedTextIsNFC() throws {
        let set = try DemoFixture.get().set
        let json = try JSONSerialization.jsonObject(with: DemoFixture.encoded(set))
        let texts = strings(in: json)
        #expect(texts.contains("Thắp sáng đường quê") || texts.contains { $0.contains("Camera bảo vệ cộng đồng") })
        assertNFC(texts, "data set")
        let names = set.models.flatMap { [$0.name, $0.personInCharge.name, $0.individual?.fullName ?? ""] }
        assertNFC(names, "names")
    }

    @Test func vocabularyFileIsNFC() throws {
        let data = try DemoFixture.data("demo/vocabulary.json")
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(isNFC(text), "vocabulary.json is not NFC")
        assertNFC(strings(in: try JSONSerialization.jsonObject(with: data)), "vocabulary.json")
    }

    @Test func vocabularyCoversEveryField() throws {
        let fixture = try DemoFixture.get()
        let vocabulary = fixture.vocabulary
        for field in fixture.configuration.lists.fields.map(\.id) {
            #expect(!(vocabulary.collectiveModels[field] ?? []).isEmpty, "\(field)")
            #expect(!(vocabulary.individualModels[field] ?? []).isEmpty, "\(field)")
            #expect(!(vocabulary.indicators[field] ?? []).isEmpty, "\(field)")
        }
        let names = vocabulary.collectiveModels.values.flatMap { $0 } + vocabulary.individualModels.values.flatMap { $0 }
        #expect(names.count >= 40)
        for expected in ["Thắp sáng đường quê", "Chính quyền thân thiện", "Ngày xanh, đêm sáng", "Cổng có đèn, đường có hoa, nhà có số"] {
            #expect(names.contains(expected))
        }
        #expect(Set(vocabulary.people.familyNames).isSuperset(of: ["Nguyễn", "Trần", "Hoàng", "Ma", "Nông", "Hà", "Triệu", "Lương"]))
    }

    @Test func templatesFillKnownKeysAndKeepOthers() {
        #expect(Template.fill(" Camera {village} {x} {", ["village": "thôn Kim Quang"]) == "Camera thôn Kim Quang {x} {")
        #expect("Xã Kim Bình".lowercasedFirst == "xã Kim Bình")
    }
}

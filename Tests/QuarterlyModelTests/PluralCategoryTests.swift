import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// The CLDR cardinal plural rules the catalogue picks a string's form by.
@Suite struct PluralCategoryTests {
    @Test(arguments: [
        (0, PluralCategory.zero), (1, .one), (2, .two), (3, .few), (4, .other), (5, .other), (6, .many),
        (7, .other), (10, .other), (11, .other), (12, .other), (20, .other), (100, .other), (1_000_000, .other),
    ])
    func welsh(number: Int, category: PluralCategory) {
        #expect(PluralCategory.of(number, language: "cy") == category)
        #expect(PluralCategory.of(number, language: "cy-GB") == category)
    }

    @Test(arguments: [(0, PluralCategory.other), (1, .one), (2, .other), (3, .other), (6, .other), (21, .other)])
    func english(number: Int, category: PluralCategory) {
        #expect(PluralCategory.of(number, language: "en-GB") == category)
    }

    /// A Welsh string in all six forms is chosen by its count; a missing form falls back to `other`.
    @Test(arguments: [
        (0, "Dim mesurau"), (1, "1 mesur"), (2, "2 fesur"), (3, "3 mesur"), (4, "4 mesur (other)"),
        (6, "6 mesur"),
    ])
    func aWelshStringTakesTheFormOfItsCount(count: Int, expected: String) {
        let catalogue = Catalogue(
            language: "cy",
            entries: [
                "measures": .plural([
                    .zero: MessagePattern("Dim mesurau"), .one: MessagePattern("{count} mesur"),
                    .two: MessagePattern("{count} fesur"), .few: MessagePattern("{count} mesur"),
                    .many: MessagePattern("{count} mesur"), .other: MessagePattern("{count} mesur (other)"),
                ])
            ])
        #expect(catalogue.text("measures", ["count": .count(count)]) == expected)
    }

    @Test func theBuiltInWelshHasEveryEnglishStringWithTheSamePlaceholders() throws {
        let welsh = try #require(try? BuiltinStrings.catalogue("cy"))
        let english = Fixtures.catalogue
        #expect(Set(welsh.keys) == Set(english.keys))
        for key in english.keys {
            let allowed = english.entry(key)!.patterns.reduce(into: Set<String>()) { $0.formUnion($1.placeholders) }
            let used = welsh.entry(key)?.patterns.reduce(into: Set<String>()) { $0.formUnion($1.placeholders) } ?? []
            #expect(used.isSubset(of: allowed), "\(key): \(used.subtracting(allowed))")
        }
    }
}

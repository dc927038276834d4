import Foundation
import QuarterlyTestSupport
import Testing

/// A count and its noun agree wherever a page counts things in words: the summary bars'
/// text alternatives say "1 action: 1 red." and "2 actions: …", from the catalogue's
/// plural forms.
@Suite struct CountedWordsTests {
    /// Each bar's noun, singular and plural.
    static let nouns = [("actions", "action", "actions"), ("measures", "measure", "measures")]

    @Test func summaryBarsCountTheirItemsInTheRightNumber() throws {
        try Fixtures.withBuiltSite(Fixtures.minimal) { output, _ in
            var counted: Set<Int> = []
            for (path, data) in Fixtures.snapshot(output) where path.hasSuffix(".html") {
                let html = String(decoding: data, as: UTF8.self)
                for (bar, singular, plural) in Self.nouns {
                    let open = "<desc id=\"summary-\(bar)-desc\">"
                    var rest = Substring(html)
                    while let start = rest.range(of: open) {
                        let text = rest[start.upperBound...].prefix { $0 != "<" }
                        let words = text.split(separator: " ", maxSplits: 2)
                        let count = try #require(Int(words.first ?? ""), "\(path): \(text)")
                        #expect(words.dropFirst().first == "\(count == 1 ? singular : plural):", "\(path): \(text)")
                        counted.insert(count)
                        rest = rest[start.upperBound...]
                    }
                }
            }
            // The fixture has bars of one item and of several, so both forms are read.
            #expect(counted.contains(1) && counted.contains { $0 > 1 })
        }
    }
}

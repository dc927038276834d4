import Foundation
import QuarterlyTestSupport
import Testing

/// A field that a context declares but has no value in renders nothing, as do its
/// sections, even where an enclosing context has a field of that name. A supporting
/// outcome without a summary of its own once showed an empty box of prose: Mustache,
/// missing the group's `summary`, found the report's summary instead.
@Suite struct AbsentFieldTests {
    @Test(arguments: [Fixtures.minimal, Fixtures.bilingual])
    func aGroupWithoutASummaryShowsNoEmptyProse(content: URL) throws {
        try Fixtures.withBuiltSite(content) { output, _ in
            let pages = Fixtures.snapshot(output).filter { $0.key.hasSuffix(".html") }
            #expect(pages.count > 10)
            for (path, data) in pages {
                let html = String(decoding: data, as: UTF8.self)
                #expect(!html.contains("<div class=\"prose\"></div>"), "\(path)")
            }
            // The group's own summary is still shown where it has one.
            let report = Fixtures.read(output.appendingPathComponent("quarters/2019-20-q2/index.html"))
            #expect(report.contains("<div class=\"prose\"><p>The board is in place."))
        }
    }
}

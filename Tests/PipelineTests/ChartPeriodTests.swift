import Foundation
import QuarterlyTestSupport
import Testing

/// No point is rated against a target for another period, and the accessibility
/// statement never points to an empty list: both as the Cumbria example's pages show them.
@Suite struct ChartPeriodTests {
    /// Accidental fires in homes: single quarters against a whole-year target of 241
    /// (`annual_target`), except Quarter 2 2019/20, whose update gives the year so far
    /// against its own target of 121.
    @Test func aWholeYearsTargetIsNotSetAgainstAQuarter() throws {
        try Fixtures.withBuiltSite(Fixtures.exampleContent) { output, _ in
            let page = Fixtures.read(output.appendingPathComponent("measures/accidental-dwelling-fires/index.html"))
            let notRated = "The target of 241 is for the whole year, so a quarter&#39;s figure is not rated against it."
            // Three quarters' rows, and the latest status above them.
            #expect(page.components(separatedBy: notRated).count - 1 == 4)
            #expect(page.contains("96 against a target of 121 (lower is better): below target, so Green."))
            // The chart's target line is drawn for that one quarter only.
            let target = try #require(page.components(separatedBy: "class=\"line target\" d=\"").dropFirst().first)
            #expect(target.prefix { $0 != "\"" }.filter { $0 == "M" }.count == 1)
            #expect(!page.contains(">241</text>"))

            let statement = Fixtures.read(output.appendingPathComponent("accessibility/index.html"))
            #expect(!statement.contains("listed below"))
            #expect(statement.contains("We know of no content that is not accessible"))
        }
    }
}

import Foundation
import QuarterlyModel
import QuarterlyRender
import QuarterlyTestSupport
import Testing

/// The pages that group items by outcome follow each year's plan: outcome pages show
/// items not reported at their quarter for what they are, and the trends page says where
/// a moved item was reported.
@Suite struct PlanPagesTests {
    /// A row's cells as a reader hears them: tags removed, spaces collapsed.
    static func text(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(
        "an outcome page's rows at a later quarter",
        arguments: [
            // Reported in Quarter 1 2020/21.
            ("1.10", "Green"),
            // Complete in Quarter 2 2019/20, not reported since.
            ("1.1", "Complete in Quarter 2 2019/20"),
            // In the 2020/21 plan, not reported in its first quarter.
            ("M4.4", "Not reported in Quarter 1 2020/21"),
            // Under this outcome in 2019/20, in no plan from 2020/21.
            ("M1.3", "Not in the 2020/21 plan"),
        ])
    func outcomePageRows(ref: String, shown: String) throws {
        let content = try ReportStandingTests.laterQuarterSite()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let page = try ReportGroupingTests.render(Page(.outcome, "healthy"), of: content)
        #expect(page.contains("status at Quarter 1 2020/21"))
        let row = Self.text(Fixtures.row(in: page, ref: ref))
        #expect(row.contains(shown), "\(row)")
        #expect(!row.contains("Not rated"), "\(row)")
    }

    /// Cumbria's action 4.5 (2019/20, Outcome 4 then) is A2.6 under Outcome 2 in 2021/22:
    /// the trends page's section for new ways of working shows its 2019/20 status and says
    /// where it was reported in 2021/22, and the section for Outcome 2 the reverse.
    @Test func trendsSayWhereAMovedItemWasReported() throws {
        let html = try ReportGroupingTests.render(
            Page(.trends), replacing: "trends",
            with: """
                {{#outcomes}}{{#rows}}{{id}} {{ref}}{{#cells}} |{{#reported}}{{#rag}}{{class}}{{/rag}}{{/reported}}{{#isElsewhere}}{{elsewhere}}{{/isElsewhere}}{{/cells}}
                {{/rows}}{{/outcomes}}
                """)
        let graph = try #require(Fixtures.validate(Fixtures.exampleContent).graph)
        let columns = graph.quarters.map(\.id.slug)
        let q2 = try #require(columns.firstIndex(of: "2019-20-q2"))
        let q1 = try #require(columns.firstIndex(of: "2021-22-q1"))
        let rows = html.split(separator: "\n").map { $0.components(separatedBy: " |") }
        let then = try #require(rows.first { $0[0] == "new-ways-of-working 4.5" })
        #expect(then[q2 + 1] == "amber")
        #expect(then[q1 + 1] == "Outcome 2: People in Cumbria are healthy and safe")
        let now = try #require(rows.first { $0[0] == "healthy-and-safe A2.6" })
        #expect(now[q1 + 1] == "amber")
        #expect(now[q2 + 1] == "Outcome 4: New ways of working and achieving financial sustainability")
    }
}

import Foundation
import QuarterlyModel
import Testing

@testable import QuarterlyRender

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
        try Fixtures.withBuiltSite(content) { site, _ in
            let page = Fixtures.read(site.appendingPathComponent("outcomes/healthy/index.html"))
            #expect(page.contains("status at Quarter 1 2020/21"))
            let row = Self.text(Fixtures.row(in: page, ref: ref))
            #expect(row.contains(shown), "\(row)")
            #expect(!row.contains("Not rated"), "\(row)")
        }
    }

    /// Cumbria's action 4.5 (2019/20, Outcome 4 then) is A2.6 under Outcome 2 in 2021/22:
    /// the trends page's section for new ways of working shows its 2019/20 status, and
    /// where it was reported in 2021/22.
    @Test func trendsSayWhereAMovedItemWasReported() throws {
        let graph = try #require(Fixtures.validate(Fixtures.exampleContent).graph).assessed().graph
        let fragments = Fragments(graph: graph, links: Links(deployment: Deployment(siteBaseURL: "/")))
        let page = TrendsPage(fragments: fragments)
        #expect(
            page.outcomes.map(\.id) == [
                "new-ways-of-working", "healthy-and-safe", "well-connected-and-thriving", "growing-economy",
            ])
        let quarters = graph.quarters.map(\.id.slug)
        let q2 = try #require(quarters.firstIndex(of: "2019-20-q2"))
        let q1 = try #require(quarters.firstIndex(of: "2021-22-q1"))

        let newWays = try #require(page.outcomes.first { $0.id == "new-ways-of-working" })
        let then = try #require(newWays.rows.first { $0.ref == "4.5" })
        #expect(then.cells[q2].reported && then.cells[q2].rag.status == .amber)
        #expect(!then.cells[q1].reported)
        #expect(then.cells[q1].elsewhere == "Outcome 2: People in Cumbria are healthy and safe")

        let healthy = try #require(page.outcomes.first { $0.id == "healthy-and-safe" })
        let now = try #require(healthy.rows.first { $0.ref == "A2.6" })
        #expect(now.cells[q1].reported)
        #expect(now.cells[q2].elsewhere == "Outcome 4: New ways of working and achieving financial sustainability")
    }
}

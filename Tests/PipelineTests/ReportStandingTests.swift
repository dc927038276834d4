import Foundation
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// Where an item stands at a quarter it was not reported in: complete earlier, out of
/// that year's plan, or not reported; never unrated.
@Suite struct ReportStandingTests {
    /// The minimal site (its draft Quarter 3 2019/20 included) and a first quarter of
    /// 2020/21 whose plan no longer has the foster carers measure. Removed by the caller.
    static func laterQuarterSite() throws -> URL {
        try Fixtures.minimalSite(with: [
            "measures/foster-carers.md": """
            ---
            ref: M1.3
            title: Foster care households
            outcome: healthy
            unit: count
            target: 199
            comparators: [England]
            last_year: 2019/20
            ---
            """,
            "quarters/2020-21-q1/index.md": "---\nstatus: published\n---\n",
            "quarters/2020-21-q1/actions/care-communities.md": "---\nrag: green\n---\n",
        ])
    }

    static func graph() throws -> AssessedGraph {
        let content = try laterQuarterSite()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        return try #require(Fixtures.validate(content).graph).assessed().graph
    }

    enum Item: Sendable {
        case action(String)
        case measure(String)
    }

    @Test(
        "standing at a quarter",
        arguments: [
            (.action("care-communities"), "2019-20-q2", .reported),
            (.action("care-communities"), "2019-20-q1", .notReported(in: QuarterID("2019-20-q1")!)),
            (.action("safeguarding-board"), "2019-20-q3", .completed(in: QuarterID("2019-20-q2")!)),
            // Complete is said whatever the later plan: the action was delivered.
            (.action("safeguarding-board"), "2020-21-q1", .completed(in: QuarterID("2019-20-q2")!)),
            (.measure("foster-carers"), "2019-20-q3", .notReported(in: QuarterID("2019-20-q3")!)),
            (.measure("foster-carers"), "2020-21-q1", .notInPlan(year: "2020/21")),
            (.measure("foi-responses"), "2020-21-q1", .notReported(in: QuarterID("2020-21-q1")!)),
        ] as [(Item, String, ReportStanding)])
    func standing(item: Item, quarter: String, expected: ReportStanding) throws {
        let graph = try Self.graph()
        let at = try #require(QuarterID(quarter))
        switch item {
        case .action(let id): #expect(graph.standing(ofAction: id, at: at) == expected)
        case .measure(let id): #expect(graph.standing(ofMeasure: id, at: at) == expected)
        }
    }
}

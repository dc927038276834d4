import QuarterlyModel
import Testing

/// Each quarter's updates found by their item (`UpdatesByItem` inside the graph).
@Suite struct ContentGraphLookupTests {
    static let graph: ContentGraph = {
        let actions = ["a", "b"].map { id in
            var action = Action(id: id, sourcePath: "actions/\(id).md")
            (action.ref, action.title) = (id.uppercased(), id)
            return action
        }
        return ContentGraph(
            site: SiteConfig(), outcomes: [], actions: actions, measures: [],
            quarters: [
                ReportsTests.quarter("2019-20-q2"), ReportsTests.quarter("2019-20-q1"),
                ReportsTests.quarter("2019-20-q3", draft: true),
            ],
            actionUpdates: [
                ReportsTests.update("a", "2019-20-q2", .red), ReportsTests.update("a", "2019-20-q1", .green),
                ReportsTests.update("b", "2019-20-q1", .amber),
                // Two for one item in one quarter: the later is the one.
                ReportsTests.update("b", "2019-20-q2", .red), ReportsTests.update("b", "2019-20-q2", .green),
                ReportsTests.update("a", "2019-20-q3", .amber),
            ],
            measureUpdates: [], outcomeCommentary: [])
    }()

    @Test(
        arguments: [
            ("a", "2019-20-q1", RAGStatus.green as RAGStatus?), ("a", "2019-20-q2", .red), ("b", "2019-20-q1", .amber),
            ("b", "2019-20-q2", .green), ("a", "2019-20-q3", .amber), ("b", "2019-20-q3", nil),
            ("c", "2019-20-q1", nil), ("a", "2020-21-q1", nil),
        ])
    func anUpdateIsFoundByItemAndQuarter(action: String, quarter: String, rag: RAGStatus?) {
        #expect(Self.graph.actionUpdate(action, in: QuarterID(quarter)!)?.rag == rag)
    }

    @Test func aQuartersUpdatesAreListedOnceEachInTheItemsOrder() {
        let q2 = Self.graph.actionUpdates(in: QuarterID("2019-20-q2")!)
        #expect(q2.map(\.actionID) == ["a", "b"])
        #expect(q2.map(\.rag) == [.red, .green])
    }

    @Test func anItemsHistoryIsInQuarterOrder() {
        #expect(Self.graph.actionHistory("a").map(\.quarter.slug) == ["2019-20-q1", "2019-20-q2", "2019-20-q3"])
    }

    @Test func thePublishedGraphLeavesOutTheDraftsUpdates() {
        let published = Self.graph.publishedOnly()
        #expect(published.actionHistory("a").map(\.quarter.slug) == ["2019-20-q1", "2019-20-q2"])
        #expect(published.actionUpdate("b", in: QuarterID("2019-20-q2")!)?.rag == .green)
    }
}

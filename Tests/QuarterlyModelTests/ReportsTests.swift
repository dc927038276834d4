import QuarterlyModel
import Testing

/// Which quarters are reports, and "since the last report": a quarter of figures only
/// (`report: false`) is no report, and neither is a draft for the readers of the next one.
@Suite struct ReportsTests {
    static func quarter(_ slug: String, report: Bool = true, draft: Bool = false) -> Quarter {
        var quarter = Quarter(id: QuarterID(slug)!, financialYearStart: 4, sourcePath: "quarters/\(slug)/index.md")
        quarter.isReport = report
        quarter.status = draft ? .draft : .published
        return quarter
    }

    static func update(_ action: String, _ slug: String, _ rag: RAGStatus) -> ActionUpdate {
        var update = ActionUpdate(actionID: action, quarter: QuarterID(slug)!, sourcePath: "\(slug)/\(action).md")
        update.rag = rag
        return update
    }

    /// Q1 a report, Q2 figures only, Q3 a draft report, Q4 a report.
    static let graph: AssessedGraph = {
        var outcome = Outcome(id: "healthy", sourcePath: "outcomes/healthy.md")
        outcome.title = "Healthy"
        let actions = ["a", "b", "c"].map { id in
            var action = Action(id: id, sourcePath: "actions/\(id).md")
            (action.ref, action.title, action.outcomeID) = (id.uppercased(), id, "healthy")
            return action
        }
        return ContentGraph(
            site: SiteConfig(), outcomes: [outcome], actions: actions, measures: [],
            quarters: [
                quarter("2019-20-q1"), quarter("2019-20-q2", report: false), quarter("2019-20-q3", draft: true),
                quarter("2019-20-q4"),
            ],
            actionUpdates: [
                update("a", "2019-20-q1", .green), update("a", "2019-20-q2", .red), update("a", "2019-20-q4", .amber),
                update("b", "2019-20-q1", .amber), update("b", "2019-20-q3", .green),
                update("c", "2019-20-q3", .amber), update("c", "2019-20-q4", .amber),
            ],
            measureUpdates: [], outcomeCommentary: []
        ).assessed().graph
    }()

    @Test(
        "the last report before a quarter",
        arguments: [
            ("2019-20-q1", nil as String?), ("2019-20-q2", "2019-20-q1"), ("2019-20-q3", "2019-20-q1"),
            // Q3 is a draft and Q2 figures only: the readers of Q4 last saw Q1.
            ("2019-20-q4", "2019-20-q1"),
        ])
    func previousReport(quarter: String, previous: String?) {
        #expect(Self.graph.previousReport(before: QuarterID(quarter)!)?.id.slug == previous)
    }

    @Test func reportsLeaveOutFiguresOnly() {
        #expect(Self.graph.reports.map(\.id.slug) == ["2019-20-q1", "2019-20-q3", "2019-20-q4"])
        #expect(Self.graph.latestReport?.id.slug == "2019-20-q4")
    }

    @Test func changesAreSinceTheLastReport() {
        let changes = Self.graph.changes(in: QuarterID("2019-20-q4")!)
        // a: Green in Q1, Red in the figures of Q2, Amber now: changed since Q1, not Q2.
        // b: in Q1 and not now; c: reported only in the draft before, so new to readers.
        #expect(
            changes.map { "\($0.item) \($0.kind) \($0.since?.slug ?? "-")" } == [
                #"action("a") ragChanged(from: Optional(QuarterlyModel.RAGStatus.green), to: Optional(QuarterlyModel.RAGStatus.amber)) 2019-20-q1"#,
                #"action("b") noLongerReported 2019-20-q1"#,
                #"action("c") new -"#,
            ])
        // The first report has nothing to compare with.
        #expect(Self.graph.changes(in: QuarterID("2019-20-q1")!).isEmpty)
    }
}

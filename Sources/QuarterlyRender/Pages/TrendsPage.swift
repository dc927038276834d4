import QuarterlyModel

/// `/trends/`: RAG distribution over time, every item's status by quarter (one
/// section per outcome), and what changed in the latest report.
final class TrendsPage: TemplateContext {
    let hasQuarters: Bool
    let outcomes: [TrendsOutcome]
    let plan: [PlanDistribution]
    let latest: TrendsLatest?

    init(fragments: Fragments) {
        let graph = fragments.graph
        let quarters = graph.quarters.map(\.id)
        hasQuarters = !quarters.isEmpty
        let heads = quarters.map { LabelledLink(label: $0.shortLabel, url: fragments.links.url(.quarter, $0.slug)) }
        outcomes = graph.rootOutcomes.map {
            TrendsOutcome($0, quarters: quarters, heads: heads, fragments: fragments)
        }
        plan = [
            PlanDistribution(
                id: "distribution-actions", noun: "actions", counts: quarters.map { ($0, graph.actionCount(in: $0)) },
                fragments: fragments),
            PlanDistribution(
                id: "distribution-measures", noun: "measures",
                counts: quarters.map { ($0, graph.measureCount(in: $0)) }, fragments: fragments),
        ].compactMap { $0 }
        latest = graph.latestQuarter.map { TrendsLatest($0, fragments: fragments) }
    }

    static func content(_ fragments: Fragments) -> PageContent<TrendsPage> {
        PageContent(
            body: TrendsPage(fragments: fragments), title: "Trends across quarters", current: "Trends",
            section: "trends")
    }

    static let fields = FieldTable<TrendsPage>([
        .flag("hasQuarters", "Whether there is any report.") { $0.hasQuarters },
        .list("outcomes", "Each outcome's chart and every item's status by quarter.") { $0.outcomes },
        .list("plan", "The whole plan's charts: all actions, then all measures.") { $0.plan },
        .context("latest", "The latest report and what changed in it, when there is one.") { $0.latest },
    ])
}

/// One outcome's RAG distribution and its items' statuses, quarter by quarter.
final class TrendsOutcome: TemplateContext {
    let id: String
    let heading: String
    let url: String
    let matrixCaption: String
    let quarters: [LabelledLink]
    let rows: [MatrixRow]
    let chart: ChartFigure?

    init(_ outcome: Outcome, quarters: [QuarterID], heads: [LabelledLink], fragments: Fragments) {
        let graph = fragments.graph
        id = outcome.id
        heading = fragments.outcomeHeading(outcome)
        url = fragments.links.url(.outcome, outcome.id)
        matrixCaption = "Status of every action and measure by quarter: \(heading)"
        self.quarters = heads
        let ids = graph.subtree(of: outcome.id)
        let actions = ids.flatMap { graph.actions(in: $0) }.filter { !graph.actionHistory($0.id).isEmpty }.map {
            action in
            MatrixRow(
                kind: "Action", ref: action.ref, title: action.title, url: fragments.links.url(.action, action.id),
                cells: quarters.map { MatrixCell(graph.actionUpdate(action.id, in: $0).map(RAGTag.of)) })
        }
        let measures = ids.flatMap { graph.measures(in: $0) }.filter { !graph.measureHistory($0.id).isEmpty }.map {
            measure in
            MatrixRow(
                kind: "Measure", ref: measure.ref, title: measure.title,
                url: fragments.links.url(.measure, measure.id),
                cells: quarters.map { MatrixCell(graph.measureUpdate(measure.id, in: $0).map(RAGTag.of)) })
        }
        rows = actions + measures
        let combined = quarters.map {
            ($0, graph.actionCount(under: outcome.id, in: $0) + graph.measureCount(under: outcome.id, in: $0))
        }
        chart = fragments.charts.distribution(
            id: "distribution-\(outcome.id)", title: "RAG status of actions and measures by quarter: \(heading)",
            counts: combined
        ).map { ChartFigure(svg: $0.svg.markup) }
    }

    static let fields = FieldTable<TrendsOutcome>([
        .text("id", "The outcome's id, for anchors.") { $0.id },
        .text("heading", "Its heading, e.g. \"Outcome 1: …\".") { $0.heading },
        .text("url", "Its page's address.") { $0.url },
        .context("chart", "Its actions and measures by RAG status over time, when any were reported.") { $0.chart },
        .text("matrixCaption", "The caption of the table of statuses.") { $0.matrixCaption },
        .list("quarters", "Every quarter, for the table's columns.") { $0.quarters },
        .list("rows", "Each action, then each measure, ever reported under the outcome.") { $0.rows },
    ])
}

/// An item's statuses, one cell per quarter.
final class MatrixRow: TemplateContext {
    let kind: String
    let ref: String
    let title: String
    let url: String
    let cells: [MatrixCell]

    init(kind: String, ref: String, title: String, url: String, cells: [MatrixCell]) {
        self.kind = kind
        self.ref = ref
        self.title = title
        self.url = url
        self.cells = cells
    }

    static let fields = FieldTable<MatrixRow>([
        .text("kind", "Action or Measure.") { $0.kind },
        .text("ref", "Its ref.") { $0.ref },
        .text("title", "Its title.") { $0.title },
        .text("url", "Its page's address.") { $0.url },
        .list("cells", "One per quarter.") { $0.cells },
    ])
}

/// An item's status in one quarter, or that it was not reported.
final class MatrixCell: TemplateContext {
    let reported: Bool
    let rag: RAGTag

    /// - Parameter tag: nil when not reported.
    init(_ tag: RAGTag?) {
        reported = tag != nil
        rag = tag ?? .of(nil)
    }

    static let fields = FieldTable<MatrixCell>([
        .flag("reported", "Whether the item was reported that quarter.") { $0.reported },
        .context("rag", "Its RAG status.") { $0.rag },
    ])
}

/// A whole-plan chart of RAG counts by quarter, and its figures as a table.
final class PlanDistribution: TemplateContext {
    let id: String
    let heading: String
    let caption: String
    let svg: String
    let rows: [DistributionRow]

    /// Nil when nothing was reported.
    init?(id: String, noun: String, counts: [(QuarterID, RAGCount)], fragments: Fragments) {
        guard
            let chart = fragments.charts.distribution(
                id: id, title: "RAG status of all \(noun) by quarter", counts: counts)
        else { return nil }
        self.id = id
        heading = "All \(noun)"
        caption = "Number of \(noun) at each RAG status, by quarter"
        svg = chart.svg.markup
        rows = counts.map { quarter, count in
            DistributionRow(
                label: quarter.label, url: fragments.links.url(.quarter, quarter.slug), counts: RAGCounts(count))
        }
    }

    static let fields = FieldTable<PlanDistribution>([
        .text("id", "`distribution-actions` or `distribution-measures`, for anchors.") { $0.id },
        .text("heading", "\"All actions\" or \"All measures\".") { $0.heading },
        .html("svg", "The chart.") { $0.svg },
        .text("caption", "What it shows, in words.") { $0.caption },
        .list("rows", "Its figures, one row per quarter.") { $0.rows },
    ])
}

/// One quarter's RAG counts.
final class DistributionRow: TemplateContext {
    let label: String
    let url: String
    let counts: RAGCounts

    init(label: String, url: String, counts: RAGCounts) {
        self.label = label
        self.url = url
        self.counts = counts
    }

    static let fields = FieldTable<DistributionRow>([
        .text("label", "The quarter.") { $0.label },
        .text("url", "Its report's address.") { $0.url },
        .context("counts", "How many were at each status.") { $0.counts },
    ])
}

/// The latest report and its changes, for `partials/changes`.
final class TrendsLatest: TemplateContext {
    let label: String
    let url: String
    let groups: [ChangeGroup]

    init(_ quarter: Quarter, fragments: Fragments) {
        label = quarter.id.label
        url = fragments.links.url(.quarter, quarter.id.slug)
        groups = fragments.changeGroups(in: quarter.id)
    }

    static let fields = FieldTable<TrendsLatest>([
        .text("label", "The quarter.") { $0.label },
        .text("url", "Its report's address.") { $0.url },
        .list("groups", "What changed, by kind.") { $0.groups },
        .flag("hasGroups", "Whether anything changed.") { !$0.groups.isEmpty },
    ])
}

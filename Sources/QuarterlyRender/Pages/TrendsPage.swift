import QuarterlyModel

/// `/trends/`: RAG distribution over time (reports only: a quarter of figures only would
/// be a near-empty bar), every item's status by quarter (one section per outcome, figures
/// included and marked), and what changed in the latest report since the last.
final class TrendsPage: TemplateContext {
    let hasQuarters: Bool
    let outcomes: [TrendsOutcome]
    let plan: [PlanDistribution]
    let latest: TrendsLatest?

    init(fragments: Fragments) {
        let graph = fragments.graph
        let quarters = graph.quarters.map(\.id)
        let reports = graph.reports.map(\.id)
        hasQuarters = !quarters.isEmpty
        let words = fragments.words
        let heads = graph.quarters.map {
            LabelledLink(
                label: $0.isFiguresOnly
                    ? words.text("trends.figuresOnlyQuarter", ["quarter": .message($0.id.shortName)])
                    : words.text($0.id.shortName),
                url: fragments.links.url(.quarter, $0.id.slug))
        }
        outcomes = Self.outcomes(in: graph).map {
            TrendsOutcome($0, quarters: quarters, heads: heads, fragments: fragments)
        }
        plan = [
            PlanDistribution(.actions, counts: reports.map { ($0, graph.actionCount(in: $0)) }, fragments: fragments),
            PlanDistribution(
                .measures, counts: reports.map { ($0, graph.measureCount(in: $0)) }, fragments: fragments),
        ].compactMap { $0 }
        latest = graph.latestReport.flatMap { TrendsLatest($0, fragments: fragments) }
    }

    /// The latest plan's outcomes, then any only earlier plans had.
    static func outcomes(in graph: AssessedGraph) -> [Outcome] {
        var roots = graph.currentPlan.rootOutcomes
        for year in graph.planYears.reversed() {
            for root in graph.plan(inYear: year).rootOutcomes where !roots.contains(where: { $0.id == root.id }) {
                roots.append(root)
            }
        }
        return roots
    }

    static func content(_ fragments: Fragments) -> PageContent<TrendsPage> {
        PageContent(
            body: TrendsPage(fragments: fragments), title: fragments.words["trends.title"],
            current: fragments.words["nav.trends"], section: "trends")
    }

    static let fields = FieldTable<TrendsPage>([
        .flag("hasQuarters", "Whether there is any report.") { $0.hasQuarters },
        .list("outcomes", "Each outcome's chart and every item's status by quarter.") { $0.outcomes },
        .list("plan", "The whole plan's charts: all actions, then all measures.") { $0.plan },
        .context("latest", "The latest report and what changed in it since the last, when there was one before it.") {
            $0.latest
        },
    ])
}

/// One outcome's RAG distribution and its items' statuses, quarter by quarter. Its table
/// and chart are made when a template first shows them: the page's contents list only
/// names the outcome, and the build makes each outcome's part on a copy of its own.
final class TrendsOutcome: TemplateContext, PartItem {
    let id: String
    let heading: String
    let url: String
    let matrixCaption: String
    let chartLabel: String
    let quarters: [LabelledLink]
    private let outcome: Outcome
    private let quarterIDs: [QuarterID]
    private let fragments: Fragments

    /// - Parameter quarters: every quarter, for the table (the chart counts reports only).
    init(_ outcome: Outcome, quarters: [QuarterID], heads: [LabelledLink], fragments: Fragments) {
        self.outcome = outcome
        quarterIDs = quarters
        self.fragments = fragments
        id = outcome.id
        heading = fragments.outcomeHeading(outcome)
        url = fragments.links.url(.outcome, outcome.id)
        let words = fragments.words
        matrixCaption = words.text("trends.matrixCaption", ["outcome": .text(heading)])
        chartLabel = words.text("trends.outcomeChartLabel", ["outcome": .text(heading)])
        self.quarters = heads
    }

    func fresh() -> Any {
        TrendsOutcome(outcome, quarters: quarterIDs, heads: quarters, fragments: fragments)
    }

    private(set) lazy var rows: [MatrixRow] = {
        let (outcome, quarters, fragments) = (outcome, quarterIDs, fragments)
        let graph = fragments.graph
        let words = fragments.words
        return MatrixRow.rows(
            under: outcome, quarters: quarters, kind: words["common.action"], fragments: fragments,
            items: { plan, id in plan.actions(in: id).map(\.id) },
            status: { id, q in graph.actionUpdate(id, in: q).map(RAGTag.of) },
            outcomeOf: { id, year in graph.action(id)!.outcomeID(inYear: year) },
            label: { id, q in
                let action = graph.action(id)!
                let update = graph.actionUpdate(id, in: q)
                return (update?.ref(for: action) ?? action.ref, update?.title ?? action.title, .action)
            })
            + MatrixRow.rows(
                under: outcome, quarters: quarters, kind: words["common.measure"], fragments: fragments,
                items: { plan, id in plan.measures(in: id).map(\.id) },
                status: { id, q in graph.measureUpdate(id, in: q).map(RAGTag.of) },
                outcomeOf: { id, year in graph.measure(id)!.outcomeID(inYear: year) },
                label: { id, q in
                    let measure = graph.measure(id)!
                    let update = graph.measureUpdate(id, in: q)
                    return (update?.ref(for: measure) ?? measure.ref, update?.title ?? measure.title, .measure)
                })
    }()

    // Reports only: a quarter of figures only would be a near-empty bar (ChartFiles).
    private(set) lazy var chart: ChartFigure? = fragments.chartFiles.outcome(outcome).map { fragments.figure($0) }

    static let fields = FieldTable<TrendsOutcome>([
        .text("id", "The outcome's id, for anchors.") { $0.id },
        .text("heading", "Its heading, e.g. \"Outcome 1: …\".") { $0.heading },
        .text("url", "Its page's address.") { $0.url },
        .context("chart", "Its actions and measures by RAG status over time, when any were reported.") { $0.chart },
        .text("matrixCaption", "The caption of the table of statuses (`trends.matrixCaption`).") { $0.matrixCaption },
        .text("chartLabel", "What the chart's region is called (`trends.outcomeChartLabel`).") { $0.chartLabel },
        .list(
            "quarters",
            "Every quarter, for the table's columns (\"Q1 2019/20 (figures only)\" for one that is no report)."
        ) {
            $0.quarters
        },
        .list(
            "rows",
            "Each action, then each measure, ever reported under the outcome: those of the latest plan first, each in its report's order."
        ) { $0.rows },
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

    /// One row per item reported under `outcome` in some quarter, as that quarter's plan
    /// placed it. Items of the latest plan come first; each is named as it was the last
    /// time it was reported under the outcome, and rows keep that report's order.
    static func rows(
        under outcome: Outcome, quarters: [QuarterID], kind: String, fragments: Fragments,
        items: (PlanStructure, String) -> [String], status: (String, QuarterID) -> RAGTag?,
        outcomeOf: (String, String) -> String,
        label: (String, QuarterID) -> (ref: String, title: String, page: PageKind)
    ) -> [MatrixRow] {
        let graph = fragments.graph
        // The quarters in which each item was reported under the outcome.
        var here: [String: [QuarterID]] = [:]
        for quarter in quarters {
            let plan = graph.plan(in: quarter)
            for id in plan.subtree(of: outcome.id).flatMap({ items(plan, $0) }) where status(id, quarter) != nil {
                here[id, default: []].append(quarter)
            }
        }
        var ordered: [String] = []
        var placed: Set<String> = []
        for year in graph.planYears.reversed() {
            let plan = graph.plan(inYear: year)
            for id in plan.subtree(of: outcome.id).flatMap({ items(plan, $0) })
            where here[id]?.last?.financialYear == year && placed.insert(id).inserted {
                ordered.append(id)
            }
        }
        // Each quarter's name and the note, worded once for every row (one string each).
        let words = fragments.words
        let names = quarters.map { words.text($0.name) }
        let notReported = words["trends.notReported"]
        return ordered.map { id in
            let quartersHere = here[id]!
            let (ref, title, page) = label(id, quartersHere.last!)
            let cells = quarters.indices.map { index -> MatrixCell in
                let quarter = quarters[index]
                guard let reported = status(id, quarter) else {
                    return MatrixCell(nil, quarter: names[index], note: notReported)
                }
                if quartersHere.contains(quarter) { return MatrixCell(reported, quarter: names[index], note: "") }
                // Reported that quarter under another outcome of that year's plan.
                let root = graph.lineage(of: outcomeOf(id, quarter.financialYear)).first
                return MatrixCell(
                    elsewhere: root.map { fragments.outcomeHeading($0, in: quarter) } ?? "", quarter: names[index],
                    words: words)
            }
            return MatrixRow(kind: kind, ref: ref, title: title, url: fragments.links.url(page, id), cells: cells)
        }
    }

    static let fields = FieldTable<MatrixRow>([
        .text("kind", "Action or Measure (`common.action`, `common.measure`).") { $0.kind },
        .text("ref", "Its ref when last reported under the outcome.") { $0.ref },
        .text("title", "Its title then.") { $0.title },
        .text("url", "Its page's address.") { $0.url },
        .list("cells", "One per quarter.") { $0.cells },
        .html(
            "cellsMarkup",
            "Its cells, each as `partials/trend-cell` renders it: made once per distinct cell and language, so a matrix of thousands of rows renders the partial a few hundred times."
        ) { row in row.cells.map { RenderScope.current?.repeated?.markup($0) ?? "" }.joined() },
    ])
}

/// An item's status in one quarter, or that it was not reported, or reported under
/// another outcome (plans move items).
final class MatrixCell: TemplateContext {
    let quarter: String
    let reported: Bool
    let rag: RAGTag
    let elsewhere: String
    let note: String

    /// - Parameters:
    ///   - tag: the status when reported, with who gave it; nil when not reported.
    ///   - quarter: the quarter's name; `note`, what to say when not reported.
    init(_ tag: RAGTag?, quarter: String, note: String) {
        self.quarter = quarter
        reported = tag != nil
        rag = tag ?? .of(nil)
        elsewhere = ""
        self.note = tag == nil ? note : ""
    }

    /// Reported that quarter under another outcome, named by its heading then.
    init(elsewhere outcome: String, quarter: String, words: Catalogue) {
        self.quarter = quarter
        reported = false
        rag = .of(nil)
        elsewhere = outcome
        note = words.text("trends.under", ["outcome": .text(outcome)])
    }

    static let partial = "partials/trend-cell"

    /// What the cell's markup depends on (`RepeatedMarkup`): two cells with one key look the same.
    struct Key: Hashable {
        let quarter: String
        let reported: Bool
        let rag: ObjectIdentifier
        let elsewhere: String
        let note: String
    }

    var key: Key {
        Key(quarter: quarter, reported: reported, rag: ObjectIdentifier(rag), elsewhere: elsewhere, note: note)
    }

    static let fields = FieldTable<MatrixCell>([
        .text("quarter", "The quarter, e.g. \"Quarter 2 2019/20\" (a stacked row's label on a phone).") {
            $0.quarter
        },
        .flag("reported", "Whether the item was reported under this outcome that quarter.") { $0.reported },
        .context("rag", "Its RAG status.") { $0.rag },
        .flag("isElsewhere", "Whether it was reported under another outcome that quarter.") { !$0.elsewhere.isEmpty },
        .text("elsewhere", "That outcome's heading then, or nothing.") { $0.elsewhere },
        .text(
            "note",
            "When not reported under this outcome: \"Under …\" or \"Not reported\" (`trends.under`, `trends.notReported`)."
        ) { $0.note },
    ])
}

/// A whole-plan chart of RAG counts by quarter, and its figures as a table.
final class PlanDistribution: TemplateContext {
    let id: String
    let heading: String
    let caption: String
    let chartLabel: String
    let figcaption: String
    let svg: String
    let phoneSVG: String
    let rows: [DistributionRow]
    let embed: ChartEmbed

    /// Nil when nothing was reported.
    init?(_ items: ChartFiles.PlanItems, counts: [(QuarterID, RAGCount)], fragments: Fragments) {
        guard let chart = fragments.chartFiles.plan(items) else { return nil }
        let noun = items.rawValue
        let words = fragments.words
        id = "distribution-\(noun)"
        heading = words[items == .actions ? "trends.allActions" : "trends.allMeasures"]
        caption = words[items == .actions ? "trends.actionsCaption" : "trends.measuresCaption"]
        chartLabel = words.text("trends.chartLabel", ["caption": .text(caption)])
        figcaption = words.text("trends.planFigcaption", ["caption": .text(caption)])
        svg = chart.svg.markup
        phoneSVG = chart.phoneSVG.markup
        embed = ChartEmbed(chart, links: fragments.links, site: fragments.graph.site)
        rows = counts.map { quarter, count in
            DistributionRow(
                label: words.text(quarter.name), url: fragments.links.url(.quarter, quarter.slug),
                counts: RAGCounts(count))
        }
    }

    static let fields = FieldTable<PlanDistribution>([
        .text("id", "`distribution-actions` or `distribution-measures`, for anchors.") { $0.id },
        .text("heading", "\"All actions\" or \"All measures\" (`trends.allActions`, `trends.allMeasures`).") {
            $0.heading
        },
        .html("svg", "The chart.") { $0.svg },
        .html("phoneSVG", "The chart drawn for a phone: the latest quarters, class `chart-phone`.") { $0.phoneSVG },
        .context("embed", "The chart as a file of its own and how to show it elsewhere (partials/use-chart).") {
            $0.embed
        },
        .text("caption", "What it shows, in words (`trends.actionsCaption`, `trends.measuresCaption`).") { $0.caption },
        .text("chartLabel", "What the chart's region is called (`trends.chartLabel`).") { $0.chartLabel },
        .text("figcaption", "The chart's caption, saying how to read it (`trends.planFigcaption`).") { $0.figcaption },
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

/// The latest report and its changes since the last report, for `partials/changes`.
final class TrendsLatest: TemplateContext {
    let label: String
    let url: String
    let since: LabelledLink
    let lead: String
    let groups: [ChangeGroup]

    /// Nil for the first report: there is no last report to compare it with.
    init?(_ quarter: Quarter, fragments: Fragments) {
        guard let previous = fragments.graph.previousReport(before: quarter.id) else { return nil }
        let words = fragments.words
        label = words.text(quarter.id.name)
        url = fragments.links.url(.quarter, quarter.id.slug)
        since = LabelledLink(label: words.text(previous.id.name), url: fragments.links.url(.quarter, previous.id.slug))
        lead = words.linkedSentence(
            "trends.changesLead",
            [
                "report": words.link(url, Message("common.reportLink", ["quarter": .message(quarter.id.name)])),
                "since": .link(since.url, words: since.label),
            ])
        groups = fragments.changeGroups(in: quarter.id)
    }

    static let fields = FieldTable<TrendsLatest>([
        .text("label", "The quarter.") { $0.label },
        .text("url", "Its report's address.") { $0.url },
        .context("since", "The last report before it: its label and address.") { $0.since },
        .html("lead", "What the changes are, linking both reports (`trends.changesLead`).") { $0.lead },
        .list("groups", "What changed, by kind.") { $0.groups },
        .flag("hasGroups", "Whether anything changed.") { !$0.groups.isEmpty },
    ])
}

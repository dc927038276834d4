import Foundation
import QuarterlyModel

/// A chart a page shows that is also a file of its own (`measures/<id>.svg`…): the
/// drawing, where the file is, the page it belongs to and the data behind it.
struct PublishedChart: Sendable {
    let file: SiteFile
    /// The drawing for the content column, which the file holds too.
    let svg: SVG
    /// The drawing for a phone (ChartLayout.phone), shown on the page below 52em; drawn
    /// when a page asks, since the chart's own file holds only the wide drawing.
    var phoneSVG: SVG { chart.drawn(.phone) }
    private let chart: any LaidOutChart
    let title: String
    let description: String
    /// The page that shows it.
    let page: String
    /// The files holding its figures, e.g. the measure's CSV, named in the site's words.
    let data: [(label: String, file: SiteFile)]
    /// The words of the site's language, for the "Use this chart" box and its snippet.
    let words: Catalogue

    init(
        file: SiteFile, chart: some LaidOutChart, page: String, data: [(label: String, file: SiteFile)],
        words: Catalogue
    ) {
        self.file = file
        svg = chart.drawn(.wide)
        self.chart = chart
        title = chart.title
        description = chart.description
        self.page = page
        self.data = data
        self.words = words
    }

    /// The standalone document, styled by the site's stylesheet.
    func document(language: String, styles: ChartStylesheet) -> String {
        ChartDocument(svg: svg, language: language).text(styles: styles)
    }
}

/// A page whose chart is also a file of its own (an action's, a measure's, a risk's): the
/// build writes the file with the page, from the page's drawing, instead of drawing it
/// again (`ChartFiles.declared(withItems:)`).
protocol ShowsChartFile {
    var chart: ChartFigure? { get }
}

extension ActionPage: ShowsChartFile {}
extension MeasurePage: ShowsChartFile {}
extension RiskPage: ShowsChartFile {}

/// Every chart of the site that is published as a file, declared once: the pages draw
/// theirs through these functions, and the build writes `all` as standalone SVG files,
/// so a page's chart and its file are the same drawing.
struct ChartFiles: Sendable {
    let graph: AssessedGraph
    let links: Links
    let words: Catalogue
    var models: ChartModels { ChartModels(graph: graph, words: words) }

    var all: [PublishedChart] { declared.compactMap { $0.make() } }

    private typealias ChartMaker = @Sendable (String) -> PublishedChart?

    /// Every chart that may be a file, each with the file's name, what it is drawn from
    /// (`ContentRead`, for the build cache) and how it is drawn (nil: the item has no chart).
    var declared: [(path: String, reads: @Sendable () -> [ContentRead], make: @Sendable () -> PublishedChart?)] {
        declared(withItems: true)
    }

    /// - Parameter withItems: whether to declare the actions', measures' and risks' charts,
    ///   which their pages draw anyway (`ShowsChartFile`): the build writes those with the pages.
    func declared(withItems: Bool) -> [(
        path: String, reads: @Sendable () -> [ContentRead], make: @Sendable () -> PublishedChart?
    )] {
        let charts = self
        let graph = graph
        var declared: [(path: String, reads: @Sendable () -> [ContentRead], make: @Sendable () -> PublishedChart?)] = []
        if withItems {
            // Each item's chart is drawn by one closure shared by all, given the item's id: a
            // closure per item holding its own copy of the item and of these declarations was
            // a few hundred bytes for every chart of a large site, held through the build.
            let (measure, action, risk): (ChartMaker, ChartMaker, ChartMaker) = (
                { charts.graph.measure($0).flatMap(charts.measure) },
                { charts.graph.action($0).flatMap(charts.action) },
                { charts.graph.risk($0).flatMap(charts.risk) }
            )
            // What each reads, likewise one closure for all, worked out when its key is.
            let reads: @Sendable (ContentKind, String) -> [ContentRead] = { kind, id in
                kind == .risk ? ContentRead.risk(id, in: graph) : ContentRead.item(kind, id, in: graph)
            }
            for item in graph.measures {
                let id = item.id
                declared.append(
                    ("measures/\(id).svg", { @Sendable in reads(.measure, id) }, { @Sendable in measure(id) }))
            }
            for item in graph.actions {
                let id = item.id
                declared.append(("actions/\(id).svg", { @Sendable in reads(.action, id) }, { @Sendable in action(id) }))
            }
            for item in graph.risks {
                let id = item.id
                declared.append(("risks/\(id).svg", { @Sendable in reads(.risk, id) }, { @Sendable in risk(id) }))
            }
        }
        declared += [
            (
                "risks/heat-map.svg", { @Sendable in [.everything] },
                { @Sendable in charts.graph.latestRiskQuarter.flatMap(charts.placedHeatMap) }
            ),
            ("trends/distribution-actions.svg", { @Sendable in [.everything] }, { @Sendable in charts.plan(.actions) }),
            (
                "trends/distribution-measures.svg", { @Sendable in [.everything] },
                { @Sendable in charts.plan(.measures) }
            ),
        ]
        for outcome in TrendsPage.outcomes(in: graph) {
            declared.append(
                (
                    "trends/distribution-\(outcome.id).svg",
                    { @Sendable in ContentRead.outcome(outcome.id, in: graph) },
                    { @Sendable in charts.outcome(outcome) }
                ))
        }
        return declared
    }

    func measure(_ measure: Measure) -> PublishedChart? {
        models.trend(for: measure).map {
            PublishedChart(
                file: SiteFile(path: "measures/\(measure.id).svg"), chart: $0, page: links.url(.measure, measure.id),
                data: [
                    (words["useChart.csv"], .measureCSV(measure.id)),
                    (words["useChart.json"], .measureJSON(measure.id)),
                ],
                words: words)
        }
    }

    func action(_ action: Action) -> PublishedChart? {
        models.timeline(for: action).map {
            PublishedChart(
                file: SiteFile(path: "actions/\(action.id).svg"), chart: $0, page: links.url(.action, action.id),
                data: [(words["useChart.csv"], .actionsCSV)], words: words)
        }
    }

    func risk(_ risk: Risk) -> PublishedChart? {
        models.scores(for: risk).map {
            PublishedChart(
                file: SiteFile(path: "risks/\(risk.id).svg"), chart: $0, page: links.url(.risk, risk.id),
                data: [(words["useChart.csv"], .risksCSV)], words: words)
        }
    }

    /// The register's heat map, for the quarter the risks page shows.
    func heatMap(in quarter: QuarterID) -> PublishedChart {
        let chart = models.heatMap(in: quarter)
        return PublishedChart(
            file: SiteFile(path: "risks/heat-map.svg"), chart: chart, page: links.url(.risks),
            data: [(words["useChart.csv"], .risksCSV)], words: words)
    }

    /// The heat map, when any risk has a likelihood and impact to place it (the page
    /// says why there is no map otherwise).
    func placedHeatMap(in quarter: QuarterID) -> PublishedChart? {
        models.riskPlacement(in: quarter).placed.isEmpty ? nil : heatMap(in: quarter)
    }

    enum PlanItems: String { case actions, measures }

    /// All actions', or all measures', RAG counts by report (a quarter of figures only
    /// would be a near-empty bar).
    func plan(_ items: PlanItems) -> PublishedChart? {
        let counts = graph.reports.map(\.id).map {
            ($0, items == .actions ? graph.actionCount(in: $0) : graph.measureCount(in: $0))
        }
        return models.distribution(
            id: "distribution-\(items.rawValue)",
            title: words[items == .actions ? "trends.actionsChartTitle" : "trends.measuresChartTitle"],
            counts: counts
        ).map {
            PublishedChart(
                file: SiteFile(path: "trends/distribution-\(items.rawValue).svg"), chart: $0, page: links.url(.trends),
                data: [(words["useChart.csv"], items == .actions ? .actionsCSV : .measuresCSV)], words: words)
        }
    }

    /// One outcome's actions and measures by RAG status, report by report.
    func outcome(_ outcome: Outcome) -> PublishedChart? {
        let heading = Fragments(graph: graph, links: links, words: words, searchable: false).outcomeHeading(outcome)
        let counts = graph.reports.map(\.id).map {
            ($0, graph.actionCount(under: outcome.id, in: $0) + graph.measureCount(under: outcome.id, in: $0))
        }
        return models.distribution(
            id: "distribution-\(outcome.id)",
            title: words.text("trends.outcomeChartTitle", ["outcome": .text(heading)]),
            counts: counts
        ).map {
            PublishedChart(
                file: SiteFile(path: "trends/distribution-\(outcome.id).svg"), chart: $0, page: links.url(.trends),
                data: [(words["useChart.actionsCSV"], .actionsCSV), (words["useChart.measuresCSV"], .measuresCSV)],
                words: words)
        }
    }
}

/// "Use this chart": the chart's file, its data, and an HTML snippet that shows it on
/// another site (an image with its text alternative, linked to its page, and a link to
/// its data), with absolute addresses when the site's host is known.
final class ChartEmbed: TemplateContext {
    let chart: PublishedChart
    let links: Links
    let organisation: String
    let licence: String

    init(_ chart: PublishedChart, links: Links, site: SiteConfig) {
        self.chart = chart
        self.links = links
        organisation = site.organisation
        licence = site.licence.name
    }

    func address(_ path: String) -> String { (links.origin ?? "") + path }

    var snippet: String {
        let size = ChartDocument(svg: chart.svg, language: "").size
        let data = chart.data.map {
            "<a href=\"\(SVG.escape(address(links.url(of: $0.file))))\">\(SVG.escape($0.label))</a>"
        }
        let credit = chart.words.text(
            Message(
                "useChart.credit",
                [
                    "organisation": .text(organisation), "data": .markup(data.joined(separator: ", ")),
                    "licence": .text(licence),
                ]), escaping: SVG.escape)
        return
            "<figure><a href=\"\(SVG.escape(address(chart.page)))\"><img src=\"\(SVG.escape(address(links.url(of: chart.file))))\" alt=\""
            + SVG.escape("\(chart.title). \(chart.description)") + "\""
            + (size.map { " width=\"\($0.width)\" height=\"\($0.height)\"" } ?? "") + "></a>"
            + "<figcaption>\(credit)</figcaption></figure>"
    }

    /// What the box says of the chart's file and data, with their links (`useChart.about`).
    var about: String {
        // The data's links side by side, as the box has always shown them.
        let data = chart.data.map { MessageArgument.linkMarkup(links.url(of: $0.file), words: $0.label) }
        return chart.words.linkedSentence(
            "useChart.about",
            [
                "file": chart.words.link(links.url(of: chart.file), "useChart.fileLink"),
                "data": .markup(data.joined(separator: " ")),
            ])
    }

    static let fields = FieldTable<ChartEmbed>([
        .text("id", "A name for the snippet's box, unique on the page.") {
            "embed-" + $0.chart.file.path.replacingCharacters("/.", with: "-")
        },
        .text("file", "The chart as an SVG file of its own.") { $0.links.url(of: $0.chart.file) },
        .list("data", "The files holding its figures.") { embed in
            embed.chart.data.map { LabelledLink(label: $0.label, url: embed.links.url(of: $0.file)) }
        },
        .text("snippet", "HTML that shows the chart on another site, linked to its page and data.") { $0.snippet },
        .html("about", "What the box says of the chart's file and its data, with their links (`useChart.about`).") {
            $0.about
        },
    ])
}

extension String {
    /// Each of `characters` replaced by `replacement`.
    fileprivate func replacingCharacters(_ characters: String, with replacement: String) -> String {
        String(map { characters.contains($0) ? Character(replacement) : $0 })
    }
}

/// Every published chart as a standalone SVG file, for the build and the preview.
public struct StandaloneCharts: Sendable {
    public let graph: AssessedGraph
    public let links: Links
    public let words: Catalogue

    public init(graph: AssessedGraph, links: Links, words: Catalogue) {
        self.graph = graph
        self.links = links
        self.words = words
    }

    /// - Parameter stylesheet: the site's stylesheet, whose chart rules each file carries.
    public func files(stylesheet: String) -> [(path: String, data: Data)] {
        Array(jobs(stylesheet: stylesheet).parallelMap { $0.make() }.joined())
    }

    /// Each chart file to make (none for an item without a chart), with what it reads.
    /// - Parameter withItems: false when the actions', measures' and risks' pages write
    ///   their charts' files (`SiteRenderer.files(of:charts:)`), drawn once for both.
    public func jobs(stylesheet: String, withItems: Bool = true) -> [OutputJob] {
        jobs(styles: ChartStylesheet(stylesheet), withItems: withItems)
    }

    package func jobs(styles: ChartStylesheet, withItems: Bool) -> [OutputJob] {
        let language = graph.site.language
        return ChartFiles(graph: graph, links: links, words: words).declared(withItems: withItems).map { chart in
            OutputJob(name: chart.path, readsWhenKeyed: chart.reads) {
                guard let drawn = chart.make() else { return [] }
                return [(path: drawn.file.path, data: Data(drawn.document(language: language, styles: styles).utf8))]
            }
        }
    }
}

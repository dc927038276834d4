import Foundation
import QuarterlyModel

/// `/measures/<id>/`: the definition, the trend chart, the values by quarter with the
/// reason for each RAG, and every quarter's commentary.
final class MeasurePage: TemplateContext {
    let measure: Measure
    let outcome: TitledLink
    let details: [Detail]
    let description: HTMLBlock?
    let current: MeasureStatus?
    let history: [MeasureHistoryRow]
    let comparatorNames: [ComparatorName]
    let chart: ChartFigure?
    let downloads: MeasureDownloads
    let risksAndRefs: RisksAndRefs
    let originsNote: TextValue?
    let dataset: DatasetMarkup?
    let words: Catalogue

    init(_ measure: Measure, fragments: Fragments) {
        let graph = fragments.graph
        let words = fragments.words
        self.measure = measure
        self.words = words
        outcome = fragments.outcomeLink(graph.outcome(measure.outcomeID)!)
        let reported = graph.quarters.compactMap { quarter in
            graph.measureUpdate(measure.id, in: quarter.id).map { (quarter, $0) }
        }
        history = reported.reversed().map { MeasureHistoryRow(measure, $0.0, $0.1, fragments: fragments) }
        current = reported.last.map { MeasureStatus($0.0, $0.1, fragments: fragments) }
        comparatorNames = measure.comparators.map(ComparatorName.init(name:))
        chart = fragments.chartFiles.measure(measure).map {
            fragments.figure(
                $0,
                caption: words.text("measure.chartName", ["ref": .text(measure.ref), "title": .text(measure.title)]))
        }
        downloads = MeasureDownloads(measure, licence: graph.site.licence, links: fragments.links, words: words)
        risksAndRefs = RisksAndRefs(of: measure.id, refs: graph.refHistory(ofMeasure: measure.id), fragments: fragments)
        details = Self.details(measure, site: graph.site, words: words)
        originsNote = fragments.originsNote(
            Set(reported.flatMap { [$0.1.ragSource.origin, $0.1.directionSource.origin].compactMap { $0 } }))
        description = fragments.markdown(measure.description, headingLevel: 3)
        dataset = SiteDatasets(graph: graph, links: fragments.links, words: words).measure(measure).map {
            DatasetMarkup(
                $0,
                spreadsheet: LabelledLink(
                    label: words["measure.spreadsheet"], url: fragments.links.url(of: .measuresWorkbook)),
                site: graph.site, links: fragments.links, words: words)
        }
    }

    /// The definition: unit, polarity, frequency, baseline, targets, tolerances, owner, source.
    private static func details(_ measure: Measure, site: SiteConfig, words: Catalogue) -> [Detail] {
        let unit = measure.unit
        let target = { (figure: Target) in
            measure.annualTarget
                ? words.text("measure.targetForYear", ["target": .text(unit.format(figure.text))])
                : unit.format(figure.text)
        }
        var details = [
            Detail(words["measure.unit"], words.text(unit.name)),
            Detail(words["measure.goodIs"], words.text(measure.polarity.name)),
            Detail(
                words["measure.frequency"],
                measure.seasonal
                    ? words.text("measure.seasonal", ["frequency": .message(measure.frequency.name)])
                    : words.text(measure.frequency.name)),
        ]
        if let baseline = measure.baseline {
            details.append(
                Detail(
                    words["measure.baseline"],
                    unit.format(baseline.text) + (measure.baselinePeriod.map { " (\($0))" } ?? "")))
        }
        if let figure = measure.target { details.append(Detail(words["table.target"], target(figure))) }
        for year in measure.targetsByYear.keys.sorted() {
            details.append(
                Detail(words.text("measure.targetIn", ["year": .text(year)]), target(measure.targetsByYear[year]!)))
        }
        details.append(
            Detail(
                words["measure.tolerances"], words.text((measure.tolerances ?? site.tolerances).sentence(unit: unit))))
        if let directorate = measure.directorate { details.append(Detail(words["measure.directorate"], directorate)) }
        if let source = measure.source { details.append(Detail(words["measure.source"], source)) }
        return details
    }

    static func content(for measure: Measure, _ fragments: Fragments) -> PageContent<MeasurePage> {
        let page = MeasurePage(measure, fragments: fragments)
        let words = fragments.words
        let item: [String: MessageArgument] = ["ref": .text(measure.ref), "title": .text(measure.title)]
        return PageContent(
            body: page,
            title: page.current.map { words.text("item.titleAt", item.merging(["quarter": .text($0.quarter)]) { $1 }) }
                ?? "\(measure.ref) \(measure.title)",
            crumbs: fragments.outcomeCrumbs(measure.outcomeID), current: measure.ref, section: "outcomes",
            sourcePath: measure.sourcePath, description: words.text("measure.description", item))
    }

    static let fields = FieldTable<MeasurePage>(
        [
            .context("definition", "What its file says, key by key, as text (docs/fields.md lists the keys).") {
                MeasureDefinition($0.measure)
            },
            .text("ref", "The measure's ref in the latest plan.") { $0.measure.ref },
            .text("title", "Its title.") { $0.measure.title },
            .context("outcome", "The outcome it measures.") { $0.outcome },
            .html("measuresProgressOn", "\"Measures progress on\" its outcome, linked (`measure.measuresProgressOn`).")
            {
                $0.words.text(
                    Message("measure.measuresProgressOn", ["outcome": .markup($0.outcome.link)]),
                    escaping: HTMLText.escape)
            },
            .text("chartLabel", "The name of the chart's region (`item.chartLabel`), when there is a chart.") { page in
                page.chart.map { page.words.text("item.chartLabel", ["caption": .text($0.caption ?? "")]) }
            },
            .text("chartCaption", "What the chart shows and how (`measure.chartCaption`), when there is a chart.") {
                page in
                page.chart.map { page.words.text("measure.chartCaption", ["caption": .text($0.caption ?? "")]) }
            },
            .text("tableLabel", "The name of the values table's region (`measure.tableLabel`).") {
                $0.words.text("measure.tableLabel", ["ref": .text($0.measure.ref)])
            },
            .text("tableCaption", "The values table's caption (`measure.tableCaption`).") {
                $0.words.text("measure.tableCaption", ["ref": .text($0.measure.ref)])
            },
            .context("current", "Its latest reported value and status, when it has been reported.") { $0.current },
            .context("description", "Its description, when written.") { $0.description },
            .list("details", "Its unit, polarity, frequency, baseline, targets, tolerances, directorate, source.") {
                $0.details
            },
            .context("chart", "Its values by quarter against target, when any value is reported.") { $0.chart },
            .context(
                "dataset",
                "Its values as a dataset: schema.org markup and every measure's spreadsheet (partials/dataset), when reported."
            ) { $0.dataset },
            .list("comparatorNames", "The comparators it is shown against, for the table's columns.") {
                $0.comparatorNames
            },
            .flag("hasComparators", "Whether it has any.") { !$0.comparatorNames.isEmpty },
            .list("history", "Every quarter's value, status and commentary, newest first.") { $0.history },
            .flag("hasHistory", "Whether it has been reported.") { !$0.history.isEmpty },
            .context("originsNote", "What (reported) and (computed) beside its statuses mean, when any is marked.") {
                $0.originsNote
            },
            .context("downloads", "Its values as open data.") { $0.downloads },
        ] + RisksAndRefs.fields { $0.risksAndRefs })
}

/// A comparator's name, heading a column of the values table.
struct ComparatorName: TemplateContext {
    let name: String

    static let fields = FieldTable<ComparatorName>([.text("name", "e.g. \"England\".") { $0.name }])
}

/// A measure's open data files.
final class MeasureDownloads: TemplateContext {
    let id: String
    let licence: Licence
    let links: Links
    let sentence: String

    init(_ measure: Measure, licence: Licence, links: Links, words: Catalogue) {
        id = measure.id
        self.licence = licence
        self.links = links
        let link = { (url: String, label: String, download: Bool) in
            MessageArgument.markup(
                "<a href=\"\(HTMLText.escape(url))\"\(download ? " download" : "")>\(HTMLText.escape(label))</a>")
        }
        sentence = words.text(
            Message(
                "measure.downloadSentence",
                [
                    "ref": .text(measure.ref),
                    "csv": link(links.url(of: .measureCSV(measure.id)), words["measure.csv"], true),
                    "json": link(links.url(of: .measureJSON(measure.id)), words["measure.json"], true),
                    "licence": link(licence.url, licence.name, false),
                ]), escaping: HTMLText.escape)
    }

    static let fields = FieldTable<MeasureDownloads>([
        .html(
            "sentence",
            "Every quarter's values for the measure, with links to its CSV, JSON and licence (`measure.downloadSentence`)."
        ) { $0.sentence },
        .text("csv", "Its values by quarter as CSV.") { $0.links.url(of: .measureCSV($0.id)) },
        .text("json", "The same as JSON.") { $0.links.url(of: .measureJSON($0.id)) },
        .text("licenceName", "The open data licence's name.") { $0.licence.name },
        .text("licenceURL", "Its address.") { $0.licence.url },
    ])
}

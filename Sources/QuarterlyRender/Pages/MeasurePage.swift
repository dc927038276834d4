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

    init(_ measure: Measure, fragments: Fragments) {
        let graph = fragments.graph
        self.measure = measure
        outcome = fragments.outcomeLink(graph.outcome(measure.outcomeID)!)
        let reported = graph.quarters.compactMap { quarter in
            graph.measureUpdate(measure.id, in: quarter.id).map { (quarter, $0) }
        }
        history = reported.reversed().map { MeasureHistoryRow(measure, $0.0, $0.1, fragments: fragments) }
        current = reported.last.map { MeasureStatus($0.0, $0.1, fragments: fragments) }
        comparatorNames = measure.comparators.map(ComparatorName.init(name:))
        chart = fragments.chartFiles.measure(measure).map {
            fragments.figure($0, caption: "\(measure.ref) \(measure.title), values by quarter")
        }
        downloads = MeasureDownloads(measure.id, licence: graph.site.licence, links: fragments.links)
        risksAndRefs = RisksAndRefs(of: measure.id, refs: graph.refHistory(ofMeasure: measure.id), fragments: fragments)
        details = Self.details(measure, site: graph.site, words: fragments.words)
        originsNote = fragments.originsNote(
            Set(reported.flatMap { [$0.1.ragSource.origin, $0.1.directionSource.origin].compactMap { $0 } }))
        description = fragments.markdown(measure.description, headingLevel: 3)
        dataset = SiteDatasets(graph: graph, links: fragments.links).measure(measure).map {
            DatasetMarkup(
                $0,
                spreadsheet: LabelledLink(
                    label: "every measure by quarter (Excel, .xlsx)", url: fragments.links.url(of: .measuresWorkbook)),
                site: graph.site, links: fragments.links, words: fragments.words)
        }
    }

    /// The definition: unit, polarity, frequency, baseline, targets, tolerances, owner, source.
    private static func details(_ measure: Measure, site: SiteConfig, words: Catalogue) -> [Detail] {
        let unit = measure.unit
        let forYear = measure.annualTarget ? " for the whole year" : ""
        var details = [
            Detail("Unit", words.text(unit.name)), Detail("Good is", words.text(measure.polarity.name)),
            Detail(
                "Frequency",
                words.text(measure.frequency.name)
                    + (measure.seasonal ? " (compared with the same quarter last year)" : "")),
        ]
        if let baseline = measure.baseline {
            details.append(
                Detail("Baseline", unit.format(baseline.text) + (measure.baselinePeriod.map { " (\($0))" } ?? "")))
        }
        if let target = measure.target { details.append(Detail("Target", unit.format(target.text) + forYear)) }
        for year in measure.targetsByYear.keys.sorted() {
            details.append(Detail("Target \(year)", unit.format(measure.targetsByYear[year]!.text) + forYear))
        }
        details.append(
            Detail("RAG tolerances", words.text((measure.tolerances ?? site.tolerances).sentence(unit: unit))))
        if let directorate = measure.directorate { details.append(Detail("Directorate", directorate)) }
        if let source = measure.source { details.append(Detail("Source", source)) }
        return details
    }

    static func content(for measure: Measure, _ fragments: Fragments) -> PageContent<MeasurePage> {
        let page = MeasurePage(measure, fragments: fragments)
        let latest = page.current.map { " — " + $0.quarter } ?? ""
        return PageContent(
            body: page, title: "\(measure.ref) \(measure.title)\(latest)",
            crumbs: fragments.outcomeCrumbs(measure.outcomeID), current: measure.ref, section: "outcomes",
            sourcePath: measure.sourcePath,
            description:
                "Measure \(measure.ref): \(measure.title). Its values, targets, RAG status and direction of travel by quarter."
        )
    }

    static let fields = FieldTable<MeasurePage>(
        [
            .context("definition", "What its file says, key by key, as text (docs/fields.md lists the keys).") {
                MeasureDefinition($0.measure)
            },
            .text("ref", "The measure's ref in the latest plan.") { $0.measure.ref },
            .text("title", "Its title.") { $0.measure.title },
            .context("outcome", "The outcome it measures.") { $0.outcome },
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

    init(_ id: String, licence: Licence, links: Links) {
        self.id = id
        self.licence = licence
        self.links = links
    }

    static let fields = FieldTable<MeasureDownloads>([
        .text("csv", "Its values by quarter as CSV.") { $0.links.url(of: .measureCSV($0.id)) },
        .text("json", "The same as JSON.") { $0.links.url(of: .measureJSON($0.id)) },
        .text("licenceName", "The open data licence's name.") { $0.licence.name },
        .text("licenceURL", "Its address.") { $0.licence.url },
    ])
}

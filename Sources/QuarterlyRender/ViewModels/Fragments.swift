import Foundation
import QuarterlyMarkdown
import QuarterlyModel

/// What page builders share: the graph, the links, and the sentences and pieces that
/// several pages show (a measure's figure and the reason for its RAG, Markdown, outcome
/// headings and links).
struct Fragments {
    let graph: AssessedGraph
    let links: Links
    /// The words of the site's language: every sentence and label a page builds.
    let words: Catalogue
    /// The base path of the site's default language: where the files every language
    /// shares are (Pagefind's index); the same as `links.base` for a site in one language.
    var siteRoot: String = ""
    /// Whether the site is indexed for search (the search page's one question).
    var searchable = false
    /// The reports the build printed to PDF, for their quarter pages' links.
    var printed: [QuarterID: PrintedReport] = [:]
    /// Each update's commentary rendered once for every place that shows it.
    var commentary = RenderedCommentary()
    /// The owners of the latest report's items (`AssessedGraph.owners(in:)`, worked out
    /// once per graph, when a page first shows them: a preview reload of a page that does
    /// not reads no report for them): each owner's page finds its own among them.
    var latestOwners: [OwnerItems] { graph.latestReport.map { graph.owners(in: $0.id) } ?? [] }
    var charts: ChartModels { ChartModels(graph: graph, words: words) }
    var chartFiles: ChartFiles { ChartFiles(graph: graph, links: links, words: words) }

    /// A published chart as a page shows it, with its "Use this chart" box.
    func figure(_ chart: PublishedChart, caption: String? = nil) -> ChartFigure {
        ChartFigure(
            svg: chart.svg.markup, phoneSVG: chart.phoneSVG.markup, caption: caption,
            embed: ChartEmbed(chart, links: links, site: graph.site))
    }

    /// Why a measure has the RAG it shows, in plain sentences (`explanation.*`).
    func ragExplanation(_ update: AssessedMeasureUpdate) -> String {
        let computed: MessageArgument = .message(update.computedRAG.explanation)
        switch update.ragSource {
        case .computed, .none:
            return words.text(update.computedRAG.explanation)
        case .overridden:
            let status: MessageArgument = .message(update.rag!.name)
            return words.text(
                update.ragReason.map {
                    Message(
                        "explanation.overriddenWithReason",
                        ["status": status, "reason": .text($0), "computed": computed])
                } ?? Message("explanation.overridden", ["status": status, "computed": computed]))
        case .stated:
            return words.text("explanation.stated", ["status": .message(update.rag!.name), "computed": computed])
        }
    }

    /// The computed direction's sentence, or a note when the stated one differs.
    func directionExplanation(_ update: AssessedMeasureUpdate) -> String? {
        guard let computed = update.computedDirection else { return nil }
        if let stated = update.statedDirection, stated != computed.direction {
            return words.text(
                "explanation.directionStated",
                [
                    "direction": .message(Message("directionInSentence." + stated.rawValue)),
                    "computed": .message(computed.explanation),
                ])
        }
        return words.text(computed.explanation)
    }

    /// The legend of the marks beside the statuses on an item's page, for those it has.
    func originsNote(_ origins: Set<StatusOrigin>) -> TextValue? {
        let organisation: [String: MessageArgument] = ["organisation": .text(graph.site.organisation)]
        let key: String
        switch (origins.contains(.reported), origins.contains(.computed)) {
        case (true, true): key = "origins.both"
        case (true, false): key = "origins.reported"
        case (false, true): key = "origins.computed"
        case (false, false): return nil
        }
        return TextValue(text: words.text(key, organisation))
    }

    /// The figure as shown: the officer's display text, or the value with its unit, or
    /// "No data" (`measure.noData`).
    func valueText(_ update: AssessedMeasureUpdate) -> String {
        if let display = update.display { return display }
        guard let value = update.value, let measure = graph.measure(update.measureID) else {
            return words["measure.noData"]
        }
        return measure.unit.format(value.text)
    }

    /// Markdown rendered, or nothing when empty: a section `{{#x}}{{{html}}}{{/x}}`.
    func markdown(_ source: String, headingLevel: Int) -> HTMLBlock? {
        HTMLBlock(Markdown.html(source.trimmed(), headingLevel: headingLevel))
    }

    /// An update's commentary, rendered once for every place that shows it, or nothing when empty.
    func commentary(of update: AssessedActionUpdate, headingLevel: Int) -> HTMLBlock? {
        HTMLBlock(commentary.html(of: update, headingLevel: headingLevel))
    }

    func commentary(of update: AssessedMeasureUpdate, headingLevel: Int) -> HTMLBlock? {
        HTMLBlock(commentary.html(of: update, headingLevel: headingLevel))
    }

    /// "Outcome 1: People in Cumbria are healthy and safe" (`common.outcomeHeading`).
    /// With a quarter, the outcome is numbered as in that quarter's plan.
    func outcomeHeading(_ outcome: Outcome, in quarter: QuarterID? = nil) -> String {
        let ref = quarter.map(outcome.ref(in:)) ?? outcome.ref
        if outcome.parentID == nil, let ref {
            return words.text("common.outcomeHeading", ["ref": .text(ref), "title": .text(outcome.title)])
        }
        return outcome.title
    }

    /// An outcome's heading (numbered as in `quarter`'s plan, when given) and page.
    func outcomeLink(_ outcome: Outcome, in quarter: QuarterID? = nil) -> TitledLink {
        TitledLink(title: outcomeHeading(outcome, in: quarter), url: links.url(.outcome, outcome.id))
    }

    /// Breadcrumb trail through an outcome's ancestors.
    func outcomeCrumbs(_ outcomeID: String) -> [LabelledLink] {
        graph.lineage(of: outcomeID).map { LabelledLink(label: outcomeHeading($0), url: links.url(.outcome, $0.id)) }
    }
}

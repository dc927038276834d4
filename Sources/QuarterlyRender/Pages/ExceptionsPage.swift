import QuarterlyModel

/// `/exceptions/`: the view by exception: every action and measure that was Red, or whose
/// direction of travel was Declining, in the latest report, with their summary.
final class ExceptionsPage: TemplateContext {
    let report: LabelledLink?
    let lead: String?
    let summary: SummaryContext?
    let tables: ItemTables
    let itemCount: Int
    let reportCount: Int

    init(fragments: Fragments) {
        let graph = fragments.graph
        guard let quarter = graph.latestReport?.id else {
            (report, lead, summary, itemCount, reportCount) = (nil, nil, nil, 0, 0)
            tables = ItemTables(actions: [], measures: [], actionCaption: "", measureCaption: "")
            return
        }
        let words = fragments.words
        let name = MessageArgument.message(quarter.name)
        report = LabelledLink(label: words.text(quarter.name), url: fragments.links.url(.quarter, quarter.slug))
        let all = graph.summary(of: quarter)
        let exceptions = ReportSummary(quarter: quarter, items: all.exceptions)
        reportCount = all.items.count
        itemCount = exceptions.items.count
        lead = words.linkedSentence(
            "exceptions.lead",
            [
                "link": words.link(
                    fragments.links.url(.quarter, quarter.slug), Message("common.reportLink", ["quarter": name])),
                "items": .count(itemCount), "count": .count(reportCount),
            ])
        // The page lists them all, so the summary's lists point nowhere else.
        summary =
            exceptions.items.isEmpty
            ? nil
            : SummaryContext(
                exceptions, heading: words["exceptions.summaryHeading"], id: "summary", more: nil,
                fragments: fragments)
        tables = ItemTables(
            exceptions.items, in: quarter, caption: words.text("exceptions.tablesCaption", ["quarter": name]),
            fragments: fragments)
    }

    static func content(_ fragments: Fragments) -> PageContent<ExceptionsPage> {
        let words = fragments.words
        return PageContent(
            body: ExceptionsPage(fragments: fragments), title: words["exceptions.title"],
            current: words["nav.exceptions"],
            section: "exceptions",
            description: words.text("exceptions.description", ["title": .text(fragments.graph.site.title)]))
    }

    static let fields = FieldTable<ExceptionsPage>(
        [
            .context("report", "The latest report: its label and address, when there is one.") { $0.report },
            .html(
                "lead",
                "What the page lists, with the link to the report and how many of its items are listed (`exceptions.lead`)."
            ) { $0.lead },
            .context("summary", "The red or declining items in brief (`partials/summary`), when there are any.") {
                $0.summary
            },
            .number("itemCount", "How many items are Red or Declining.") { $0.itemCount },
            .number("reportCount", "How many items the report has.") { $0.reportCount },
            .flag("hasItems", "Whether any item is Red or Declining.") { $0.itemCount > 0 },
        ] + ItemTables.fields { $0.tables })
}

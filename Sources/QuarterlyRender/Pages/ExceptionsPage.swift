import QuarterlyModel

/// `/exceptions/`: the view by exception: every action and measure that was Red, or whose
/// direction of travel was Declining, in the latest report, with their summary.
final class ExceptionsPage: TemplateContext {
    let report: LabelledLink?
    let summary: SummaryContext?
    let tables: ItemTables
    let itemCount: Int
    let reportCount: Int

    init(fragments: Fragments) {
        let graph = fragments.graph
        guard let quarter = graph.latestReport?.id else {
            (report, summary, itemCount, reportCount) = (nil, nil, 0, 0)
            tables = ItemTables(actions: [], measures: [], actionCaption: "", measureCaption: "")
            return
        }
        report = LabelledLink(label: quarter.label, url: fragments.links.url(.quarter, quarter.slug))
        let all = graph.summary(of: quarter)
        let exceptions = ReportSummary(quarter: quarter, items: all.exceptions)
        reportCount = all.items.count
        itemCount = exceptions.items.count
        // The page lists them all, so the summary's lists point nowhere else.
        summary =
            exceptions.items.isEmpty
            ? nil
            : SummaryContext(
                exceptions, heading: "Red or declining in brief", id: "summary", more: nil, fragments: fragments)
        tables = ItemTables(
            exceptions.items, in: quarter, caption: "red or declining, \(quarter.label)", fragments: fragments)
    }

    static func content(_ fragments: Fragments) -> PageContent<ExceptionsPage> {
        PageContent(
            body: ExceptionsPage(fragments: fragments), title: "Red or declining", current: "Red or declining",
            section: "exceptions",
            description:
                "Every action and measure in \(fragments.graph.site.title) that was Red or declining in the latest report."
        )
    }

    static let fields = FieldTable<ExceptionsPage>(
        [
            .context("report", "The latest report: its label and address, when there is one.") { $0.report },
            .context("summary", "The red or declining items in brief (`partials/summary`), when there are any.") {
                $0.summary
            },
            .number("itemCount", "How many items are Red or Declining.") { $0.itemCount },
            .number("reportCount", "How many items the report has.") { $0.reportCount },
            .flag("hasItems", "Whether any item is Red or Declining.") { $0.itemCount > 0 },
        ] + ItemTables.fields { $0.tables })
}

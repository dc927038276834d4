import QuarterlyModel

/// `/owners/<slug>/`: one directorate, portfolio holder or lead officer: the items they
/// answer for in the latest report, in brief and in the report's tables.
final class OwnerPage: TemplateContext {
    let name: String
    let roles: String
    let report: LabelledLink
    let summary: SummaryContext
    let tables: ItemTables

    init(_ owner: OwnerItems, in quarter: QuarterID, fragments: Fragments) {
        name = owner.name
        roles = fragments.words.list(owner.roles.map { fragments.words.text($0.name) })
        report = LabelledLink(label: quarter.label, url: fragments.links.url(.quarter, quarter.slug))
        // The page lists every item, so the summary's lists point nowhere else.
        summary = SummaryContext(
            ReportSummary(quarter: quarter, items: owner.items), heading: "In brief", id: "summary", more: nil,
            fragments: fragments)
        tables = ItemTables(owner.items, in: quarter, caption: "\(owner.name), \(quarter.label)", fragments: fragments)
    }

    /// The owner with that address in the latest report.
    static func owner(_ slug: String, in fragments: Fragments) -> (OwnerItems, QuarterID)? {
        guard let quarter = fragments.graph.latestReport?.id else { return nil }
        return fragments.latestOwners.first { $0.slug == slug }.map { ($0, quarter) }
    }

    static func content(for slug: String, _ fragments: Fragments) -> PageContent<OwnerPage> {
        let (owner, quarter) = owner(slug, in: fragments)!
        let page = OwnerPage(owner, in: quarter, fragments: fragments)
        return PageContent(
            body: page, title: "\(owner.name): \(quarter.label)",
            crumbs: [LabelledLink(label: "By owner", url: fragments.links.url(.owners))], current: owner.name,
            section: "owners",
            description:
                "What \(owner.name) (\(page.roles.lowercased())) answers for, and how it stood in \(quarter.label).")
    }

    static let fields = FieldTable<OwnerPage>(
        [
            .text("name", "The owner, as the content names them.") { $0.name },
            .text("roles", "Their roles, e.g. \"Lead officer\" or \"Portfolio holder and Lead officer\".") {
                $0.roles
            },
            .context("report", "The latest report: its label and address.") { $0.report },
            .context("summary", "Their items in brief (`partials/summary`).") { $0.summary },
        ] + ItemTables.fields { $0.tables })
}

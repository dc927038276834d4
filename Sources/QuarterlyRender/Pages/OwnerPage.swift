import QuarterlyModel

/// `/owners/<slug>/`: one directorate, portfolio holder or lead officer: the items they
/// answer for in the latest report, in brief and in the report's tables.
final class OwnerPage: TemplateContext {
    let name: String
    let roles: String
    let report: LabelledLink
    let lead: String
    let summary: SummaryContext
    let tables: ItemTables

    init(_ owner: OwnerItems, in quarter: QuarterID, fragments: Fragments) {
        let words = fragments.words
        let name = MessageArgument.message(quarter.name)
        self.name = owner.name
        roles = words.list(owner.roles.map { words.text($0.name) })
        report = LabelledLink(label: words.text(quarter.name), url: fragments.links.url(.quarter, quarter.slug))
        lead = words.linkedSentence(
            "owner.lead",
            [
                "roles": .text(roles), "owner": .text(owner.name),
                "link": words.link(report.url, Message("common.reportLink", ["quarter": name])),
            ])
        // The page lists every item, so the summary's lists point nowhere else.
        summary = SummaryContext(
            ReportSummary(quarter: quarter, items: owner.items), heading: words["owner.summaryHeading"], id: "summary",
            more: nil, fragments: fragments)
        tables = ItemTables(
            owner.items, in: quarter,
            caption: words.text("owner.tablesCaption", ["owner": .text(owner.name), "quarter": name]),
            fragments: fragments)
    }

    /// The owner with that address in the latest report.
    static func owner(_ slug: String, in fragments: Fragments) -> (OwnerItems, QuarterID)? {
        guard let quarter = fragments.graph.latestReport?.id else { return nil }
        return fragments.latestOwners.first { $0.slug == slug }.map { ($0, quarter) }
    }

    static func content(for slug: String, _ fragments: Fragments) -> PageContent<OwnerPage> {
        let (owner, quarter) = owner(slug, in: fragments)!
        let page = OwnerPage(owner, in: quarter, fragments: fragments)
        let words = fragments.words
        let name = MessageArgument.message(quarter.name)
        return PageContent(
            body: page, title: words.text("owner.title", ["owner": .text(owner.name), "quarter": name]),
            crumbs: [LabelledLink(label: words["nav.owners"], url: fragments.links.url(.owners))], current: owner.name,
            section: "owners",
            description: words.text(
                "owner.description",
                ["owner": .text(owner.name), "roles": .text(page.roles.lowercased()), "quarter": name]))
    }

    static let fields = FieldTable<OwnerPage>(
        [
            .text("name", "The owner, as the content names them.") { $0.name },
            .text("roles", "Their roles, e.g. \"Lead officer\" or \"Portfolio holder and Lead officer\".") {
                $0.roles
            },
            .context("report", "The latest report: its label and address.") { $0.report },
            .html("lead", "Their roles and what the page lists, with the link to the report (`owner.lead`).") {
                $0.lead
            },
            .context("summary", "Their items in brief (`partials/summary`).") { $0.summary },
        ] + ItemTables.fields { $0.tables })
}

import QuarterlyModel

/// The site's pages, each kind declared once. A new kind of page is a page file (its
/// context type and builder), one entry here, its template and its section in the docs.
extension PageKind {
    /// Every kind, in the order the build lists them and the sitemap shows them.
    public static let all: [PageKind] = [
        .home, .quarters, .trends, .aToZ, .search, .accessibility, .notFound, .quarter, .outcome, .action, .measure,
        .risks, .risk, .exceptions, .owners, .owner,
    ]

    public static let home = PageKind(
        name: "home",
        summary: "The latest report in brief (its summary), at a glance, and what changed since the last report.",
        url: "",
        template: "home", reads: [.figures], build: HomePage.content)

    public static let quarters = PageKind(
        name: "quarters", summary: "Every report, newest first (a quarter of figures only is not a report).",
        url: "quarters/", template: "quarters",
        reads: [.figures], build: QuartersPage.content)

    public static let trends = PageKind(
        name: "trends",
        summary:
            "RAG statuses over time (reports only), every item by quarter, and what changed in the latest report since the last.",
        url: "trends/", template: "trends", reads: [.figures],
        parts: PageParts(
            list: "outcomes", partial: "partials/trends-outcome",
            count: { graph, _ in TrendsPage.outcomes(in: graph).count }),
        build: TrendsPage.content)

    public static let aToZ = PageKind(
        name: "a-z", summary: "Every action and measure by title, A to Z, with the views by exception and by owner.",
        url: "a-z/", template: "a-z",
        reads: [.figures], build: AToZPage.content)

    public static let search = PageKind(
        name: "search", summary: "Pagefind's search box, or a pointer to the A to Z when the site is not indexed.",
        url: "search/", template: "search", inSitemap: false, inSearch: false,
        reads: [.figures], build: SearchPage.content)

    public static let accessibility = PageKind(
        name: "accessibility", summary: "The accessibility statement, filled in from site.yml.", url: "accessibility/",
        template: "accessibility",
        reads: [.figures], build: AccessibilityPage.content)

    /// Its address is the home page's: it is shown at any address the site lacks.
    public static let notFound = PageKind(
        name: "404", summary: "What a web server shows for an address the site lacks.", url: "", file: "404.html",
        template: "404", inSitemap: false, inSearch: false,
        reads: [.figures], build: NotFoundPage.content)

    public static let quarter = PageKind(
        name: "quarter",
        summary:
            "A quarter's full report, shaped like the printed ones and opening with its summary; for a quarter of figures only, its figures.",
        url: "quarters/{id}/",
        template: "quarter", each: { $0.quarters.map(\.id.slug) },
        lastModified: { graph, slug in Sitemap.newestReport(of: [QuarterID(slug)!], in: graph) },
        reads: { _, slug in [.quartersThrough(QuarterID(slug)!), .printedReport(QuarterID(slug)!)] },
        parts: PageParts(
            list: "outcomes", partial: "partials/report-outcome",
            count: { graph, slug in
                let q = QuarterID(slug!)!
                return ReportOutcome.reported(in: q, plan: graph.plan(in: q), graph: graph).count
            },
            itemReads: { graph, slug in
                let q = QuarterID(slug!)!
                let plan = graph.plan(in: q)
                let outcomes = ReportOutcome.reported(in: q, plan: plan, graph: graph).map(\.id)
                return PageParts.ItemReads(count: outcomes.count) {
                    ContentRead.reportOutcome(outcomes[$0], plan: plan, quarter: q, in: graph)
                }
            }),
        build: { fragments, slug in QuarterPage.content(for: fragments.graph.quarter(QuarterID(slug)!)!, fragments) })

    public static let outcome = PageKind(
        name: "outcome", summary: "An outcome with its supporting outcomes, actions, measures and commentary.",
        url: "outcomes/{id}/", template: "outcome", each: { $0.outcomes.map(\.id) },
        lastModified: { graph, _ in Sitemap.newestReport(in: graph) },
        reads: { graph, id in ContentRead.outcome(id, in: graph) },
        build: { fragments, id in OutcomePage.content(for: fragments.graph.outcome(id)!, fragments) })

    public static let action = PageKind(
        name: "action", summary: "An action: its definition, current status, status by quarter and commentary.",
        url: "actions/{id}/", template: "action", each: { $0.actions.map(\.id) },
        lastModified: { graph, id in Sitemap.newestReport(of: graph.actionHistory(id).map(\.quarter), in: graph) },
        reads: { graph, id in ContentRead.item(.action, id, in: graph) },
        build: { fragments, id in ActionPage.content(for: fragments.graph.action(id)!, fragments) })

    public static let measure = PageKind(
        name: "measure", summary: "A measure: its definition, trend chart, values by quarter and commentary.",
        url: "measures/{id}/", template: "measure", each: { $0.measures.map(\.id) },
        lastModified: { graph, id in Sitemap.newestReport(of: graph.measureHistory(id).map(\.quarter), in: graph) },
        reads: { graph, id in ContentRead.item(.measure, id, in: graph) },
        build: { fragments, id in MeasurePage.content(for: fragments.graph.measure(id)!, fragments) })

    public static let risks = PageKind(
        name: "risks", summary: "The risk and opportunity register with its heat map, when the site has risks.",
        url: "risks/", template: "risks", when: { !$0.risks.isEmpty },
        reads: [.figures], build: RisksPage.content)

    public static let risk = PageKind(
        name: "risk", summary: "A risk or opportunity: its scores over time and commentary.", url: "risks/{id}/",
        template: "risk", each: { $0.risks.map(\.id) },
        lastModified: { graph, _ in Sitemap.newestReport(in: graph) },
        reads: { graph, id in ContentRead.risk(id, in: graph) },
        build: { fragments, id in RiskPage.content(for: fragments.graph.risk(id)!, fragments) })

    public static let exceptions = PageKind(
        name: "exceptions", summary: "Everything Red or Declining in the latest report, in brief and in full.",
        url: "exceptions/", template: "exceptions", when: { $0.latestReport != nil },
        build: ExceptionsPage.content)

    public static let owners = PageKind(
        name: "owners",
        summary:
            "The directorates, portfolio holders and lead officers of the latest report's items, with how they stand.",
        url: "owners/", template: "owners",
        when: { graph in graph.latestReport.map { graph.hasOwners(in: $0.id) } ?? false },
        reads: [.figures], build: OwnersPage.content)

    public static let owner = PageKind(
        name: "owner", summary: "One owner's actions and measures in the latest report, in brief and in full.",
        url: "owners/{id}/", template: "owner",
        each: { graph in graph.latestReport.map { graph.owners(in: $0.id).map(\.slug) } ?? [] },
        lastModified: { graph, _ in Sitemap.newestReport(of: graph.latestReport.map { [$0.id] } ?? [], in: graph) },
        reads: { graph, slug in ContentRead.owner(slug, in: graph) },
        build: { fragments, slug in OwnerPage.content(for: slug, fragments) })
}

import QuarterlyModel

/// The site's pages, each kind declared once. A new kind of page is a page file (its
/// context type and builder), one entry here, its template and its section in the docs.
extension PageKind {
    /// Every kind, in the order the build lists them and the sitemap shows them.
    public static let all: [PageKind] = [
        .home, .quarters, .trends, .aToZ, .search, .accessibility, .notFound, .quarter, .outcome, .action, .measure,
        .risks, .risk,
    ]

    public static let home = PageKind(
        name: "home", url: "", template: "home", build: { HomePage(fragments: $0).content() })

    public static let quarters = PageKind(
        name: "quarters", url: "quarters/", template: "quarters", build: { QuartersPage(fragments: $0).content() })

    public static let trends = PageKind(
        name: "trends", url: "trends/", template: "trends", build: { TrendsPage(fragments: $0).content() })

    public static let aToZ = PageKind(
        name: "a-z", url: "a-z/", template: "a-z", build: { AToZPage(fragments: $0).content() })

    public static let search = PageKind(
        name: "search", url: "search/", template: "search", inSitemap: false,
        build: { SearchPage(fragments: $0).content() })

    public static let accessibility = PageKind(
        name: "accessibility", url: "accessibility/", template: "accessibility",
        build: { AccessibilityPage(fragments: $0).content() })

    /// Its address is the home page's: it is shown at any address the site lacks.
    public static let notFound = PageKind(
        name: "404", url: "", file: "404.html", template: "404", inSitemap: false,
        build: { NotFoundPage(fragments: $0).content() })

    public static let quarter = PageKind(
        name: "quarter", url: "quarters/{id}/", template: "quarter", each: { $0.quarters.map(\.id.slug) },
        lastModified: { graph, slug in Sitemap.newestReport(of: [QuarterID(slug)!], in: graph) },
        build: { fragments, slug in
            QuarterPage(fragments: fragments).content(for: fragments.graph.quarter(QuarterID(slug)!)!)
        })

    public static let outcome = PageKind(
        name: "outcome", url: "outcomes/{id}/", template: "outcome", each: { $0.outcomes.map(\.id) },
        lastModified: { graph, _ in Sitemap.newestReport(in: graph) },
        build: { fragments, id in OutcomePage(fragments: fragments).content(for: fragments.graph.outcome(id)!) })

    public static let action = PageKind(
        name: "action", url: "actions/{id}/", template: "action", each: { $0.actions.map(\.id) },
        lastModified: { graph, id in Sitemap.newestReport(of: graph.actionHistory(id).map(\.quarter), in: graph) },
        build: { fragments, id in ActionPage(fragments: fragments).content(for: fragments.graph.action(id)!) })

    public static let measure = PageKind(
        name: "measure", url: "measures/{id}/", template: "measure", each: { $0.measures.map(\.id) },
        lastModified: { graph, id in Sitemap.newestReport(of: graph.measureHistory(id).map(\.quarter), in: graph) },
        build: { fragments, id in MeasurePage(fragments: fragments).content(for: fragments.graph.measure(id)!) })

    public static let risks = PageKind(
        name: "risks", url: "risks/", template: "risks", when: { !$0.risks.isEmpty },
        build: { RiskPages(fragments: $0).register() })

    public static let risk = PageKind(
        name: "risk", url: "risks/{id}/", template: "risk", each: { $0.risks.map(\.id) },
        lastModified: { graph, _ in Sitemap.newestReport(in: graph) },
        build: { fragments, id in RiskPages(fragments: fragments).content(for: fragments.graph.risk(id)!) })
}

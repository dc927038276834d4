import QuarterlyModel

/// `/sitemap.xml`, every page with the date its content last changed; and
/// `/robots.txt` pointing to it. A sitemap needs absolute addresses, so it is written
/// only when `base_url` names a host.
public struct Sitemap: Sendable {
    public let graph: AssessedGraph
    public let links: Links

    public init(graph: AssessedGraph, links: Links) {
        self.graph = graph
        self.links = links
    }

    public var xml: String? {
        guard let origin = links.origin else { return nil }
        var out =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in Page.all(in: graph) where page != .notFound && page != .search {
            out += "<url><loc>\(SVG.escape(origin + links.url(of: page)))</loc>"
            if let date = lastChanged(page) { out += "<lastmod>\(date.iso)</lastmod>" }
            out += "</url>\n"
        }
        return out + "</urlset>\n"
    }

    public var robots: String {
        "User-agent: *\nAllow: /\n" + (links.origin.map { "Sitemap: \($0)\(links.base)sitemap.xml\n" } ?? "")
    }

    /// The newest report date among the quarters a page shows.
    func lastChanged(_ page: Page) -> CalendarDate? {
        func date(_ quarter: QuarterID) -> CalendarDate? { graph.quarter(quarter)?.reportDate }
        switch page {
        case .quarter(let id): return date(id)
        case .action(let id): return graph.actionHistory(id).compactMap { date($0.quarter) }.max()
        case .measure(let id): return graph.measureHistory(id).compactMap { date($0.quarter) }.max()
        default: return graph.quarters.compactMap { date($0.id) }.max()
        }
    }
}

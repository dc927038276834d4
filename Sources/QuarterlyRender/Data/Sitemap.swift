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
        for page in Page.all(in: graph) where page.kind.inSitemap {
            out += "<url><loc>\(SVG.escape(origin + links.url(of: page)))</loc>"
            if let date = page.kind.lastModified(graph, page.item) { out += "<lastmod>\(date.iso)</lastmod>" }
            out += "</url>\n"
        }
        return out + "</urlset>\n"
    }

    public var robots: String {
        "User-agent: *\nAllow: /\n" + (links.origin.map { "Sitemap: \($0)\(links.url(of: .sitemap))\n" } ?? "")
    }

    /// The newest report date among the quarters a page shows (its `lastmod`).
    static func newestReport(of quarters: [QuarterID], in graph: AssessedGraph) -> CalendarDate? {
        quarters.compactMap { graph.quarter($0)?.reportDate }.max()
    }

    /// The newest report date of all: for pages that show every quarter.
    static func newestReport(in graph: AssessedGraph) -> CalendarDate? {
        newestReport(of: graph.quarters.map(\.id), in: graph)
    }
}

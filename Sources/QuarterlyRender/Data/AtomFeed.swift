import QuarterlyModel

/// `/feed.xml`: an Atom feed with one entry per published report, newest first (a quarter
/// of figures only is not a report).
public struct AtomFeed: Sendable {
    public let graph: AssessedGraph
    public let links: Links
    public let words: Catalogue

    public init(graph: AssessedGraph, links: Links, words: Catalogue) {
        self.graph = graph
        self.links = links
        self.words = words
    }

    public var xml: String {
        let site = graph.site
        let quarters = graph.reports.filter { !$0.isDraft }.reversed()
        let updated = quarters.map(date).max() ?? "1970-01-01"
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(escape(site.language))">
            <title>\(escape(words.text("feed.title", ["title": .text(site.title), "organisation": .text(site.organisation)])))</title>

            """
        if let description = site.description { out += "<subtitle>\(escape(description))</subtitle>\n" }
        out += """
            <link rel="self" type="application/atom+xml" href="\(escape(absolute(links.url(of: .feed))))"/>
            <link rel="alternate" type="text/html" href="\(escape(absolute(links.home)))"/>
            <id>\(escape(identifier(links.home)))</id>
            <updated>\(updated)T00:00:00Z</updated>
            <author><name>\(escape(site.organisation))</name></author>
            <rights>\(escape(site.licence.name))</rights>

            """
        for quarter in quarters {
            let url = links.url(.quarter, quarter.id.slug)
            out += """
                <entry>
                <title>\(escape(words.text("feed.entryTitle", ["quarter": .message(quarter.id.name)])))</title>
                <link rel="alternate" type="text/html" href="\(escape(absolute(url)))"/>
                <id>\(escape(identifier(url)))</id>
                <updated>\(date(quarter))T00:00:00Z</updated>
                <summary>\(escape(summary(quarter.id)))</summary>
                </entry>

                """
        }
        return out + "</feed>\n"
    }

    /// "Progress to 30 June 2021. Actions: 1 red, 18 amber, 31 green. Measures: …"
    func summary(_ quarter: QuarterID) -> String {
        let actions = graph.actionCount(in: quarter)
        let measures = graph.measureCount(in: quarter)
        let end: MessageArgument = graph.quarter(quarter).map { .message($0.periodEnd.name) } ?? ""
        let counts: [Message] = [("feed.actions", actions), ("feed.measures", measures)].compactMap { key, count in
            count.total == 0 ? nil : Message(key, ["counts": .message(count.words)])
        }
        return ([Message("feed.progressTo", ["date": end])] + counts).map { words.text($0) }.joined(separator: " ")
    }

    private func date(_ quarter: Quarter) -> String { quarter.reportDate.iso }

    /// Absolute when the site's host is known; otherwise relative to the feed, as Atom allows.
    private func absolute(_ path: String) -> String { (links.origin ?? "") + path }

    /// Atom ids must be absolute IRIs: the page's address, or a tag URI without a host.
    private func identifier(_ path: String) -> String {
        if let origin = links.origin { return origin + path }
        return "tag:quarterly," + "2019:" + graph.site.organisation.lowercased().filter { $0.isLetter || $0.isNumber }
            + path
    }

    private func escape(_ text: String) -> String { SVG.escape(text) }
}

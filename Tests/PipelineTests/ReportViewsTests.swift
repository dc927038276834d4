import Foundation
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// The pages of both examples as a councillor meets them: each report opens with its
/// summary, "since the last report" names the last report, quarters of figures only are
/// not listed as reports but their figures are kept and marked, and the views by
/// exception and by owner are linked from the navigation and the A to Z.
@Suite struct ReportViewsTests {
    struct Site: Sendable, CustomStringConvertible {
        let content: URL
        let name: String
        /// Its reports, newest first, as /quarters/ and the feed list them.
        let reports: [String]
        /// The last report the home page's changes compare with, when there is one.
        let lastReport: String?
        /// A quarter of figures only, and a measure with a figure in it.
        let figuresOnly: (quarter: String, measure: String)
        /// "17 of its 91 items" on the page by exception.
        let exceptions: String
        /// Every owner's address.
        let owners: [String]
        var description: String { name }
    }

    static let sites = [
        Site(
            content: Fixtures.exampleContent, name: "Cumbria", reports: ["Quarter 1 2021/22", "Quarter 2 2019/20"],
            lastReport: "2019-20-q2", figuresOnly: ("2020-21-q1", "accidental-dwelling-fires"),
            exceptions: "17 of its 91 items",
            owners: [
                "anne-burns", "cabinet", "celia-tibble", "david-southward", "deborah-earl", "janet-willis",
                "keith-little", "patricia-bell", "stewart-young", "sue-sanderson",
                "assistant-director-adult-social-care", "assistant-director-children-and-young-people",
                "assistant-director-corporate-customer-and-community-services",
                "assistant-director-customer-and-community-services", "assistant-director-economy-and-environment",
                "assistant-director-education-and-skills", "assistant-director-highways-and-transport",
                "assistant-director-integration-and-partnerships", "assistant-director-organisational-change",
                "assistant-director-provider-services", "assistant-director-strategic-commissioning",
                "chief-executive", "deputy-chief-fire-officer", "director-of-public-health",
                "executive-director-corporate-customer-and-community-services", "extended-leadership-team",
                "major-programmes-director",
            ]),
        Site(
            content: Fixtures.lancashireContent, name: "Lancashire", reports: ["Quarter 3 2019/20"], lastReport: nil,
            figuresOnly: ("2019-20-q2", "carriageway-defects-emergency-4-hours"), exceptions: "15 of its 43 items",
            owners: [
                "adults-services-and-health-and-wellbeing", "chief-executive-and-director-of-resources",
                "education-and-childrens-services", "growth-environment-and-transport",
            ]),
    ]

    @Test(arguments: sites)
    func pages(site: Site) throws {
        let graph = try #require(Fixtures.validate(site.content).graph).assessed().graph
        try Fixtures.withBuiltSite(site.content) { output, _ in
            func page(_ path: String) -> String { Fixtures.read(output.appendingPathComponent(path)) }
            let home = page("index.html")
            // The summary comes first, before the tables at a glance.
            let latest = try #require(graph.latestReport?.id)
            let sentences = graph.summary(of: latest).sentences.map { Fixtures.catalogue.text($0) }
            let summary = try #require(home.range(of: "<p class=\"summary-sentence\">\(sentences[0])</p>"))
            #expect(summary.upperBound < home.range(of: "at a glance</h2>")!.lowerBound)
            #expect(home.contains("<h2 id=\"summary-heading\">\(latest.label) in brief</h2>"))
            // Lancashire has no actions: no table of zeros.
            #expect(home.contains("<caption>Actions by outcome") == (graph.summary(of: latest).actions.total > 0))
            if let last = site.lastReport {
                let label = QuarterID(last)!.label
                #expect(
                    home.contains("<p>Compared with the last report, <a href=\"/quarters/\(last)/\">\(label)</a>.</p>"))
                #expect(page("trends/index.html").contains("since the last report, <a href=\"/quarters/\(last)/\">"))
            } else {
                #expect(!home.contains("What changed since the last report"))
                #expect(!page("trends/index.html").contains("What changed in the latest report"))
            }

            // Reports only on /quarters/, the home page and the feed.
            let listed = page("quarters/index.html").components(separatedBy: "<tr><th scope=\"row\"><a href=\"")
                .dropFirst().map { $0.split(separator: ">")[1].split(separator: "<")[0] }
            #expect(listed.map(String.init) == site.reports)
            #expect(page("feed.xml").components(separatedBy: "<entry>").count - 1 == site.reports.count)
            let figures = try #require(QuarterID(site.figuresOnly.quarter))
            #expect(!home.contains(">\(figures.label)</a>"))
            #expect(!page("trends/index.html").contains("<th scope=\"row\"><a href=\"/quarters/\(figures.slug)/\">"))
            // Its page and its figures are kept, and marked.
            let quarterPage = page("quarters/\(figures.slug)/index.html")
            #expect(quarterPage.contains("\(figures.label) figures</h1>"))
            #expect(quarterPage.contains("<strong>Figures only</strong>"))
            #expect(!quarterPage.contains("summary-heading"))
            #expect(
                page("measures/\(site.figuresOnly.measure)/index.html").contains(
                    "\(figures.label)</a> <span class=\"figures-only\">(figures only)</span>"))

            // The views, each linked from the navigation and the A to Z.
            #expect(page("exceptions/index.html").contains(site.exceptions))
            let owners = page("owners/index.html")
            for owner in site.owners {
                #expect(owners.contains("<a href=\"/owners/\(owner)/\">"), "\(owner)")
                #expect(page("owners/\(owner)/index.html").contains("<h2 id=\"summary-heading\">In brief</h2>"))
            }
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("owners").path)
                    .filter { $0 != "index.html" }.sorted() == site.owners.sorted())
            for view in ["<a href=\"/exceptions/\">Red or declining</a>", "<a href=\"/owners/\">By owner</a>"] {
                #expect(home.contains(view))
                #expect(page("a-z/index.html").contains(view))
            }
        }
    }

    /// The navigation's question, answered from the first item that names an owner, is
    /// the owners' list's: whether any item of the report names one.
    @Test(arguments: [Fixtures.exampleContent, Fixtures.lancashireContent, Fixtures.minimal])
    func whetherAReportHasOwnersIsWhetherItListsAny(content: URL) throws {
        let graph = try #require(Fixtures.validate(content).graph).assessed().graph
        for quarter in graph.quarters {
            #expect(graph.hasOwners(in: quarter.id) == !graph.owners(in: quarter.id).isEmpty, "\(quarter.id.slug)")
        }
    }
}

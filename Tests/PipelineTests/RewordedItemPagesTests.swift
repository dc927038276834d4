import Foundation
import QuarterlyBuild
import QuarterlyTestSupport
import Testing

/// A council rewords the item pages, the register, the RAG key and the accessibility
/// statement in its own `templates/strings/en.yml`, string by string; the defaults of the
/// RAG key and the risk key are catalogue strings too, while the words a site gives in
/// `rag_key:` and `risk_key:` stay its own.
@Suite struct RewordedItemPagesTests {
    static let strings = """
        common:
          outcomeHeading: "Priority {ref}: {title}"
        table:
          milestone: Due by
        riskKey:
          likelihood:
            unlikely: Not likely
          band:
            high: Significant
        risk:
          kindRisk: Threat
          onRegisterRisk: A threat on the corporate register.
        ragKey:
          summary: What the ratings mean
          actionRed: Off track
        accessibility:
          response:
            one: "We will reply within {count} working day."
            other: "We will reply within {count} working days."

        """

    static let siteAdditions = """
        rag_key:
          actions:
            amber: Slipping
        risk_key:
          impact: [Tiny, Small, Medium, Big, Huge]

        """

    @Test func pagesShowTheCouncilsWordsAndTheCataloguesDefaults() throws {
        let site = try String(contentsOf: Fixtures.minimal.appendingPathComponent("site.yml"), encoding: .utf8)
        let content = try Fixtures.minimalSite(with: [
            "site.yml": site.replacingOccurrences(of: "accessibility:\n", with: "accessibility:\n  response_days: 1\n")
                + Self.siteAdditions,
            "risks/safeguarding-children.md": "---\nref: R1\nkind: risk\ntitle: Keeping children safe\n---\n",
            "quarters/2019-20-q2/risks/safeguarding-children.md": "---\nlikelihood: 2\nimpact: 5\nscore: 10\n---\n",
        ])
        let templates = Fixtures.temporaryFolder().appendingPathComponent("templates")
        try FileManager.default.createDirectory(
            at: templates.appendingPathComponent("strings"), withIntermediateDirectories: true)
        try Data(Self.strings.utf8).write(to: templates.appendingPathComponent("strings/en.yml"))
        let output = Fixtures.temporaryFolder().appendingPathComponent("public")
        defer {
            for folder in [content, templates, output] {
                try? FileManager.default.removeItem(at: folder.deletingLastPathComponent())
            }
        }
        _ = try SiteBuilder(
            options: BuildOptions(
                contentDirectory: content.path, templatesDirectory: templates.path, outputDirectory: output.path)
        ).run()

        let cases: [(page: String, shows: String)] = [
            ("outcomes/healthy/index.html", "<h1>Priority 1: People are healthy and safe</h1>"),
            ("actions/safeguarding-board/index.html", "<dt>Due by</dt><dd>By September 2019</dd>"),
            ("actions/safeguarding-board/index.html", "<th scope=\"col\">Due by</th>"),
            // The standard likelihood and band words are the catalogue's; the site's impact words its own.
            ("risks/index.html", "10 (Not likely × Huge)"),
            ("risks/index.html", "<td data-label=\"Rating\">Significant</td>"),
            ("risks/index.html", "<span class=\"item-kind\">(Threat)</span>"),
            ("risks/safeguarding-children/index.html", "<p>A threat on the corporate register.</p>"),
            ("quarters/2019-20-q2/index.html", "<summary>What the ratings mean</summary>"),
            ("quarters/2019-20-q2/index.html", "<td data-label=\"Actions\">Off track</td>"),
            // The site's own meaning of Amber, and the reports' meaning of Green from the catalogue.
            ("quarters/2019-20-q2/index.html", "<td data-label=\"Actions\">Slipping</td>"),
            (
                "quarters/2019-20-q2/index.html",
                "<td data-label=\"Actions\">On schedule, or the milestone date has been met</td>"
            ),
            ("accessibility/index.html", "<p>We will reply within 1 working day.</p>"),
        ]
        for (page, shows) in cases {
            let html = Fixtures.read(output.appendingPathComponent(page))
            #expect(html.contains(shows), "\(page) shows \(shows)")
        }
    }
}

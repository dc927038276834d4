import Foundation
import QuarterlyTestSupport
import Testing

@Suite("Accessibility statement")
struct AccessibilityStatementTests {
    @Test func followsTheModelStatementAndSiteYML() throws {
        let site = try String(contentsOf: Fixtures.minimal.appendingPathComponent("site.yml"), encoding: .utf8)
        let content = try Fixtures.minimalSite(with: [
            "site.yml": site.replacingOccurrences(
                of: "accessibility:\n",
                with: """
                    accessibility:
                      compliance: partial
                      issues:
                        - Some older commentary tables have no header row.
                      prepared: 2026-11-23

                    """)
        ])
        try Fixtures.withBuiltSite(content) { output, _ in
            let page = Fixtures.read(output.appendingPathComponent("accessibility/index.html"))
            for heading in [
                "How accessible this website is", "Feedback and contact information",
                "Reporting accessibility problems with this website",
                "Enforcement procedure", "Compliance status", "Non-accessible content",
                "Preparation of this accessibility statement",
            ] {
                #expect(page.contains(">\(heading)</h"), "\(heading)")
            }
            #expect(page.contains("partially compliant with the Web Content Accessibility Guidelines version 2.2 AA"))
            #expect(page.contains("<li>Some older commentary tables have no header row.</li>"))
            #expect(page.contains("This statement was prepared on 23 November 2026."))
            let home = Fixtures.read(output.appendingPathComponent("index.html"))
            #expect(home.contains("<a href=\"/plan/accessibility/\">Accessibility statement</a>"))
        }
    }
}

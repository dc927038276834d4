import Foundation
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// The status rules as readers see them: on pages, and as warnings from `check`.
@Suite("Computed statuses in the site")
struct StatusBuildTests {
    static let foi = "measures/foi-responses/index.html"

    @Test func computedRAGAndDirectionAreShownAndExplained() throws {
        try Fixtures.withBuiltSite(Fixtures.minimal) { output, report in
            #expect(report.warnings.isEmpty, "\(report.warnings)")
            let page = Fixtures.read(output.appendingPathComponent(Self.foi))
            let q2 = Fixtures.row(in: page, ref: "<a href=\"/plan/quarters/2019-20-q2/\">Quarter 2 2019/20</a>")
            #expect(q2.contains(">Red</span>"))
            #expect(q2.contains("</span> Declining</span>"))
            #expect(
                q2.contains(
                    "65% against a target of 90%: 27.8% below target, beyond the 10% tolerance for Amber, so Red."))
            #expect(q2.contains("65% against 68% in Quarter 1 2019/20: lower, and higher is better, so Declining."))
        }
    }

    @Test func anOverrideShowsItsReason() throws {
        let content = try Fixtures.minimalSite(with: [
            "quarters/2019-20-q2/measures/foster-carers.md": """
            ---
            value: 184
            rag: green
            rag_reason: Fifteen more households are in assessment and will be approved by March.
            ---
            """
        ])
        try Fixtures.withBuiltSite(content) { output, report in
            #expect(report.warnings.isEmpty)
            let page = Fixtures.read(output.appendingPathComponent("measures/foster-carers/index.html"))
            #expect(
                page.contains(
                    "Rated Green by the service: Fifteen more households are in assessment and will be approved by March. From the figures alone: 184 against a target of 199: 7.5% below target, outside the 5% tolerance, so Amber."
                ))
        }
    }

    @Test func contradictionsAreWarningsWithTheirLine() throws {
        let content = try Fixtures.minimalSite(with: [
            "quarters/2019-20-q2/measures/foster-carers.md": "---\nvalue: 184\nrag: green\n---\n",
            "quarters/2019-20-q2/measures/foi-responses.md": "---\nvalue: 65\ndirection: improving\n---\n",
            "quarters/2019-20-q2/actions/safeguarding-board.md": "---\nrag: complete\ndirection: declining\n---\n",
        ])
        let result = Fixtures.validate(content)
        #expect(result.graph != nil)
        let warnings = result.diagnostics.map {
            "\($0.path.split(separator: "/").suffix(2).joined(separator: "/")):\($0.line):\($0.column): \($0.severity) \($0.code.rawValue)"
        }
        #expect(
            warnings == [
                "actions/safeguarding-board.md:3:12: warning direction-contradicts-figures",
                "measures/foi-responses.md:3:12: warning direction-contradicts-figures",
                "measures/foster-carers.md:3:6: warning rag-override-without-reason",
            ])
    }

    /// A measure renumbered by a new plan keeps one page, one history and one chart.
    @Test func refsFollowThePlanYear() throws {
        let content = try Fixtures.minimalSite(with: [
            "measures/foi-responses.md": """
            ---
            ref: M2.1
            refs:
              2019/20: M4.4
            title: Information requests answered on time
            outcome: healthy
            unit: percent
            polarity: higher
            seasonal: true
            targets:
              2019/20: 90
              2020/21: 95
            ---
            """,
            // In 2020/21 the foster care measure takes the old ref M4.4: no clash, as FOI is M2.1 now.
            "measures/foster-carers.md":
                "---\nref: M1.3\nrefs:\n  2020/21: M4.4\ntitle: Foster care households\noutcome: healthy\nunit: count\ntarget: 199\ncomparators:\n  - England\n---\n",
            "quarters/2020-21-q1/index.md": "---\nstatus: published\n---\n",
            "quarters/2020-21-q1/measures/foi-responses.md": "---\nvalue: 70\n---\n",
            "quarters/2020-21-q1/measures/foster-carers.md": "---\nvalue: 190\n---\n",
        ])
        try Fixtures.withBuiltSite(content) { output, report in
            let page = Fixtures.read(output.appendingPathComponent(Self.foi))
            #expect(page.contains("Refs in each plan: 2019/20: M4.4; 2020/21: M2.1."))
            // Seasonal: Q1 2020/21 is compared with Q1 2019/20, not with Q4 2019/20 (not reported).
            #expect(
                page.contains(
                    "70% against 68% in Quarter 1 2019/20, the same quarter last year: higher, and higher is better, so Improving."
                ))
            // The target steps from 90 to 95 between the years.
            #expect(page.contains("70% against a target of 95%"))
            let q2 = Fixtures.read(output.appendingPathComponent("quarters/2019-20-q2/index.html"))
            #expect(Fixtures.row(in: q2, ref: "M4.4").contains("Information requests answered on time"))
            let q1 = Fixtures.read(output.appendingPathComponent("quarters/2020-21-q1/index.html"))
            #expect(Fixtures.row(in: q1, ref: "M4.4").contains("Foster care households"))
            #expect(Fixtures.row(in: q1, ref: "M2.1").contains("Information requests answered on time"))
        }
    }

    @Test func measureTolerancesOverrideTheSite() throws {
        let content = try Fixtures.minimalSite(with: [
            "measures/foster-carers.md":
                "---\nref: M1.3\ntitle: Foster care households\noutcome: healthy\nunit: count\ntarget: 199\ncomparators:\n  - England\ntolerances:\n  green: 8\n  amber: 12\n---\n"
        ])
        try Fixtures.withBuiltSite(content) { output, _ in
            let page = Fixtures.read(output.appendingPathComponent("measures/foster-carers/index.html"))
            #expect(page.contains("184 against a target of 199: 7.5% below target, within the 8% tolerance, so Green."))
        }
    }

    /// The RAG key says what the rule does: absolute tolerances are distances, not percentages.
    @Test func theRAGKeyShowsTheSitesTolerancesInTheirOwnTerms() throws {
        let site = try String(contentsOf: Fixtures.minimal.appendingPathComponent("site.yml"), encoding: .utf8)
        for (tolerances, expected) in [
            ("", ["more than 10%:", "by 5–10%:", "within 5% of target"]),
            (
                "tolerances:\n  basis: absolute\n  green: 0.5\n  amber: 2\n",
                ["more than 2:", "by 0.5–2:", "within 0.5 of target"]
            ),
        ] {
            let content = try Fixtures.minimalSite(with: ["site.yml": site + tolerances])
            try Fixtures.withBuiltSite(content) { output, _ in
                let page = Fixtures.read(output.appendingPathComponent("quarters/2019-20-q2/index.html"))
                for text in expected { #expect(page.contains(text), "\(text)") }
                #expect(tolerances.isEmpty || !page.contains("0.5%"))
            }
        }
    }

    @Test func badTolerancesAreErrors() throws {
        let content = try Fixtures.minimalSite(with: [
            "measures/foster-carers.md":
                "---\nref: M1.3\ntitle: Foster care households\noutcome: healthy\ncomparators: [England]\ntolerances:\n  green: 12\n  amber: 8\n  basis: points\n---\n"
        ])
        let codes = Fixtures.validate(content).diagnostics.filter(\.isError).map {
            "\($0.line):\($0.column) \($0.code.rawValue)"
        }
        #expect(codes == ["7:3 invalid-value", "9:10 unknown-word"])
    }

    @Test func whatChangedListsStatusChangesAndNewItems() throws {
        try Fixtures.withBuiltSite(Fixtures.minimal) { output, _ in
            let trends = Fixtures.read(output.appendingPathComponent("trends/index.html"))
            let completed = Fixtures.row(in: trends, ref: "1.1")
            #expect(completed.contains("Completed") && completed.contains("Quarter 1 2019/20"))
            #expect(Fixtures.row(in: trends, ref: "1.10").contains("New in this report"))
            #expect(trends.contains("<svg class=\"chart distribution-chart\""))
            let home = Fixtures.read(output.appendingPathComponent("index.html"))
            #expect(home.contains("What changed since the last report"))
        }
    }
}

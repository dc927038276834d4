import Foundation
import QuarterlyModel
import QuarterlyTestSupport
import Testing

@Suite("Risks")
struct RiskTests {
    static let files = [
        "risks/safeguarding-children.md": """
        ---
        ref: R1
        title: Safeguarding children
        owner: Director of Children's Services
        actions: [safeguarding-board]
        controls:
          - A new multi-agency board
        ---
        Children at risk of harm are not identified and protected in time.
        """,
        "risks/health-funding.md": "---\nref: CO1\nkind: opportunity\ntitle: Joint funding with health partners\n---\n",
        "quarters/2019-20-q1/risks/safeguarding-children.md": "---\nlikelihood: 3\nimpact: 5\n---\n",
        "quarters/2019-20-q2/risks/safeguarding-children.md":
            "---\nlikelihood: 2\nimpact: 5\nscore: 10\n---\nUnchanged controls; the new board met twice.\n",
        "quarters/2019-20-q2/risks/health-funding.md":
            "---\nscore: 12\nresidual_likelihood: 3\nresidual_impact: 5\n---\n",
    ]

    @Test(
        "scores",
        arguments: [
            ("likelihood: 2\nimpact: 4\nscore: 8", nil as String?),
            ("likelihood: 2\nimpact: 4\nscore: 9", "4:8 risk-score-mismatch"),
            ("score: 16", nil),
            ("likelihood: 6\nimpact: 4", "2:13 invalid-value"),
            ("likelihood: 2", "2:13 missing-field"),
            ("residual_likelihood: 4\nresidual_impact: 4\nresidual_score: 12", "4:17 risk-score-mismatch"),
            ("score: 8\ndirection: level", "3:12 unknown-word"),
            ("direction: sustained", "1:1 missing-field"),
        ])
    func scores(yaml: String, problem: String?) throws {
        var files = Self.files
        files["quarters/2019-20-q2/risks/safeguarding-children.md"] = "---\n\(yaml)\n---\n"
        let result = Fixtures.validate(try Fixtures.minimalSite(with: files))
        let errors = result.diagnostics.filter(\.isError).map { "\($0.line):\($0.column) \($0.code.rawValue)" }
        #expect(errors == (problem.map { [$0] } ?? []), "\(result.diagnostics)")
    }

    @Test(
        "direction follows the score",
        arguments: [
            (16, 12, RiskKind.risk, DirectionOfTravel.improving), (12, 16, .risk, .declining),
            (9, 9, .risk, .sustained),
            (12, 15, .opportunity, .improving), (15, 12, .opportunity, .declining),
        ])
    func direction(from: Int, to: Int, kind: RiskKind, expected: DirectionOfTravel) {
        #expect(RiskDirectionRule.direction(from: from, to: to, kind: kind) == expected)
    }

    @Test func registerHeatMapAndLinkedActions() throws {
        try Fixtures.withBuiltSite(try Fixtures.minimalSite(with: Self.files)) { output, _ in
            let register = Fixtures.read(output.appendingPathComponent("risks/index.html"))
            #expect(register.contains("as at Quarter 2 2019/20"))
            #expect(
                Fixtures.row(in: register, ref: "R1").contains(
                    "<td data-label=\"Score\">10 (Unlikely × Catastrophic)</td>"))
            #expect(Fixtures.row(in: register, ref: "R1").contains("</span> Improving</span>"))
            #expect(
                Fixtures.row(in: register, ref: "CO1").contains(
                    "<td data-label=\"Residual score\">15 (Possible × Outstanding)</td>"))
            #expect(register.contains("<svg class=\"chart heat-map\""))
            #expect(register.contains(">1 risk</text><text class=\"heat-refs\""))
            let action = Fixtures.read(output.appendingPathComponent("actions/safeguarding-board/index.html"))
            #expect(
                action.contains(
                    "<a href=\"/plan/risks/safeguarding-children/\">R1 Safeguarding children</a>: score 10 (Unlikely × Catastrophic) at Quarter 2 2019/20"
                ))
            let risk = Fixtures.read(output.appendingPathComponent("risks/safeguarding-children/index.html"))
            #expect(risk.contains("Unchanged controls; the new board met twice."))
            let csv = Fixtures.read(output.appendingPathComponent("data/risks.csv"))
            #expect(
                csv.contains(
                    "safeguarding-children,R1,risk,Safeguarding children,,Director of Children's Services,2019-20-q2,2,5,10,,,,High,improving"
                ))
        }
    }

    /// The acceptance case: Cumbria's action 1.1 shows the risk its report ties to it.
    @Test func actionOnePointOneShowsItsRisk() throws {
        try Fixtures.withBuiltSite(Fixtures.exampleContent) { output, _ in
            let action = Fixtures.read(output.appendingPathComponent("actions/integrated-care-communities/index.html"))
            #expect(
                action.contains(
                    "Health and social care integration</a>: score 8 (Unlikely × Major) at Quarter 2 2019/20"))
        }
    }

    /// Lancashire's register gives likelihood and impact, so its risks sit on the heat map;
    /// Cumbria's gives scores only, so its register says so instead of drawing an empty grid.
    @Test(arguments: [(Fixtures.lancashireContent, true), (Fixtures.exampleContent, false)])
    func bothExamplesRenderTheRegister(content: URL, placed: Bool) throws {
        try Fixtures.withBuiltSite(content) { output, _ in
            let register = Fixtures.read(output.appendingPathComponent("risks/index.html"))
            #expect(register.contains("<svg class=\"chart heat-map\"") == placed)
            #expect(
                register.contains("<caption>Risks by impact (rows) and likelihood (columns)</caption>") == placed)
            #expect(
                register.contains(
                    // The catalogue's words are escaped like any text: "risk&#39;s".
                    "The register gives each risk&#39;s score without its likelihood and impact, so no risk can be placed on the 5 by 5 grid."
                ) == !placed)
            #expect(register.contains("<caption>Risk and opportunity register, "))
        }
    }
}

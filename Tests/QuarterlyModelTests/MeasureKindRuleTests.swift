import Foundation
import QuarterlyModel
import QuarterlyTestSupport
import Testing

private func figure(_ text: String) -> Figure { Figure(text: text)! }
private func target(_ text: String) -> Target { Target(text: text)! }
private func quarter(_ slug: String) -> QuarterID { QuarterID(slug)! }

@Suite("Targets: figures and ranges")
struct TargetTests {
    @Test(
        "reading a target",
        arguments: [
            ("95", "95"), ("-0.03", "-0.03"), ("90 to 94", "90 to 94"), (" 90  to  94 ", "90 to 94"),
            ("-5 to 5", "-5 to 5"), ("90 to 90", "90 to 90"),
            ("94 to 90", nil), ("90-94", nil), ("90–94", nil), ("90 to", nil), ("90%", nil), ("1 to 2 to 3", nil),
        ] as [(String, String?)])
    func reading(text: String, expected: String?) {
        #expect(Target(text: text)?.text == expected)
    }

    @Test(
        "as a reader sees it",
        arguments: [
            ("95", MeasureUnit.percent, "95%"), ("90 to 94", .percent, "90–94%"), ("5 to 7", .days, "5–7 days"),
            ("10000 to 20000", .gbp, "£10,000–£20,000"), ("12000 to 15000", .count, "12,000–15,000"),
        ])
    func shown(text: String, unit: MeasureUnit, expected: String) {
        #expect(target(text).shown(unit) == expected)
    }
}

@Suite("Target rule: which target a quarter is judged against")
struct MeasureTargetRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let quarter: String
        var stated: String? = nil
        let plan: String?
        var cumulative = false
        let expected: String?
        let basis: AppliedTarget.Basis?
        var testDescription: String {
            "\(quarter) stated \(stated ?? "-") plan \(plan ?? "-") cumulative \(cumulative) → \(expected ?? "none")"
        }
    }

    @Test(
        arguments: [
            Case(quarter: "2019-20-q2", plan: "95", expected: "95", basis: .plan),
            Case(quarter: "2019-20-q2", stated: "90", plan: "95", expected: "90", basis: .stated),
            Case(quarter: "2019-20-q2", plan: nil, expected: nil, basis: nil),
            // A running total: a quarter, half, three quarters of the year's target, then all of it.
            Case(quarter: "2019-20-q1", plan: "2000000", cumulative: true, expected: "500000", basis: .proRata),
            Case(quarter: "2019-20-q2", plan: "2000000", cumulative: true, expected: "1000000", basis: .proRata),
            Case(quarter: "2019-20-q3", plan: "1000", cumulative: true, expected: "750", basis: .proRata),
            Case(quarter: "2019-20-q4", plan: "1000", cumulative: true, expected: "1000", basis: .yearEnd),
            Case(quarter: "2019-20-q1", plan: "999", cumulative: true, expected: "249.75", basis: .proRata),
            Case(quarter: "2019-20-q2", plan: "40 to 60", cumulative: true, expected: "20 to 30", basis: .proRata),
            // A profile stated quarter by quarter wins.
            Case(quarter: "2019-20-q2", stated: "50", plan: "1000", cumulative: true, expected: "50", basis: .stated),
        ])
    func applied(_ c: Case) {
        let applied = MeasureTargetRule.applied(
            stated: c.stated.map(target), plan: c.plan.map(target), quarter: quarter(c.quarter),
            cumulative: c.cumulative)
        #expect(applied?.target.text == c.expected)
        #expect(applied?.basis == c.basis)
    }

    @Test(
        "each basis says which target it is",
        arguments: [
            ("2019-20-q2", nil, false, "a target of £100,000"),
            ("2019-20-q1", nil, true, "a pro-rata target of £25,000 (a quarter of the year-end target of £100,000)"),
            ("2019-20-q2", nil, true, "a pro-rata target of £50,000 (half the year-end target of £100,000)"),
            (
                "2019-20-q3", nil, true,
                "a pro-rata target of £75,000 (three quarters of the year-end target of £100,000)"
            ),
            ("2019-20-q4", nil, true, "the year-end target of £100,000"),
            ("2019-20-q3", "120", true, "a target of £120 for the year so far"),
            ("2019-20-q3", "120", false, "a target of £120"),
        ] as [(String, String?, Bool, String)])
    func phrase(quarterSlug: String, stated: String?, cumulative: Bool, expected: String) {
        let applied = MeasureTargetRule.applied(
            stated: stated.map(target), plan: target("100000"), quarter: quarter(quarterSlug), cumulative: cumulative)
        #expect(applied.map { Fixtures.catalogue.text($0.phrase(.gbp)) } == expected)
    }
}

@Suite("Measure RAG rule: target ranges and context measures")
struct MeasureKindRAGTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let value: String
        let range: String
        var tolerances = Tolerances.referenceKey
        let expected: RAGStatus
        var testDescription: String { "\(value) against \(range) \(tolerances.basis) → \(expected.label)" }
    }

    @Test(
        "a value against a range",
        arguments: [
            // Inside, and on either end, is Green.
            Case(value: "92", range: "90 to 94", expected: .green),
            Case(value: "90", range: "90 to 94", expected: .green),
            Case(value: "94", range: "90 to 94", expected: .green),
            // Outside is never Green, however close: the range replaces the green tolerance.
            Case(value: "94.01", range: "90 to 94", expected: .amber),
            Case(value: "95.2", range: "90 to 94", expected: .amber),
            Case(value: "103.4", range: "90 to 94", expected: .amber),  // exactly 10% of 94 above
            Case(value: "103.41", range: "90 to 94", expected: .red),
            Case(value: "81", range: "90 to 94", expected: .amber),  // exactly 10% of 90 below
            Case(value: "80.99", range: "90 to 94", expected: .red),
            // An end of zero leaves no room for a percentage.
            Case(value: "-0.5", range: "0 to 2", expected: .red),
            // Absolute tolerances, in the measure's units.
            Case(
                value: "96", range: "90 to 94", tolerances: Tolerances(green: 1, amber: 2, basis: .absolute),
                expected: .amber),
            Case(
                value: "96.5", range: "90 to 94", tolerances: Tolerances(green: 1, amber: 2, basis: .absolute),
                expected: .red),
        ])
    func range(_ c: Case) {
        let result = MeasureRAGRule.assess(
            value: figure(c.value), target: AppliedTarget(target(c.range)), polarity: .target,
            tolerances: c.tolerances, unit: .percent)
        #expect(result.rag == c.expected, "\(Fixtures.catalogue.text(result.explanation))")
    }

    @Test(
        "the sentences",
        arguments: [
            (
                "95.2", "90 to 94", Polarity.target, MeasureUnit.percent,
                "95.2% against a target range of 90–94%: 1.3% above the range, within the 10% tolerance for Amber, so Amber."
            ),
            ("92", "90 to 94", .target, .percent, "92% against a target range of 90–94%: within the range, so Green."),
            (
                "70", "90 to 94", .target, .percent,
                "70% against a target range of 90–94%: 22.2% below the range, beyond the 10% tolerance for Amber, so Red."
            ),
            (
                "51344", "90", .notJudged, .count,
                "51,344: a context measure, shown for information, so it is not rated."
            ),
        ])
    func sentence(value: String, range: String, polarity: Polarity, unit: MeasureUnit, expected: String) {
        let result = MeasureRAGRule.assess(
            value: figure(value), target: AppliedTarget(target(range)), polarity: polarity,
            tolerances: .referenceKey, unit: unit)
        #expect(Fixtures.catalogue.text(result.explanation) == expected)
    }

    @Test(
        "a context measure is never rated",
        arguments: [("100", "90"), ("80", "90"), ("90", nil)] as [(String, String?)])
    func context(value: String, target text: String?) {
        let result = MeasureRAGRule.assess(
            value: figure(value), target: text.map { AppliedTarget(target($0)) }, polarity: .notJudged,
            tolerances: .referenceKey, unit: .count)
        #expect(result.rag == nil)
    }

    @Test func aRunningTotalSaysWhichTarget() {
        let applied = MeasureTargetRule.applied(
            stated: nil, plan: target("2000000"), quarter: quarter("2019-20-q2"), cumulative: true)
        let result = MeasureRAGRule.assess(
            value: figure("960000"), target: applied, polarity: .higher, tolerances: .referenceKey, unit: .gbp)
        #expect(
            Fixtures.catalogue.text(result.explanation)
                == "£960,000 against a pro-rata target of £1,000,000 (half the year-end target of £2,000,000): 4% below target, within the 5% tolerance, so Green."
        )
    }
}

@Suite("Comparison rule: which earlier figure a figure is compared with")
struct MeasureComparisonRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let quarter: String
        let figures: [String]
        var sameQuarter = false
        var annual = false
        let expected: String?
        let basis: Comparison.Basis?
        var testDescription: String {
            "\(quarter) from \(figures) same quarter \(sameQuarter) annual \(annual) → \(expected ?? "none")"
        }
    }

    @Test(
        arguments: [
            Case(
                quarter: "2019-20-q2", figures: ["2019-20-q1", "2018-19-q4"], expected: "2019-20-q1",
                basis: .previousQuarter),
            // The quarter before had no figure: the latest that has one, within a year.
            Case(quarter: "2019-20-q3", figures: ["2019-20-q1"], expected: "2019-20-q1", basis: .latestEarlier),
            Case(quarter: "2019-20-q2", figures: ["2018-19-q2"], expected: "2018-19-q2", basis: .sameQuarterLastYear),
            Case(quarter: "2019-20-q2", figures: ["2018-19-q1"], expected: nil, basis: nil),
            // An annual measure looks back two years.
            Case(
                quarter: "2019-20-q3", figures: ["2018-19-q4"], annual: true, expected: "2018-19-q4",
                basis: .latestEarlier),
            Case(
                quarter: "2019-20-q3", figures: ["2017-18-q4"], annual: true, expected: "2017-18-q4",
                basis: .latestEarlier),
            Case(quarter: "2019-20-q3", figures: ["2017-18-q2"], annual: true, expected: nil, basis: nil),
            // Seasonal and running totals: the same quarter last year only.
            Case(
                quarter: "2020-21-q1", figures: ["2019-20-q4", "2019-20-q1"], sameQuarter: true,
                expected: "2019-20-q1", basis: .sameQuarterLastYear),
            Case(quarter: "2020-21-q1", figures: ["2019-20-q4"], sameQuarter: true, expected: nil, basis: nil),
            Case(quarter: "2020-21-q1", figures: ["2018-19-q1"], sameQuarter: true, expected: nil, basis: nil),
            // Later figures never count.
            Case(quarter: "2019-20-q2", figures: ["2019-20-q3"], expected: nil, basis: nil),
        ])
    func comparison(_ c: Case) {
        let figures = c.figures.map { (quarter($0), figure("1")) }
        let result = MeasureComparisonRule.comparison(
            for: quarter(c.quarter), sameQuarter: c.sameQuarter, annual: c.annual, figures: figures)
        #expect(result?.quarter.slug == c.expected)
        #expect(result?.basis == c.basis)
    }
}

@Suite("Direction rule: context measures and target ranges")
struct MeasureKindDirectionTests {
    @Test(
        arguments: [
            // A context measure only moves.
            ("51344", "48210", Polarity.notJudged, nil, DirectionOfTravel.up),
            ("48210", "51344", .notJudged, nil, .down),
            ("48400", "48210", .notJudged, nil, .noChange),  // within 1%
            ("100", "100", .notJudged, nil, .noChange),
            // Towards a range is better; inside it both times is sustained.
            ("95.2", "92.5", .target, "90 to 94", .declining),
            ("92.5", "95.2", .target, "90 to 94", .improving),
            ("86", "80", .target, "90 to 94", .improving),
            ("93", "91", .target, "90 to 94", .sustained),
            ("97", "86", .target, "90 to 94", .improving),  // 3 above is closer than 4 below
        ] as [(String, String, Polarity, String?, DirectionOfTravel)])
    func direction(value: String, earlier: String, polarity: Polarity, range: String?, expected: DirectionOfTravel) {
        let result = MeasureDirectionRule.assess(
            value: figure(value),
            against: Comparison(quarter: quarter("2019-20-q1"), value: figure(earlier), basis: .previousQuarter),
            polarity: polarity, target: range.map(target), unit: .percent)
        #expect(result.direction == expected, "\(Fixtures.catalogue.text(result.explanation))")
    }

    @Test(
        "the sentence names the quarter compared with",
        arguments: [
            (
                Comparison.Basis.previousQuarter,
                "74% against 71% in Quarter 1 2019/20: higher, and higher is better, so Improving."
            ),
            (
                .latestEarlier,
                "74% against 71% in Quarter 1 2019/20, the latest earlier figure: higher, and higher is better, so Improving."
            ),
            (
                .sameQuarterLastYear,
                "74% against 71% in Quarter 1 2019/20, the same quarter last year: higher, and higher is better, so Improving."
            ),
        ])
    func sentence(basis: Comparison.Basis, expected: String) {
        let result = MeasureDirectionRule.assess(
            value: figure("74"), against: Comparison(quarter: quarter("2019-20-q1"), value: figure("71"), basis: basis),
            polarity: .higher, target: nil, unit: .percent)
        #expect(Fixtures.catalogue.text(result.explanation) == expected)
    }

    @Test func aContextMeasureSentence() {
        let result = MeasureDirectionRule.assess(
            value: figure("51344"),
            against: Comparison(quarter: quarter("2019-20-q1"), value: figure("48210"), basis: .previousQuarter),
            polarity: .notJudged, target: nil, unit: .count)
        #expect(
            Fixtures.catalogue.text(result.explanation) == "51,344 against 48,210 in Quarter 1 2019/20: higher, so Up.")
    }
}

import Foundation
import QuarterlyModel
import QuarterlyTestSupport
import Testing

private func figure(_ text: String?) -> Figure? { text.flatMap(Figure.init(text:)) }

@Suite("Measure RAG rule")
struct MeasureRAGRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let value: String?, target: String?, polarity: Polarity
        var tolerances = Tolerances.referenceKey
        let expected: RAGStatus?
        var testDescription: String {
            "\(value ?? "nil") vs \(target ?? "nil") \(polarity) \(tolerances.basis) → \(expected?.label ?? "none")"
        }
    }

    static let absolute = Tolerances(green: Decimal(string: "0.05")!, amber: Decimal(string: "0.1")!, basis: .absolute)

    @Test(
        "value against target",
        arguments: [
            // Higher is better: on, above, and the exact edges of the 5% and 10% tolerances.
            Case(value: "95", target: "95", polarity: .higher, expected: .green),
            Case(value: "96.67", target: "95", polarity: .higher, expected: .green),
            Case(value: "90.25", target: "95", polarity: .higher, expected: .green),  // exactly 5% below
            Case(value: "90.24", target: "95", polarity: .higher, expected: .amber),  // just past 5%
            Case(value: "89.19", target: "95", polarity: .higher, expected: .amber),
            Case(value: "85.5", target: "95", polarity: .higher, expected: .amber),  // exactly 10% below
            Case(value: "85.49", target: "95", polarity: .higher, expected: .red),
            Case(value: "65", target: "90", polarity: .higher, expected: .red),
            // Lower is better: the same edges mirrored.
            Case(value: "3", target: "3.7", polarity: .lower, expected: .green),
            Case(value: "105", target: "100", polarity: .lower, expected: .green),  // exactly 5% above
            Case(value: "105.01", target: "100", polarity: .lower, expected: .amber),
            Case(value: "110", target: "100", polarity: .lower, expected: .amber),  // exactly 10% above
            Case(value: "110.01", target: "100", polarity: .lower, expected: .red),
            Case(value: "5.1", target: "3.7", polarity: .lower, expected: .red),
            // Close to target: either side counts.
            Case(value: "95", target: "100", polarity: .target, expected: .green),
            Case(value: "105", target: "100", polarity: .target, expected: .green),
            Case(value: "108", target: "100", polarity: .target, expected: .amber),
            Case(value: "92", target: "100", polarity: .target, expected: .amber),
            Case(value: "89", target: "100", polarity: .target, expected: .red),
            // Negative targets: percentages of the target's size (Progress 8).
            Case(value: "-0.16", target: "-0.03", polarity: .higher, expected: .red),
            Case(value: "-0.03", target: "-0.03", polarity: .higher, expected: .green),
            Case(value: "0.1", target: "-0.03", polarity: .higher, expected: .green),
            Case(value: "-0.2", target: "-0.2", polarity: .higher, expected: .green),
            Case(value: "-0.21", target: "-0.2", polarity: .higher, expected: .green),  // exactly 5% of 0.2
            Case(value: "-0.22", target: "-0.2", polarity: .higher, expected: .amber),
            // Zero targets: a percentage of zero is no room at all.
            Case(value: "0", target: "0", polarity: .lower, expected: .green),
            Case(value: "-1", target: "0", polarity: .lower, expected: .green),
            Case(value: "1", target: "0", polarity: .lower, expected: .red),
            // Absolute tolerances, in the measure's units.
            Case(value: "-0.16", target: "-0.03", polarity: .higher, tolerances: absolute, expected: .red),
            // exactly 0.05 off, then exactly 0.1 off
            Case(value: "-0.08", target: "-0.03", polarity: .higher, tolerances: absolute, expected: .green),
            Case(value: "-0.13", target: "-0.03", polarity: .higher, tolerances: absolute, expected: .amber),
            Case(value: "0.06", target: "0", polarity: .lower, tolerances: absolute, expected: .amber),
            // Site tolerances other than the reference key.
            Case(
                value: "97", target: "100", polarity: .higher, tolerances: Tolerances(green: 2, amber: 4),
                expected: .amber),
            Case(
                value: "97", target: "100", polarity: .higher, tolerances: Tolerances(green: 0, amber: 0),
                expected: .red),
            // Nothing to judge.
            Case(value: nil, target: "95", polarity: .higher, expected: nil),
            Case(value: "95", target: nil, polarity: .higher, expected: nil),
        ])
    func rag(_ c: Case) {
        let result = MeasureRAGRule.assess(
            value: figure(c.value), target: figure(c.target), polarity: c.polarity,
            tolerances: c.tolerances, unit: .number)
        #expect(result.rag == c.expected, "\(Fixtures.catalogue.text(result.explanation))")
    }

    @Test(
        "explanations",
        arguments: [
            (
                "89.19", "95", Polarity.higher, MeasureUnit.percent,
                "89.19% against a target of 95%: 6.1% below target, outside the 5% tolerance, so Amber."
            ),
            ("96.67", "95", .higher, .percent, "96.67% against a target of 95%: above target, so Green."),
            (
                "90.25", "95", .higher, .percent,
                "90.25% against a target of 95%: 5% below target, within the 5% tolerance, so Green."
            ),
            (
                "90.24", "95", .higher, .percent,
                "90.24% against a target of 95%: 5.01% below target, outside the 5% tolerance, so Amber."
            ),
            (
                "65", "90", .higher, .percent,
                "65% against a target of 90%: 27.8% below target, beyond the 10% tolerance for Amber, so Red."
            ),
            (
                "569", "520", .lower, .count,
                "569 against a target of 520 (lower is better): 9.4% above target, outside the 5% tolerance, so Amber."
            ),
            (
                "1", "0", .lower, .count,
                "1 against a target of 0 (lower is better): 1 above target; a target of zero leaves no room for a percentage tolerance, so Red."
            ),
        ])
    func explanation(value: String, target: String, polarity: Polarity, unit: MeasureUnit, sentence: String) {
        let result = MeasureRAGRule.assess(
            value: figure(value), target: figure(target), polarity: polarity,
            tolerances: .referenceKey, unit: unit)
        #expect(Fixtures.catalogue.text(result.explanation) == sentence)
    }

    @Test func noValueIsNoData() {
        let result = MeasureRAGRule.assess(
            value: nil, target: figure("95"), polarity: .higher, tolerances: .referenceKey, unit: .percent)
        #expect(result.rag == nil)
        #expect(Fixtures.catalogue.text(result.explanation).contains("no data"))
    }

    @Test func absoluteExplanationUsesUnits() {
        let result = MeasureRAGRule.assess(
            value: figure("-0.16"), target: figure("-0.03"), polarity: .higher,
            tolerances: Self.absolute, unit: .score)
        #expect(
            Fixtures.catalogue.text(result.explanation)
                == "-0.16 against a target of -0.03: 0.13 below target, beyond the 0.1 tolerance for Amber, so Red.")
    }
}

@Suite("Direction rules")
struct DirectionRuleTests {
    @Test(
        "measures",
        arguments: [
            ("65", "68", Polarity.higher, nil as String?, DirectionOfTravel.declining),
            ("68", "65", .higher, nil, .improving),
            ("65.5", "65", .higher, nil, .sustained),  // 0.77% change: within 1%
            ("101", "100", .higher, nil, .sustained),  // exactly 1%
            ("101.01", "100", .higher, nil, .improving),
            ("569", "540", .lower, nil, .declining),
            ("500", "540", .lower, nil, .improving),
            ("0", "0", .lower, nil, .sustained),
            ("1", "0", .lower, nil, .declining),
            ("98", "90", .target, "100", .improving),
            ("112", "104", .target, "100", .declining),
            ("96", "104", .target, "100", .sustained),  // as far off, the other side
            ("-0.16", "-0.2", .higher, nil, .improving),
        ])
    func measure(value: String, earlier: String, polarity: Polarity, target: String?, expected: DirectionOfTravel)
        throws
    {
        let result = MeasureDirectionRule.assess(
            value: try #require(figure(value)), earlier: try #require(figure(earlier)),
            earlierQuarter: try #require(QuarterID("2019-20-q1")), polarity: polarity,
            target: figure(target), unit: .number)
        #expect(result.direction == expected, "\(Fixtures.catalogue.text(result.explanation))")
    }

    @Test func measureExplanation() throws {
        let result = MeasureDirectionRule.assess(
            value: try #require(figure("65")), earlier: try #require(figure("68")),
            earlierQuarter: try #require(QuarterID("2019-20-q1")), polarity: .higher,
            target: nil, unit: .percent)
        #expect(
            Fixtures.catalogue.text(result.explanation)
                == "65% against 68% in Quarter 1 2019/20: lower, and higher is better, so Declining.")
    }

    @Test(
        "actions follow the RAG change",
        arguments: [
            (RAGStatus.red, RAGStatus.amber, DirectionOfTravel.improving),
            (.amber, .green, .improving),
            (.green, .complete, .improving),
            (.red, .complete, .improving),
            (.green, .green, .sustained),
            (.complete, .complete, .sustained),
            (.green, .amber, .declining),
            (.amber, .red, .declining),
            (.complete, .green, .declining),
        ])
    func action(from: RAGStatus, to: RAGStatus, expected: DirectionOfTravel) {
        #expect(ActionDirectionRule.direction(from: from, to: to) == expected)
    }
}

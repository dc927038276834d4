import Foundation
import QuarterlyModel
import QuarterlyRender
import QuarterlyTestSupport
import Testing

@Suite("Chart building blocks")
struct ChartPartTests {
    @Test(
        "nice ticks",
        arguments: [
            (0.0, 96.67, 6, [0.0, 20, 40, 60, 80, 100]),
            (0.0, 5.1, 6, [0, 2, 4, 6]),
            (-0.16, -0.03, 6, [-0.2, -0.15, -0.1, -0.05, 0]),
            (3.7, 5.1, 5, [3.5, 4, 4.5, 5, 5.5]),
            (800.0, 800.0, 5, [700, 750, 800, 850, 900]),
            (0.0, 0.0, 5, [0, 0.25, 0.5, 0.75, 1]),
            (0.0, 1848000.0, 5, [0, 500000, 1_000_000, 1_500_000, 2_000_000]),
        ])
    func ticks(low: Double, high: Double, count: Int, expected: [Double]) {
        let ticks = NiceTicks(minimum: low, maximum: high, count: count)
        #expect(ticks.values.count == expected.count, "\(ticks.values)")
        for (tick, value) in zip(ticks.values, expected) { #expect(abs(tick - value) < 1e-9, "\(ticks.values)") }
        #expect(ticks.lower <= low && ticks.upper >= high)
    }

    @Test(
        "tick labels show the step's decimals",
        arguments: [
            (0.0, 1.0, "0.25", 0.25), (0.0, 100.0, "40", 40), (-0.16, -0.03, "-0.10", -0.1),
        ])
    func tickText(low: Double, high: Double, text: String, value: Double) {
        let ticks = NiceTicks(minimum: low, maximum: high, count: 5)
        #expect(ticks.text(value) == text)
    }

    /// The labels are written without Foundation's formatter: each must be what
    /// `%.<decimals>f` prints, negative, tiny and huge ranges too.
    @Test(
        "tick labels are what printf would print",
        arguments: [
            (0.0, 1.0), (-0.16, -0.03), (0.001, 0.0042), (-1e7, 3e9), (12345.678, 12399), (0, 0), (-5, -5),
            (-0.3, 0.7), (1e17, 1e18), (0.0000012, 0.0000013), (-250, -0.5), (99.5, 100.5), (1, 1e6),
        ] as [(Double, Double)])
    func tickTextIsPrintf(low: Double, high: Double) {
        for count in [2, 5, 6, 11] {
            let ticks = NiceTicks(minimum: low, maximum: high, count: count)
            for value in ticks.values {
                let printed = String(format: "%.\(ticks.decimals)f", value == 0 ? 0 : value)
                #expect(ticks.text(value) == printed, "\(low)...\(high) by \(count): \(value)")
            }
        }
    }

    @Test func scaleMapsEndsAndMiddle() {
        let scale = LinearScale(domain: 0...100, range: (268, 24))
        #expect(scale(0) == 268)
        #expect(scale(100) == 24)
        #expect(scale(50) == 146)
    }

    @Test(
        "paths break at missing values",
        arguments: [
            ([(0.0, 0.0), (10, 5), nil, (30, 5)] as [(Double, Double)?], "M0 0 L10 5 M30 5"),
            ([nil, (1.25, 2.04)], "M1.3 2"),
            ([], ""),
        ])
    func gaps(points: [(Double, Double)?], expected: String) {
        #expect(LinePath.data(points.map { $0.map { (x: $0.0, y: $0.1) } }) == expected)
    }

    @Test func targetStepsWhenItChanges() {
        let path = LinePath.steps([800, 800, 600], x: { Double($0) * 10 }, halfBand: 5, y: { $0 / 100 })
        #expect(path == "M-5 8 L5 8 L15 8 L15 6 L25 6")
    }

    @Test func escaping() {
        let svg = SVG.el("text", [("class", "a\"b")], [.text("<script>&")])
        #expect(svg.markup == "<text class=\"a&quot;b\">&lt;script&gt;&amp;</text>")
    }

    @Test func endLabelsNeverOverlap() {
        let labels = TrendChart.placeLabels(
            [("Target", 100, "t"), ("England", 101, "c"), ("Cumbria", 99, "v")],
            x: 500, top: 24, bottom: 268)
        let ys = labels.compactMap { svg -> Double? in
            guard case .element(_, let attributes, _) = svg else { return nil }
            return attributes.first { $0.0 == "y" }.flatMap { Double($0.1) }
        }.sorted()
        #expect(ys.count == 3)
        for (a, b) in zip(ys, ys.dropFirst()) { #expect(b - a >= 18) }
    }
}

@Suite("Charts")
struct ChartTests {
    static func trend(values: [Double?], rags: [RAGStatus?]) -> TrendChart {
        TrendChart(
            id: "t", title: "Emergency defects repaired", description: "Four values from 95.65% to 89.19%.",
            quarters: [("Q4", "2018/19"), ("Q1", "2019/20"), ("Q2", "2019/20"), ("Q3", "2019/20")],
            values: values, rags: rags, targets: [95, 95, 95, 95], baseline: nil,
            comparators: [.init(name: "England", values: [90, nil, 91, 92])], unit: .percent, words: Fixtures.catalogue)
    }

    @Test func trendChartIsAnAccessibleImage() {
        let markup = Self.trend(values: [95.65, 96.67, 91.46, 89.19], rags: [.green, .green, .green, .amber]).svg.markup
        // Drawn at the content width, so its text is the page's size.
        #expect(
            markup.hasPrefix(
                "<svg class=\"chart trend-chart\" viewBox=\"0 0 768 320\" role=\"img\" aria-labelledby=\"t-title t-desc\""
            ))
        #expect(markup.contains("<title id=\"t-title\">Emergency defects repaired</title>"))
        #expect(markup.contains("<desc id=\"t-desc\">Four values from 95.65% to 89.19%.</desc>"))
        #expect(markup.components(separatedBy: "class=\"mark mark-green\"").count - 1 == 3)
        #expect(markup.components(separatedBy: "class=\"mark mark-amber\"").count - 1 == 1)
        // The case: a fall from 96.7% to 89.2% near the top of the range. The axis is
        // fitted to the figures, and says so, rather than flattening them against 0–100%.
        #expect(markup.contains(">Percentage (axis starts at 88%, not zero)</text>"))
        #expect(markup.contains(">88%</text>") && markup.contains(">98%</text>") && !markup.contains(">0%</text>"))
        #expect(markup.contains("class=\"axis-break\""))
        #expect(markup.contains(">England</tspan>"))
        #expect(markup.contains("stroke-dasharray=\"10 5\""))
        #expect(!markup.contains("NaN"))
    }

    @Test func missingValuesAreGapsNotMarks() {
        let markup = Self.trend(values: [95.65, nil, 91.46, 89.19], rags: [.green, nil, .green, .amber]).svg.markup
        let valuePath = markup.components(separatedBy: "class=\"line value\" d=\"")[1].prefix { $0 != "\"" }
        #expect(valuePath.filter { $0 == "M" }.count == 2)
        #expect(markup.components(separatedBy: "class=\"mark ").count - 1 == 3)
    }

    @Test func scoresKeepTheirOwnRange() {
        var chart = Self.trend(values: [-0.16, -0.1, nil, nil], rags: [.red, .red, nil, nil])
        chart.unit = .score
        chart.targets = [-0.03, -0.03, nil, nil]
        chart.comparators = []
        let markup = chart.svg.markup
        // Scores may be negative: the axis follows the data instead of starting at zero.
        #expect(markup.contains(">-0.20</text>") && markup.contains(">-0.15</text>"))
        #expect(!markup.contains(">Percentage</text>") && markup.contains(">Score</text>"))
    }

    @Test func sparklineNeedsTwoValues() {
        #expect(Sparkline(id: "s", title: "t", values: [1], lastRAG: .green).svg == nil)
        let markup = Sparkline(id: "s", title: "Trend", values: [68, 65], lastRAG: .red).svg?.markup ?? ""
        #expect(markup.contains("role=\"img\" aria-labelledby=\"s-title s-desc\""))
        #expect(markup.contains("mark mark-red"))
    }

    @Test func distributionLabelsEverySegmentWithItsCount() {
        var q1 = RAGCount()
        var q2 = RAGCount()
        for rag in [RAGStatus.red, .amber, .amber, .green, .green, .green] { q1.add(rag) }
        for rag in [RAGStatus.green, .green, .complete, nil] { q2.add(rag) }
        let markup = RAGDistributionChart(
            id: "d", title: "All actions", description: "…",
            quarters: [("Q1", "2019/20"), ("Q2", "2019/20")], counts: [q1, q2], words: Fixtures.catalogue
        ).svg.markup
        #expect(markup.components(separatedBy: "class=\"bar-count\"").count - 1 == 6)
        for label in ["Red", "Amber", "Green", "Complete", "Not rated"] { #expect(markup.contains(">\(label)</text>")) }
        #expect(markup.contains(">3</text>"))
        // Readable without colour: every status but Green (plain) is textured, in the bars
        // (red, amber; complete, not rated) and in the legend.
        for status in ["red", "amber", "complete", "none"] {
            #expect(markup.contains("<pattern id=\"d-pattern-\(status)\""))
            #expect(markup.components(separatedBy: "fill=\"url(#d-pattern-\(status))\"").count - 1 == 2)
        }
        #expect(!markup.contains("d-pattern-green"))
    }

    @Test func timelineShowsUnreportedQuarters() {
        let markup = RAGTimelineChart(
            id: "a", title: "t", description: "d", quarters: [("Q1", "2019/20"), ("Q2", "2019/20"), ("Q3", "2019/20")],
            rags: [.amber, nil, .green], reported: [true, false, true], words: Fixtures.catalogue
        ).svg.markup
        #expect(markup.contains(">Amber</text>") && markup.contains(">Green</text>") && markup.contains(">–</text>"))
    }
}

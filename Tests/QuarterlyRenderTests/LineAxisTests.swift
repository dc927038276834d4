import QuarterlyModel
import QuarterlyRender
import Testing

/// Where a line chart's axis starts: at zero, unless the figures sit near the top of their
/// range, where a fall would be a few pixels; then fitted to them, and labelled so.
@Suite struct LineAxisTests {
    @Test(
        "where a line chart's axis starts",
        arguments: [
            // Near the top of their range: fitted, so a fall of 7.5 points is visible.
            (89.19, 96.67, MeasureUnit.percent, 88.0, 98.0, true),
            (760, 820, .count, 760, 820, true),
            // Spread over more than a quarter of the top: from zero.
            (40, 96.7, .percent, 0, 100, false),
            (0, 5, .count, 0, 5, false),
            // Scores keep their own range, never "fitted" to it.
            (-0.16, -0.03, .score, -0.2, 0, false),
        ])
    func lineAxis(low: Double, high: Double, unit: MeasureUnit, from: Double, to: Double, fitted: Bool) {
        let axis = ChartNumbers.lineAxis(low: low, high: high, unit: unit)
        #expect(axis.ticks.lower == from)
        #expect(axis.ticks.upper == to)
        #expect(axis.fitted == fitted)
    }
}

import QuarterlyModel

/// How an axis labels numbers for each unit: "40%", "£1,200", "2.5".
package enum ChartNumbers {
    /// The width charts are drawn at: the stylesheet's widest chart (48rem), so that at
    /// full size one unit is one pixel and 14-unit text is 14px, however many quarters.
    static let contentWidth = 768.0

    static func axisLabel(_ text: String, unit: MeasureUnit) -> String {
        switch unit {
        case .days: MeasureUnit.count.format(text)
        default: unit.format(text)
        }
    }

    /// Units where zero is a meaningful floor, so the y axis starts there.
    static func startsAtZero(_ unit: MeasureUnit) -> Bool {
        unit != .score
    }

    /// The part of its range a line chart's figures span below which the axis is fitted
    /// to them instead of starting at zero.
    static let fittedShare = 0.25

    /// The y axis of a line chart: from zero for a unit with a floor at zero, unless the
    /// figures sit near the top of their range (they span less than a quarter of the
    /// highest), when a fall from 96.7% to 89.2% would be a few pixels: the axis is then
    /// fitted to the figures, and `fitted` is true so the chart says where it starts.
    /// Bars always start at zero and never use this.
    package static func lineAxis(low: Double, high: Double, unit: MeasureUnit) -> (ticks: NiceTicks, fitted: Bool) {
        guard startsAtZero(unit), low >= 0 else { return (NiceTicks(minimum: low, maximum: high, count: 6), false) }
        if high > 0, high - low < high * fittedShare {
            let ticks = NiceTicks(minimum: low, maximum: high, count: 6)
            if ticks.lower > 0 { return (ticks, true) }
        }
        return (NiceTicks(minimum: 0, maximum: high, count: 6), false)
    }
}

import QuarterlyModel

/// How an axis labels numbers for each unit: "40%", "£1,200", "2.5".
enum ChartNumbers {
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
}

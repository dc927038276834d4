/// The earlier figure a quarter's figure is compared with, and how it was chosen.
public struct Comparison: Sendable, Equatable {
    public enum Basis: String, Sendable {
        /// The quarter just before.
        case previousQuarter = "previous-quarter"
        /// An earlier quarter: the ones between have no figure.
        case latestEarlier = "latest-earlier"
        /// The same quarter a year before (seasonal and cumulative measures).
        case sameQuarterLastYear = "same-quarter-last-year"
    }

    public let quarter: QuarterID
    public let value: Figure
    public let basis: Basis

    public init(quarter: QuarterID, value: Figure, basis: Basis) {
        self.quarter = quarter
        self.value = value
        self.basis = basis
    }

    /// "Quarter 2 2018/19, the same quarter last year": the quarter, and why that one
    /// when it is not simply the quarter before.
    public var named: Message {
        switch basis {
        case .previousQuarter: quarter.name
        case .latestEarlier: Message("comparison.latestEarlier", ["quarter": .message(quarter.name)])
        case .sameQuarterLastYear: Message("comparison.sameQuarterLastYear", ["quarter": .message(quarter.name)])
        }
    }
}

/// The comparison rule: a figure is compared with the latest earlier figure, skipping
/// quarters reported without one (a survey collected twice a year is compared with its
/// last collection), as long as it is recent enough to be "the last report": at most a
/// year older, or two years for an annual measure. Seasonal measures, and running totals
/// for the year so far (which start again each year), are compared with the same quarter
/// last year only.
public enum MeasureComparisonRule {
    /// How many quarters back the earlier figure may be.
    public static func window(annual: Bool) -> Int { annual ? 8 : 4 }

    /// - Parameters:
    ///   - sameQuarter: compare only with the same quarter last year.
    ///   - annual: the measure is reported once a year.
    ///   - figures: the measure's figures by quarter, in any order (later ones are ignored).
    public static func comparison(
        for quarter: QuarterID, sameQuarter: Bool, annual: Bool = false, figures: [(QuarterID, Figure)]
    ) -> Comparison? {
        if sameQuarter {
            let lastYear = quarter.sameQuarterLastYear
            return figures.first { $0.0 == lastYear }.map {
                Comparison(quarter: lastYear, value: $0.1, basis: .sameQuarterLastYear)
            }
        }
        var earliest = quarter
        for _ in 0..<window(annual: annual) { earliest = earliest.previous }
        let candidates = figures.filter { $0.0 < quarter && $0.0 >= earliest }
        guard let (earlier, value) = candidates.max(by: { $0.0 < $1.0 }) else { return nil }
        let basis: Comparison.Basis =
            earlier == quarter.previous
            ? .previousQuarter : earlier == quarter.sameQuarterLastYear ? .sameQuarterLastYear : .latestEarlier
        return Comparison(quarter: earlier, value: value, basis: basis)
    }
}

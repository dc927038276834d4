import Foundation

/// How far a figure falls short of its target, as a percentage of the target's size:
/// below it when higher is better, above it when lower is better, outside the range (from
/// its nearer end) or either side of a single target when close to target is better. It
/// ranks the measures "furthest from target" in a report's summary, whatever their units.
public enum TargetShortfall {
    /// Nil when the figure is on target or better, and when the target (or the range's
    /// nearer end) is zero, which has no size to be a percentage of.
    public static func percent(value: Figure, target: Target, polarity: Polarity) -> Decimal? {
        let value = value.decimal
        let gap: Decimal
        let edge: Decimal
        switch target {
        case .figure(let figure):
            edge = figure.decimal
            switch polarity {
            case .higher: gap = edge - value
            case .lower: gap = value - edge
            case .target: gap = abs(value - edge)
            case .notJudged: return nil
            }
        case .range(let low, let high):
            guard polarity.isJudged else { return nil }
            if value < low.decimal {
                (gap, edge) = (low.decimal - value, low.decimal)
            } else if value > high.decimal {
                (gap, edge) = (value - high.decimal, high.decimal)
            } else {
                return nil
            }
        }
        guard gap > 0, edge != 0 else { return nil }
        return gap / abs(edge) * 100
    }
}

import Foundation

/// A direction of travel as the figures give it, and the sentence that explains it.
public struct DirectionAssessment: Sendable, Equatable {
    public let direction: DirectionOfTravel
    /// The quarter compared with.
    public let comparedWith: QuarterID
    public let explanation: String
}

/// The measure direction rule.
///
/// A value is compared with an earlier one: the previous quarter's, or the same quarter
/// last year's for seasonal and annual measures. A change of at most `sustainedMargin`
/// percent of the earlier value (either way) is Sustained; otherwise the polarity says
/// whether the change is for the better. When close to target is better, moving closer
/// to the target is Improving. An earlier value of 0 is Sustained only when unchanged.
public enum MeasureDirectionRule {
    /// 1%: small wobbles in a figure are not a trend.
    public static let sustainedMargin: Decimal = 1

    public static func assess(
        value: Figure, earlier: Figure, earlierQuarter: QuarterID, polarity: Polarity,
        target: Figure?, unit: MeasureUnit
    ) -> DirectionAssessment {
        let change = value.decimal - earlier.decimal
        let opening = "\(unit.format(value.text)) against \(unit.format(earlier.text)) in \(earlierQuarter.label)"
        func result(_ direction: DirectionOfTravel, _ reason: String) -> DirectionAssessment {
            DirectionAssessment(
                direction: direction, comparedWith: earlierQuarter,
                explanation: "\(opening): \(reason), so \(direction.label).")
        }
        if abs(change) * 100 <= sustainedMargin * abs(earlier.decimal) {
            return result(
                .sustained,
                change == 0
                    ? "no change" : "a change within \(MeasureRAGRule.text(sustainedMargin))% of the earlier figure")
        }
        let moved = change > 0 ? "higher" : "lower"
        switch polarity {
        case .higher: return result(change > 0 ? .improving : .declining, "\(moved), and higher is better")
        case .lower: return result(change < 0 ? .improving : .declining, "\(moved), and lower is better")
        case .target:
            guard let target else { return result(.sustained, "\(moved), with no target to move towards") }
            let before = abs(earlier.decimal - target.decimal)
            let after = abs(value.decimal - target.decimal)
            if after < before { return result(.improving, "closer to the target of \(unit.format(target.text))") }
            if after > before { return result(.declining, "further from the target of \(unit.format(target.text))") }
            return result(.sustained, "as far from the target of \(unit.format(target.text)) as before")
        }
    }
}

/// The action direction rule: the RAG moving up the scale red < amber < green < complete
/// is Improving, down is Declining, unchanged is Sustained.
public enum ActionDirectionRule {
    public static func direction(from earlier: RAGStatus, to current: RAGStatus) -> DirectionOfTravel {
        if current.rank > earlier.rank { return .improving }
        if current.rank < earlier.rank { return .declining }
        return .sustained
    }
}

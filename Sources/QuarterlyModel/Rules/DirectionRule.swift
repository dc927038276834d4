import Foundation

/// A direction of travel as the figures give it, and the sentence that explains it.
public struct DirectionAssessment: Sendable, Equatable {
    public let direction: DirectionOfTravel
    /// The earlier figure compared with.
    public let comparison: Comparison
    public let explanation: Message

    /// The quarter compared with.
    public var comparedWith: QuarterID { comparison.quarter }
}

/// The measure direction rule.
///
/// A value is compared with an earlier one (`MeasureComparisonRule` says which). A
/// change of at most `sustainedMargin` percent of the earlier value (either way) is
/// Sustained; otherwise the polarity says whether the change is for the better. When
/// close to target is better, moving closer to the target (or its range) is Improving.
/// An earlier value of 0 is Sustained only when unchanged. A context measure
/// (`polarity: none`) is not judged: it moved Up or Down, or there was No change (within
/// the same margin).
public enum MeasureDirectionRule {
    /// 1%: small wobbles in a figure are not a trend.
    public static let sustainedMargin: Decimal = 1

    public static func assess(
        value: Figure, earlier: Figure, earlierQuarter: QuarterID, polarity: Polarity,
        target: Figure?, unit: MeasureUnit
    ) -> DirectionAssessment {
        assess(
            value: value, against: Comparison(quarter: earlierQuarter, value: earlier, basis: .previousQuarter),
            polarity: polarity, target: target.map(Target.figure), unit: unit)
    }

    public static func assess(
        value: Figure, against comparison: Comparison, polarity: Polarity, target: Target?, unit: MeasureUnit
    ) -> DirectionAssessment {
        let earlier = comparison.value
        let change = value.decimal - earlier.decimal
        func result(_ direction: DirectionOfTravel, _ reason: String, _ extra: [String: MessageArgument] = [:])
            -> DirectionAssessment
        {
            DirectionAssessment(
                direction: direction, comparison: comparison,
                explanation: Message(
                    "directionRule.sentence",
                    [
                        "value": .text(unit.format(value.text)), "earlier": .text(unit.format(earlier.text)),
                        "quarter": .message(comparison.named),
                        "reason": .message(Message("directionRule." + reason, extra)),
                        "direction": .message(direction.name),
                    ]))
        }
        let moved = change > 0 ? "higher" : "lower"
        if abs(change) * 100 <= sustainedMargin * abs(earlier.decimal) {
            let same = polarity.isJudged ? "noChange" : "sameFigure"
            return result(
                polarity.isJudged ? .sustained : .noChange, change == 0 ? same : "withinMargin",
                ["margin": .text(MeasureRAGRule.text(sustainedMargin) + "%")])
        }
        switch polarity {
        case .notJudged: return result(change > 0 ? .up : .down, moved)
        case .higher: return result(change > 0 ? .improving : .declining, moved + "HigherBetter")
        case .lower: return result(change < 0 ? .improving : .declining, moved + "LowerBetter")
        case .target:
            guard let target else { return result(.sustained, moved + "NoTarget") }
            let before = distance(earlier, from: target)
            let after = distance(value, from: target)
            let named: [String: MessageArgument] = [
                "target": .message(
                    Message(
                        target.isRange ? "directionRule.range" : "directionRule.target",
                        ["target": .text(target.shown(unit))]))
            ]
            if after < before { return result(.improving, "closer", named) }
            if after > before { return result(.declining, "further", named) }
            if after == 0 { return result(.sustained, "withinBothTimes", named) }
            return result(.sustained, "asFar", named)
        }
    }

    /// How far a figure is from a target, or from the nearer end of a range (0 inside it).
    static func distance(_ figure: Figure, from target: Target) -> Decimal {
        let value = figure.decimal
        if value < target.low.decimal { return target.low.decimal - value }
        if value > target.high.decimal { return value - target.high.decimal }
        return 0
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

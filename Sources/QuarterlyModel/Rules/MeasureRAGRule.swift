import Foundation

/// A measure's RAG as the figures give it, and the sentence that explains it.
public struct RAGAssessment: Sendable, Equatable {
    /// nil: no data (no value) or not rated (no target).
    public let rag: RAGStatus?
    /// "89.19% against a target of 95%: 6.1% below target, outside the 5% tolerance, so Amber."
    public let explanation: String
}

/// The measure RAG rule.
///
/// - The shortfall is how far the value is on the wrong side of the target: below it
///   when higher is better, above it when lower is better, either side when close to
///   target is better. On target or better is Green.
/// - Percent basis: the shortfall as a percentage of the target's size (its magnitude,
///   so a target of -0.03 is treated as 0.03 wide). A shortfall up to and including the
///   green tolerance is Green, up to and including the amber tolerance Amber, beyond Red.
///   A target of 0 has no size: any shortfall is then Red (use the absolute basis).
/// - Absolute basis: the same comparisons in the measure's own units.
/// - A target range (`90 to 94`) is the band the council counts as on target, so it
///   takes the place of the green tolerance: inside it is Green, outside it by up to the
///   amber tolerance (of the nearer end) Amber, further Red.
/// - A context measure (`polarity: none`) is not judged: never rated.
/// - Arithmetic is exact decimal, so the edges are exact: 90.25 against 95 is 5% off, Green.
public enum MeasureRAGRule {
    /// A figure against a plain target for the year.
    public static func assess(
        value: Figure?, target: Figure?, polarity: Polarity, tolerances: Tolerances, unit: MeasureUnit
    ) -> RAGAssessment {
        assess(
            value: value,
            target: target.map { AppliedTarget(.figure($0)) },
            polarity: polarity, tolerances: tolerances, unit: unit)
    }

    public static func assess(
        value: Figure?, target applied: AppliedTarget?, polarity: Polarity, tolerances: Tolerances,
        unit: MeasureUnit
    ) -> RAGAssessment {
        guard let value else {
            return RAGAssessment(
                rag: nil,
                explanation: polarity.isJudged
                    ? "No figure was reported, so there is no data to rate." : "No figure was reported.")
        }
        let shown = unit.format(value.text)
        guard polarity.isJudged else {
            return RAGAssessment(
                rag: nil, explanation: "\(shown): a context measure, shown for information, so it is not rated.")
        }
        guard let applied else {
            return RAGAssessment(rag: nil, explanation: "\(shown) with no target set, so it is not rated.")
        }
        let opening =
            "\(shown) against \(applied.phrase(unit))"
            + (polarity == .lower && !applied.target.isRange ? " (lower is better)" : "")
        switch applied.target {
        case .figure(let target):
            return assess(value, target: target, opening: opening, polarity: polarity, tolerances, unit)
        case .range(let low, let high):
            return assess(value, low: low, high: high, opening: opening, tolerances, unit)
        }
    }

    private static func assess(
        _ value: Figure, target: Figure, opening: String, polarity: Polarity, _ tolerances: Tolerances,
        _ unit: MeasureUnit
    ) -> RAGAssessment {
        let difference = value.decimal - target.decimal
        let gap: Decimal =
            switch polarity {
            case .higher: -difference
            case .lower: difference
            case .target, .notJudged: abs(difference)
            }
        if gap <= 0 {
            let position =
                switch polarity {
                case .higher: difference == 0 ? "on target" : "above target"
                case .lower: difference == 0 ? "on target" : "below target"
                case .target, .notJudged: "on target"
                }
            return RAGAssessment(rag: .green, explanation: "\(opening): \(position), so Green.")
        }
        let side = difference < 0 ? "below" : "above"
        let direction = "\(side) target"
        switch tolerances.basis {
        case .percent:
            guard target.decimal != 0 else {
                let amount = unit.formatDifference(abs(difference))
                return RAGAssessment(
                    rag: .red,
                    explanation:
                        "\(opening): \(amount) \(direction); a target of zero leaves no room for a percentage tolerance, so Red."
                )
            }
            let percent = gap / abs(target.decimal) * 100
            let (rag, clause) = band(percent, tolerances, unit: unit)
            let amount = Self.shownPercent(percent, near: [tolerances.green, tolerances.amber])
            return RAGAssessment(
                rag: rag, explanation: "\(opening): \(amount)% \(direction), \(clause), so \(rag.label).")
        case .absolute:
            let (rag, clause) = band(gap, tolerances, unit: unit)
            let amount = unit.formatDifference(abs(difference))
            return RAGAssessment(
                rag: rag, explanation: "\(opening): \(amount) \(direction), \(clause), so \(rag.label).")
        }
    }

    /// Inside the range is Green; outside, the distance from the nearer end against the amber tolerance.
    private static func assess(
        _ value: Figure, low: Figure, high: Figure, opening: String, _ tolerances: Tolerances, _ unit: MeasureUnit
    ) -> RAGAssessment {
        if value.decimal >= low.decimal, value.decimal <= high.decimal {
            return RAGAssessment(rag: .green, explanation: "\(opening): within the range, so Green.")
        }
        let (edge, side) = value.decimal < low.decimal ? (low, "below") : (high, "above")
        let gap = abs(value.decimal - edge.decimal)
        let amber = tolerances.shown(tolerances.amber, unit: unit)
        func rated(_ within: Bool) -> (RAGStatus, String) {
            within
                ? (.amber, "within the \(amber) tolerance for Amber")
                : (.red, "beyond the \(amber) tolerance for Amber")
        }
        switch tolerances.basis {
        case .percent:
            guard edge.decimal != 0 else {
                return RAGAssessment(
                    rag: .red,
                    explanation:
                        "\(opening): \(unit.formatDifference(gap)) \(side) the range; an end of zero leaves no room for a percentage tolerance, so Red."
                )
            }
            let percent = gap / abs(edge.decimal) * 100
            let (rag, clause) = rated(percent <= tolerances.amber)
            let amount = Self.shownPercent(percent, near: [tolerances.amber])
            return RAGAssessment(
                rag: rag, explanation: "\(opening): \(amount)% \(side) the range, \(clause), so \(rag.label).")
        case .absolute:
            let (rag, clause) = rated(gap <= tolerances.amber)
            return RAGAssessment(
                rag: rag,
                explanation: "\(opening): \(unit.formatDifference(gap)) \(side) the range, \(clause), so \(rag.label).")
        }
    }

    private static func band(_ gap: Decimal, _ tolerances: Tolerances, unit: MeasureUnit) -> (RAGStatus, String) {
        let green = tolerances.shown(tolerances.green, unit: unit)
        if gap <= tolerances.green { return (.green, "within the \(green) tolerance") }
        if gap <= tolerances.amber { return (.amber, "outside the \(green) tolerance") }
        return (.red, "beyond the \(tolerances.shown(tolerances.amber, unit: unit)) tolerance for Amber")
    }

    /// One decimal place, or more when one place would make a value just past an edge
    /// look like the edge itself (5.04% is shown as 5.04%, not 5.0%).
    static func shownPercent(_ percent: Decimal, near edges: [Decimal]) -> String {
        for places in 1...4 {
            let rounded = percent.rounded(places)
            if !edges.contains(where: { $0 == rounded && $0 != percent }) { return text(rounded) }
        }
        return text(percent.rounded(6))
    }

    /// A decimal without trailing zeros: 5 → "5", 6.10 → "6.1".
    public static func text(_ number: Decimal) -> String {
        var value = number
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 6, .plain)
        return "\(rounded)"
    }
}

extension Tolerances {
    /// A tolerance as the rule's sentences and the RAG key show it: a percentage of the
    /// target ("5%"), or a distance in the measure's units ("2 percentage points"; a
    /// plain number where no measure is in view, as in the site's key).
    public func shown(_ amount: Decimal, unit: MeasureUnit? = nil) -> String {
        switch basis {
        case .percent: "\(MeasureRAGRule.text(amount))%"
        case .absolute: unit?.formatDifference(amount) ?? MeasureRAGRule.text(amount)
        }
    }

    /// The Amber band, from the green to the amber tolerance: "5–10%".
    public var amberRange: String {
        let range = "\(MeasureRAGRule.text(green))–\(MeasureRAGRule.text(amber))"
        return basis == .percent ? range + "%" : range
    }

    /// "Green when on target or within 5% of it, Amber within 10%, Red beyond".
    public func sentence(unit: MeasureUnit) -> String {
        "Green when on target or within \(shown(green, unit: unit)) of it, Amber within \(shown(amber, unit: unit)), Red beyond"
    }
}

extension Decimal {
    func rounded(_ places: Int) -> Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, places, .plain)
        return result
    }
}

extension MeasureUnit {
    /// A difference between two values, in words that read right for the unit:
    /// "2.5 percentage points", "£1,200", "3 days".
    public func formatDifference(_ amount: Decimal) -> String {
        let text = MeasureRAGRule.text(amount)
        switch self {
        case .percent: return text + (amount == 1 ? " percentage point" : " percentage points")
        default: return format(text)
        }
    }
}

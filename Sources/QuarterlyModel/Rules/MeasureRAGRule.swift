import Foundation

/// A measure's RAG as the figures give it, and the sentence that explains it.
public struct RAGAssessment: Sendable, Equatable {
    /// nil: no data (no value) or not rated (no target).
    public let rag: RAGStatus?
    /// "89.19% against a target of 95%: 6.1% below target, outside the 5% tolerance, so Amber."
    public let explanation: Message

    public init(rag: RAGStatus?, explanation: Message) {
        self.rag = rag
        self.explanation = explanation
    }
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
///
/// Its sentences are catalogue messages (`ragRule.*`).
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
                rag: nil, explanation: Message(polarity.isJudged ? "ragRule.noFigure" : "ragRule.noFigureContext"))
        }
        let shown: MessageArgument = .text(unit.format(value.text))
        guard polarity.isJudged else {
            return RAGAssessment(rag: nil, explanation: Message("ragRule.context", ["value": shown]))
        }
        guard let applied else {
            return RAGAssessment(rag: nil, explanation: Message("ragRule.noTarget", ["value": shown]))
        }
        let opening = Message(
            polarity == .lower && !applied.target.isRange ? "ragRule.againstLower" : "ragRule.against",
            ["value": shown, "target": .message(applied.phrase(unit))])
        switch applied.target {
        case .figure(let target):
            return assess(value, target: target, opening: opening, polarity: polarity, tolerances, unit)
        case .range(let low, let high):
            return assess(value, low: low, high: high, opening: opening, tolerances, unit)
        }
    }

    private static func assess(
        _ value: Figure, target: Figure, opening: Message, polarity: Polarity, _ tolerances: Tolerances,
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
                case .higher: difference == 0 ? "onTarget" : "aboveTarget"
                case .lower: difference == 0 ? "onTarget" : "belowTarget"
                case .target, .notJudged: "onTarget"
                }
            return RAGAssessment(
                rag: .green, explanation: Message("ragRule.green." + position, ["opening": .message(opening)]))
        }
        let side = difference < 0 ? "below" : "above"
        switch tolerances.basis {
        case .percent:
            guard target.decimal != 0 else {
                let amount = unit.formatDifference(abs(difference))
                return RAGAssessment(
                    rag: .red,
                    explanation: Message(
                        "ragRule.zeroTarget." + side, ["opening": .message(opening), "amount": .text(amount)]))
            }
            let percent = gap / abs(target.decimal) * 100
            let (rag, clause) = band(percent, tolerances, unit: unit)
            let amount = Self.shownPercent(percent, near: [tolerances.green, tolerances.amber]) + "%"
            return RAGAssessment(rag: rag, explanation: offTarget(side, opening, amount, clause, rag))
        case .absolute:
            let (rag, clause) = band(gap, tolerances, unit: unit)
            let amount = unit.formatDifference(abs(difference))
            return RAGAssessment(rag: rag, explanation: offTarget(side, opening, amount, clause, rag))
        }
    }

    private static func offTarget(
        _ side: String, _ opening: Message, _ amount: String, _ clause: Message, _ rag: RAGStatus
    )
        -> Message
    {
        Message(
            "ragRule.offTarget." + side,
            [
                "opening": .message(opening), "amount": .text(amount), "clause": .message(clause),
                "status": .message(rag.name),
            ])
    }

    /// Inside the range is Green; outside, the distance from the nearer end against the amber tolerance.
    private static func assess(
        _ value: Figure, low: Figure, high: Figure, opening: Message, _ tolerances: Tolerances, _ unit: MeasureUnit
    ) -> RAGAssessment {
        if value.decimal >= low.decimal, value.decimal <= high.decimal {
            return RAGAssessment(
                rag: .green, explanation: Message("ragRule.range.within", ["opening": .message(opening)]))
        }
        let (edge, side) = value.decimal < low.decimal ? (low, "below") : (high, "above")
        let gap = abs(value.decimal - edge.decimal)
        let amber: MessageArgument = .text(tolerances.shown(tolerances.amber, unit: unit))
        func rated(_ within: Bool) -> (RAGStatus, Message) {
            within
                ? (.amber, Message("ragRule.clause.withinAmber", ["tolerance": amber]))
                : (.red, Message("ragRule.clause.beyondAmber", ["tolerance": amber]))
        }
        func outside(_ amount: String, _ rated: (RAGStatus, Message)) -> RAGAssessment {
            RAGAssessment(
                rag: rated.0,
                explanation: Message(
                    "ragRule.range.outside." + side,
                    [
                        "opening": .message(opening), "amount": .text(amount), "clause": .message(rated.1),
                        "status": .message(rated.0.name),
                    ]))
        }
        switch tolerances.basis {
        case .percent:
            guard edge.decimal != 0 else {
                return RAGAssessment(
                    rag: .red,
                    explanation: Message(
                        "ragRule.range.zero." + side,
                        ["opening": .message(opening), "amount": .text(unit.formatDifference(gap))]))
            }
            let percent = gap / abs(edge.decimal) * 100
            return outside(
                Self.shownPercent(percent, near: [tolerances.amber]) + "%", rated(percent <= tolerances.amber))
        case .absolute:
            return outside(unit.formatDifference(gap), rated(gap <= tolerances.amber))
        }
    }

    private static func band(_ gap: Decimal, _ tolerances: Tolerances, unit: MeasureUnit) -> (RAGStatus, Message) {
        let green: MessageArgument = .text(tolerances.shown(tolerances.green, unit: unit))
        if gap <= tolerances.green { return (.green, Message("ragRule.clause.withinGreen", ["tolerance": green])) }
        if gap <= tolerances.amber { return (.amber, Message("ragRule.clause.outsideGreen", ["tolerance": green])) }
        return (
            .red,
            Message("ragRule.clause.beyondAmber", ["tolerance": .text(tolerances.shown(tolerances.amber, unit: unit))])
        )
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

    /// "Green when on target or within 5% of it, Amber within 10%, Red beyond" (`ragRule.tolerances`).
    public func sentence(unit: MeasureUnit) -> Message {
        Message(
            "ragRule.tolerances", ["green": .text(shown(green, unit: unit)), "amber": .text(shown(amber, unit: unit))])
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

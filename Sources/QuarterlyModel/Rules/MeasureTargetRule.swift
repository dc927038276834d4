import Foundation

/// The target a quarter's figure is judged against, and where it came from.
public struct AppliedTarget: Sendable, Equatable {
    public enum Basis: String, Sendable {
        /// Stated in the update: the target as it stood that quarter.
        case stated
        /// The definition's target for the financial year.
        case plan
        /// For a running total in quarters 1 to 3: that part of the year's target.
        case proRata = "pro-rata"
        /// For a running total in quarter 4: the year's target itself.
        case yearEnd = "year-end"
    }

    public let target: Target
    public let basis: Basis
    /// For a pro-rata target, the year's target it is a part of.
    public let yearTarget: Target?
    /// Whether the figure is a running total for the year so far.
    public let yearToDate: Bool
    /// The quarter of the financial year (1–4).
    let quarterNumber: Int

    public init(
        _ target: Target, _ basis: Basis = .plan, yearTarget: Target? = nil, yearToDate: Bool = false,
        quarterNumber: Int = 1
    ) {
        self.target = target
        self.basis = basis
        self.yearTarget = yearTarget
        self.yearToDate = yearToDate
        self.quarterNumber = quarterNumber
    }

    /// How the rule's sentence names it: "a target of 95%", "a target range of 90–94%",
    /// "a pro-rata target of 750 (half the year-end target of 1,500)", "the year-end
    /// target of 1,500", "a target of 120 for the year so far".
    /// Catalogue messages `target.*` (`target.range.*` for a range).
    public func phrase(_ unit: MeasureUnit) -> Message {
        let shown: MessageArgument = .text(target.shown(unit))
        let kind = target.isRange ? "target.range." : "target.single."
        switch basis {
        case .plan: return Message(kind + "plan", ["target": shown])
        case .stated: return Message(kind + (yearToDate ? "statedSoFar" : "plan"), ["target": shown])
        case .proRata:
            return Message(
                kind + "proRata\(quarterNumber)", ["target": shown, "year": .text(yearTarget!.shown(unit))])
        case .yearEnd: return Message(kind + "yearEnd", ["target": shown])
        }
    }

    /// The target as a table shows it: "750 (pro rata)" (`target.proRataShort`).
    public func short(_ unit: MeasureUnit) -> Message {
        basis == .proRata
            ? Message("target.proRataShort", ["target": .text(target.shown(unit))])
            : Message("target.shown", ["target": .text(target.shown(unit))])
    }
}

/// The target rule: which target a quarter's figure is judged against.
///
/// - A target stated in the update wins: it is the target as it stood that quarter.
/// - Otherwise the definition's target for the financial year (`targets`, else `target`).
/// - A running total for the year so far (`cumulative: true`) is judged in quarters 1 to
///   3 against the pro-rata part of the year's target (a quarter, half, three quarters),
///   and in quarter 4 against the year's target itself.
/// - A context measure (`polarity: none`) has no target; nor is a quarter's own figure
///   judged against a whole year's total (`annual_target: true`), unless the update states
///   the target that quarter's figure is judged against.
public enum MeasureTargetRule {
    /// Whether the figure is judged against the applied target: not when the definition's
    /// target is a whole year's total and the figure one quarter's (`annual_target`).
    public static func judges(_ applied: AppliedTarget, annualTarget: Bool) -> Bool {
        !annualTarget || applied.basis == .stated
    }

    public static func applied(to update: MeasureUpdate, of measure: Measure) -> AppliedTarget? {
        applied(
            stated: update.target, plan: measure.target(in: update.quarter), quarter: update.quarter,
            cumulative: measure.cumulative)
    }

    public static func applied(stated: Target?, plan: Target?, quarter: QuarterID, cumulative: Bool)
        -> AppliedTarget?
    {
        let number = quarter.number
        if let stated { return AppliedTarget(stated, .stated, yearToDate: cumulative, quarterNumber: number) }
        guard let plan else { return nil }
        guard cumulative else { return AppliedTarget(plan, quarterNumber: number) }
        if number == 4 { return AppliedTarget(plan, .yearEnd, yearTarget: plan, yearToDate: true, quarterNumber: 4) }
        return AppliedTarget(
            plan.scaled(by: Decimal(number) / 4), .proRata, yearTarget: plan, yearToDate: true, quarterNumber: number)
    }
}

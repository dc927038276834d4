/// The 5×5 scoring key: the words for each likelihood and impact, and the rating bands.
/// The default is Lancashire County Council's key (reference report 004).
public struct RiskKey: Sendable, Equatable {
    public var likelihood: [String]
    public var impact: [String]
    /// Impact words for opportunities, where 5 is Outstanding rather than Catastrophic.
    public var opportunityImpact: [String]
    /// Lowest score of each band, highest band last.
    public var bands: [RiskBand]

    public init(likelihood: [String], impact: [String], opportunityImpact: [String], bands: [RiskBand]) {
        self.likelihood = likelihood
        self.impact = impact
        self.opportunityImpact = opportunityImpact
        self.bands = bands
    }

    public static let standard = RiskKey(
        likelihood: ["Rare", "Unlikely", "Possible", "Likely", "Certain"],
        impact: ["Insignificant", "Minor", "Moderate", "Major", "Catastrophic"],
        opportunityImpact: ["Insignificant", "Minor", "Moderate", "Major", "Outstanding"],
        bands: [
            RiskBand(name: "Low", from: 1), RiskBand(name: "Medium", from: 5),
            RiskBand(name: "High", from: 10), RiskBand(name: "Very high", from: 16),
        ])

    /// The band a score falls in.
    public func band(for score: Int) -> RiskBand? {
        bands.last { score >= $0.from }
    }

    public func band(index score: Int) -> Int? {
        bands.lastIndex { score >= $0.from }
    }
}

public struct RiskBand: Sendable, Equatable {
    public var name: String
    /// The lowest score in the band.
    public var from: Int

    public init(name: String, from: Int) {
        self.name = name
        self.from = from
    }
}

/// Risk direction: a falling score is Improving (for an opportunity, a rising one).
public enum RiskDirectionRule {
    public static func direction(from earlier: Int, to current: Int, kind: RiskKind) -> DirectionOfTravel {
        if earlier == current { return .sustained }
        let better = kind == .risk ? current < earlier : current > earlier
        return better ? .improving : .declining
    }
}

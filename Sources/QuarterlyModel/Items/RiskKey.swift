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

    public static let fields = FieldSet<RiskKey>(
        blank: .standard,
        [
            Field(
                "likelihood", \.likelihood, .fiveWords(example: "[Rare, Unlikely, Possible, Likely, Certain]"),
                "Five words for likelihood 1 to 5."),
            Field(
                "impact", \.impact, .fiveWords(example: "[Rare, Unlikely, Possible, Likely, Certain]"),
                "Five words for impact 1 to 5."),
            Field(
                "opportunity_impact", \.opportunityImpact,
                .fiveWords(example: "[Rare, Unlikely, Possible, Likely, Certain]"),
                "Five words for an opportunity's impact 1 to 5."),
            Field("bands", \.bands, .bands, "Each band's name and lowest score, e.g. `{Low: 1, Medium: 5, High: 10}`."),
        ])

    /// The key as a reader sees it. Where the site keeps the standard key's words, they are
    /// the catalogue's (`riskKey.likelihood.rare`, `riskKey.band.veryHigh`…), so a council can
    /// reword or translate them; words a site gives in `risk_key:` are its own. (The
    /// standard English words stay here for open data and for reading site.yml.)
    public func inWords(_ words: Catalogue) -> RiskKey {
        let standard = RiskKey.standard
        func scale(_ own: [String], _ standard: [String], _ keys: [String]) -> [String] {
            own == standard ? keys.map { words["riskKey." + $0] } : own
        }
        let impact = ["insignificant", "minor", "moderate", "major"].map { "impact." + $0 }
        return RiskKey(
            likelihood: scale(
                likelihood, standard.likelihood,
                ["rare", "unlikely", "possible", "likely", "certain"].map { "likelihood." + $0 }),
            impact: scale(self.impact, standard.impact, impact + ["impact.catastrophic"]),
            opportunityImpact: scale(opportunityImpact, standard.opportunityImpact, impact + ["impact.outstanding"]),
            bands: bands == standard.bands
                ? zip(bands, ["low", "medium", "high", "veryHigh"]).map {
                    RiskBand(name: words["riskKey.band." + $1], from: $0.from)
                } : bands)
    }

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

extension FieldType where Value == [RiskBand] {
    /// `bands:` each band's name and lowest score, kept in order of score.
    static var bands: FieldType {
        let start = FieldType<Int>(
            shape: .integer(1...25),
            read: { value, context in
                guard let figure = Figure.read(value, context), let from = Int(exactly: figure.value),
                    (1...25).contains(from)
                else {
                    context.report(
                        .invalidValue, at: context.namePosition ?? value.position,
                        "band `\(context.key)` must start at a whole score from 1 to 25",
                        hint: "Give each band its lowest score, e.g. `High: 10`.")
                    return nil
                }
                return from
            }, yaml: { String($0) }, openData: { .number(String($0)) })
        return map(
            of: start, example: "Low: 1", subject: { "the band `\($0)`" },
            make: {
                $0.isEmpty ? nil : $0.map { RiskBand(name: $0.name, from: $0.value) }.sorted { $0.from < $1.from }
            },
            entries: { $0.map { (name: $0.name, value: $0.from) } })
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

/// A corporate risk or opportunity on the council's register.
public struct Risk: Sendable, Identifiable {
    public let id: String
    public var ref = ""
    public var kind = RiskKind.risk
    public var title = ""
    public var category: String?
    public var owner: String?
    public var consequences: [String] = []
    public var controls: [String] = []
    /// Mitigating actions (maximising actions, for an opportunity).
    public var mitigations: [String] = []
    public var actionIDs: [String] = []
    public var measureIDs: [String] = []
    public var order = 0
    /// Markdown.
    public var description = ""
    public var sourcePath: String

    public init(id: String, sourcePath: String) {
        self.id = id
        self.sourcePath = sourcePath
    }
}

extension Risk: ContentItem {
    public static let kind = ContentKind.risk
    public static let fields = FieldSet<Risk>(
        blank: Risk(id: "", sourcePath: ""),
        [
            Field(
                "ref", \.ref, .text, "The register's reference, e.g. `CR5` or `CO1`.", required: true, example: "CR1",
                openData: "ref"),
            Field(
                "kind", \.kind, .word(RiskKind.self),
                "Opportunities score impact up to *Outstanding*, and a rising score is Improving.", openData: "kind"),
            Field(
                "title", \.title, .text, "Short plain title.", required: true,
                example: "Recruiting and keeping experienced staff", openData: "title", translated: true),
            Field("category", \.category, .text, "The risk type.", openData: "category", translated: true),
            Field("owner", \.owner, .text, "The risk owner.", openData: "owner"),
            Field(
                "consequences", \.consequences, .textList, "Possible consequences (benefits, for an opportunity).",
                openData: "consequences"),
            Field("controls", \.controls, .textList, "Current controls.", openData: "controls", translated: true),
            Field(
                "mitigations", \.mitigations, .textList, "Mitigating (maximising) actions.", openData: "mitigations"),
            Field(
                "actions", \.actionIDs, .ids(of: .action),
                "Linked actions: their pages list the risk with its latest score.", openData: "actions"),
            Field(
                "measures", \.measureIDs, .ids(of: .measure),
                "Linked measures: their pages list the risk with its latest score.", openData: "measures"),
            Field("order", \.order, .integer, "Position in the register (then by ref)."),
        ])
}

public enum RiskKind: String, ContentWord {
    case risk, opportunity
}

/// A score on the 5×5 key: likelihood × impact, or a score alone where a source gives
/// only that.
public struct RiskScore: Sendable, Equatable {
    public let likelihood: Int?
    public let impact: Int?
    public let score: Int

    public init(likelihood: Int? = nil, impact: Int? = nil, score: Int) {
        self.likelihood = likelihood
        self.impact = impact
        self.score = score
    }

    /// The score a file states: likelihood × impact when both are given, else the score alone.
    init?(likelihood: Int?, impact: Int?, stated: Int?) {
        if let likelihood, let impact {
            self.init(likelihood: likelihood, impact: impact, score: likelihood * impact)
        } else if let stated {
            self.init(score: stated)
        } else {
            return nil
        }
    }
}

/// A risk's scores and commentary for one quarter, as its file states them.
/// What the status rules make of it is an `AssessedRiskUpdate`.
public struct RiskUpdate: Sendable {
    public let riskID: String
    public let quarter: QuarterID
    /// Before mitigation (inherent), each 1–5, and the score 1–25.
    public var likelihood: Int?
    public var impact: Int?
    public var score: Int?
    /// After mitigation.
    public var residualLikelihood: Int?
    public var residualImpact: Int?
    public var residualScore: Int?
    public var statedDirection: DirectionOfTravel?
    /// Markdown.
    public var commentary = ""
    public var sourcePath: String

    public init(riskID: String, quarter: QuarterID, sourcePath: String) {
        self.riskID = riskID
        self.quarter = quarter
        self.sourcePath = sourcePath
    }

    /// Before mitigation.
    public var inherent: RiskScore? { RiskScore(likelihood: likelihood, impact: impact, stated: score) }

    /// After mitigation.
    public var residual: RiskScore? {
        RiskScore(likelihood: residualLikelihood, impact: residualImpact, stated: residualScore)
    }

    /// The score that counts now: residual when known.
    public var current: RiskScore? { residual ?? inherent }
}

extension RiskUpdate: ContentItem {
    public static let kind = ContentKind.riskUpdate
    public static let fields = FieldSet<RiskUpdate>(
        blank: RiskUpdate(riskID: "", quarter: QuarterID(startYear: 2019, number: 1)!, sourcePath: ""),
        [
            Field(
                "likelihood", \.likelihood, .scale(5), "Likelihood before mitigation; give `impact` with it.",
                openData: "likelihood"),
            Field(
                "impact", \.impact, .scale(5), "Impact before mitigation; give `likelihood` with it.",
                openData: "impact"),
            Field(
                "score", \.score, .scale(25),
                "The score before mitigation: a score alone is allowed where a source gives only that; with likelihood and impact it must be their product (`risk-score-mismatch`).",
                default: "likelihood × impact", openData: "score"),
            Field(
                "residual_likelihood", \.residualLikelihood, .scale(5), "Likelihood after mitigation.",
                openData: "residual_likelihood"),
            Field(
                "residual_impact", \.residualImpact, .scale(5), "Impact after mitigation.",
                openData: "residual_impact"),
            Field(
                "residual_score", \.residualScore, .scale(25), "The score after mitigation.",
                default: "residual likelihood × impact", openData: "residual_score"),
            Field(
                "direction", \.statedDirection,
                .word(DirectionOfTravel.self, only: DirectionOfTravel.judgements) {
                    "`\($0.rawValue)` is for context measures, which are not judged: a risk's direction is improving, sustained or declining"
                },
                "Direction of travel: lower is Improving for a risk, higher for an opportunity.",
                default:
                    "computed from the change of the residual (else inherent) score since the risk's previous quarter"),
        ],
        check: RiskUpdate.checkScores)

    /// Likelihood and impact come together; with a score too, it must be their product,
    /// so a typo in one of them cannot pass; and an update needs some score.
    static func checkScores(_ update: RiskUpdate, _ check: FieldCheck) {
        let inherent = checkScore(update.likelihood, update.impact, update.score, prefix: "", check)
        let residual = checkScore(
            update.residualLikelihood, update.residualImpact, update.residualScore, prefix: "residual_", check)
        // A key given but not read has been reported already.
        let unread = [
            ("likelihood", update.likelihood), ("impact", update.impact), ("score", update.score),
            ("residual_likelihood", update.residualLikelihood), ("residual_impact", update.residualImpact),
            ("residual_score", update.residualScore),
        ].contains { check.has($0.0) && $0.1 == nil }
        if inherent == .absent, residual == .absent, !unread {
            check.report(
                .missingField, at: check.position(of: "score"), "a risk update needs a score",
                hint:
                    "Give `likelihood` and `impact` (1–5), or `score` alone, and the same with `residual_` for after mitigation."
            )
        }
    }

    private enum ScoreCheck { case absent, score, problem }

    private static func checkScore(
        _ likelihood: Int?, _ impact: Int?, _ stated: Int?, prefix: String, _ check: FieldCheck
    ) -> ScoreCheck {
        if (likelihood == nil) != (impact == nil), check.has(prefix + "likelihood") != check.has(prefix + "impact") {
            let missing = likelihood == nil ? prefix + "likelihood" : prefix + "impact"
            check.report(
                .missingField, at: check.position(of: likelihood == nil ? prefix + "impact" : prefix + "likelihood"),
                "`\(missing)` is missing", hint: "Give both likelihood and impact, or only the score.")
            return .problem
        }
        if let likelihood, let impact, let stated, stated != likelihood * impact {
            check.report(
                .riskScoreMismatch, at: check.position(of: prefix + "score"),
                "`\(prefix)score: \(stated)` is not likelihood \(likelihood) × impact \(impact) = \(likelihood * impact)",
                hint: "Correct the score, the likelihood or the impact, or leave the score out to have it computed.")
            return .problem
        }
        return likelihood != nil && impact != nil || stated != nil ? .score : .absent
    }
}

extension FieldType where Value == Int {
    /// A step of the 5×5 key: 1 to 5, or a score 1 to 25.
    static func scale(_ top: Int) -> FieldType {
        integer(in: 1...top, hint: "Scores use the 5×5 key: likelihood and impact 1 to 5, score 1 to 25.")
    }
}

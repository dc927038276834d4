/// A corporate risk or opportunity on the council's register.
public struct Risk: Sendable, Identifiable {
    public let id: String
    public var ref: String
    public var kind: RiskKind
    public var title: String
    public var category: String?
    public var owner: String?
    public var consequences: [String]
    public var controls: [String]
    /// Mitigating actions (maximising actions, for an opportunity).
    public var mitigations: [String]
    public var actionIDs: [String]
    public var measureIDs: [String]
    public var order: Int
    /// Markdown.
    public var description: String
    public var sourcePath: String

    public init(
        id: String, ref: String, kind: RiskKind = .risk, title: String, category: String? = nil, owner: String? = nil,
        consequences: [String] = [], controls: [String] = [], mitigations: [String] = [], actionIDs: [String] = [],
        measureIDs: [String] = [], order: Int = 0, description: String = "", sourcePath: String
    ) {
        self.id = id
        self.ref = ref
        self.kind = kind
        self.title = title
        self.category = category
        self.owner = owner
        self.consequences = consequences
        self.controls = controls
        self.mitigations = mitigations
        self.actionIDs = actionIDs
        self.measureIDs = measureIDs
        self.order = order
        self.description = description
        self.sourcePath = sourcePath
    }
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
}

/// A risk's scores and commentary for one quarter, as its file states them.
/// What the status rules make of it is an `AssessedRiskUpdate`.
public struct RiskUpdate: Sendable {
    public let riskID: String
    public let quarter: QuarterID
    /// Before mitigation (inherent).
    public var inherent: RiskScore?
    /// After mitigation.
    public var residual: RiskScore?
    public var statedDirection: DirectionOfTravel?
    /// Markdown.
    public var commentary: String
    public var sourcePath: String

    public init(
        riskID: String, quarter: QuarterID, inherent: RiskScore? = nil, residual: RiskScore? = nil,
        direction: DirectionOfTravel? = nil, commentary: String = "", sourcePath: String
    ) {
        self.riskID = riskID
        self.quarter = quarter
        self.inherent = inherent
        self.residual = residual
        self.statedDirection = direction
        self.commentary = commentary
        self.sourcePath = sourcePath
    }

    /// The score that counts now: residual when known.
    public var current: RiskScore? { residual ?? inherent }
}

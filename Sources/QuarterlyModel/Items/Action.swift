/// An action in the plan: what the council said it would do, and by when.
public struct Action: Sendable, Identifiable {
    public let id: String
    /// The current ref; `refsByYear` holds the refs of earlier plans.
    public var ref: String
    /// Keyed by financial year label, `2019/20`: the ref in that year's plan when it differs.
    public var refsByYear: [String: String]
    public var title: String
    public var outcomeID: String
    public var milestone: String?
    public var leadOfficer: String?
    public var portfolioHolder: String?
    public var risks: [String]
    public var order: Int
    /// Markdown.
    public var description: String
    public var sourcePath: String

    public init(
        id: String, ref: String, title: String, outcomeID: String, milestone: String? = nil,
        leadOfficer: String? = nil, portfolioHolder: String? = nil, risks: [String] = [],
        refsByYear: [String: String] = [:], order: Int = 0, description: String = "", sourcePath: String
    ) {
        self.id = id
        self.ref = ref
        self.title = title
        self.outcomeID = outcomeID
        self.milestone = milestone
        self.leadOfficer = leadOfficer
        self.portfolioHolder = portfolioHolder
        self.risks = risks
        self.refsByYear = refsByYear
        self.order = order
        self.description = description
        self.sourcePath = sourcePath
    }

    /// The ref in the plan in force during `quarter`.
    public func ref(in quarter: QuarterID) -> String {
        refsByYear[quarter.financialYear] ?? ref
    }
}

/// An action in the plan: what the council said it would do, and by when.
public struct Action: Sendable, Identifiable {
    public let id: String
    public var ref: String
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

    public init(id: String, ref: String, title: String, outcomeID: String, milestone: String? = nil,
                leadOfficer: String? = nil, portfolioHolder: String? = nil, risks: [String] = [],
                order: Int = 0, description: String = "", sourcePath: String) {
        self.id = id
        self.ref = ref
        self.title = title
        self.outcomeID = outcomeID
        self.milestone = milestone
        self.leadOfficer = leadOfficer
        self.portfolioHolder = portfolioHolder
        self.risks = risks
        self.order = order
        self.description = description
        self.sourcePath = sourcePath
    }
}

/// An outcome, or with a parent a supporting outcome.
public struct Outcome: Sendable, Identifiable {
    public let id: String
    public var title: String
    /// The current ref; `refsByYear` holds the refs of earlier plans.
    public var ref: String?
    /// Keyed by financial year label, `2019/20`: the outcome's number in that year's plan.
    public var refsByYear: [String: String]
    public var parentID: String?
    public var order: Int
    /// Markdown.
    public var description: String
    /// The content file, relative to the content folder (for "suggest a correction").
    public var sourcePath: String

    public init(
        id: String, title: String, ref: String? = nil, refsByYear: [String: String] = [:], parentID: String? = nil,
        order: Int = 0, description: String = "", sourcePath: String
    ) {
        self.id = id
        self.title = title
        self.ref = ref
        self.refsByYear = refsByYear
        self.parentID = parentID
        self.order = order
        self.description = description
        self.sourcePath = sourcePath
    }

    /// The ref in the plan in force during `quarter`.
    public func ref(in quarter: QuarterID) -> String? {
        refsByYear[quarter.financialYear] ?? ref
    }
}

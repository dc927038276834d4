/// A (supporting) outcome's commentary for one quarter: summary, risk and finance updates.
public struct OutcomeCommentary: Sendable {
    public let outcomeID: String
    public let quarter: QuarterID
    /// Markdown, each possibly empty.
    public var summary: String
    public var risk: String
    public var finance: String
    public var sourcePath: String

    public init(
        outcomeID: String, quarter: QuarterID, summary: String = "", risk: String = "",
        finance: String = "", sourcePath: String
    ) {
        self.outcomeID = outcomeID
        self.quarter = quarter
        self.summary = summary
        self.risk = risk
        self.finance = finance
        self.sourcePath = sourcePath
    }
}

/// A (supporting) outcome's commentary for one quarter: summary, risk and finance updates.
/// Its file has no front-matter keys: the body is split at `## Risk` and `## Finance`.
public struct OutcomeCommentary: Sendable {
    public let outcomeID: String
    public let quarter: QuarterID
    /// Markdown, each possibly empty.
    public var summary = ""
    public var risk = ""
    public var finance = ""
    public var sourcePath: String

    public init(outcomeID: String, quarter: QuarterID, sourcePath: String) {
        self.outcomeID = outcomeID
        self.quarter = quarter
        self.sourcePath = sourcePath
    }
}

extension OutcomeCommentary: ContentItem {
    public static let kind = ContentKind.outcomeCommentary
    public static let fields = FieldSet<OutcomeCommentary>(
        blank: OutcomeCommentary(outcomeID: "", quarter: QuarterID(startYear: 2019, number: 1)!, sourcePath: ""), [])
}

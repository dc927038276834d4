/// An action's status and commentary for one quarter, as its file states them.
/// What the status rules make of it is an `AssessedActionUpdate`.
public struct ActionUpdate: Sendable {
    public let actionID: String
    public let quarter: QuarterID
    public var rag: RAGStatus
    public var statedDirection: DirectionOfTravel?
    public var statedSection: CommentarySection?
    /// The ref, title and milestone as they stood that quarter, when they differ.
    public var ref: String?
    public var title: String?
    public var milestone: String?
    /// Markdown.
    public var commentary: String
    public var sourcePath: String

    public init(
        actionID: String, quarter: QuarterID, rag: RAGStatus, direction: DirectionOfTravel? = nil,
        section: CommentarySection? = nil, ref: String? = nil, title: String? = nil,
        milestone: String? = nil, commentary: String = "", sourcePath: String
    ) {
        self.actionID = actionID
        self.quarter = quarter
        self.rag = rag
        self.statedDirection = direction
        self.statedSection = section
        self.ref = ref
        self.title = title
        self.milestone = milestone
        self.commentary = commentary
        self.sourcePath = sourcePath
    }
}

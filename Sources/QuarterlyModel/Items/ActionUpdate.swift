/// An action's status and commentary for one quarter.
public struct ActionUpdate: Sendable {
    public let actionID: String
    public let quarter: QuarterID
    public var rag: RAGStatus
    public var statedDirection: DirectionOfTravel?
    /// Set by the compute-statuses step: the stated direction, else the computed one.
    public var direction: DirectionOfTravel?
    /// The direction the RAG change gives, and the earlier quarter's RAG it came from.
    public var computedDirection: DirectionOfTravel?
    public var previous: (quarter: QuarterID, rag: RAGStatus)?
    public var section: CommentarySection
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
        self.direction = direction
        self.section = section ?? .defaultFor(rag)
        self.ref = ref
        self.title = title
        self.milestone = milestone
        self.commentary = commentary
        self.sourcePath = sourcePath
    }
}

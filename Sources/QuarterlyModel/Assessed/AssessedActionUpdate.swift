/// An action update after "compute statuses": the stated RAG and commentary, and the
/// direction and commentary list the site shows. Stated fields read through.
/// A class, as `AssessedMeasureUpdate` is: copying it out of the graph is one retain.
@dynamicMemberLookup
public final class AssessedActionUpdate: Sendable {
    public let stated: ActionUpdate
    /// The stated direction, else the computed one.
    public let direction: DirectionOfTravel?
    /// The direction the RAG change gives (nil when the quarter before has no update).
    public let computedDirection: DirectionOfTravel?
    public var directionSource: DirectionSource {
        DirectionSource(stated: stated.statedDirection, computed: computedDirection)
    }
    /// The update of the quarter just before that the direction was computed from.
    public let previous: (quarter: QuarterID, rag: RAGStatus)?
    /// The stated list, or the default for the RAG.
    public let section: CommentarySection

    public init(
        stated: ActionUpdate, direction: DirectionOfTravel?, computedDirection: DirectionOfTravel?,
        previous: (quarter: QuarterID, rag: RAGStatus)?, section: CommentarySection
    ) {
        self.stated = stated
        self.direction = direction
        self.computedDirection = computedDirection
        self.previous = previous
        self.section = section
    }

    public subscript<Value>(dynamicMember keyPath: KeyPath<ActionUpdate, Value>) -> Value {
        stated[keyPath: keyPath]
    }

    public func ref(for action: Action) -> String { stated.ref(for: action) }
}

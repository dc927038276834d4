/// A measure update after "compute statuses": the stated values, and the RAG, direction
/// and commentary list the site shows, each with what the figures alone give and who
/// gave it. Stated fields read through (`update.value`, `update.commentary`).
/// A class: the graph hands it to every page, table and chart that shows it, and a copy of a
/// struct this size retained each of its dozen fields (at 100,000 files the retains grew
/// faster than the files).
@dynamicMemberLookup
public final class AssessedMeasureUpdate: Sendable {
    public let stated: MeasureUpdate
    /// The RAG the site shows: the stated one when given, else the computed one.
    public let rag: RAGStatus?
    public let ragSource: RAGSource
    /// What the figures alone give (its `rag` is nil without a value or a target).
    public let computedRAG: RAGAssessment
    /// The direction the site shows: the stated one when given, else the computed one.
    public let direction: DirectionOfTravel?
    public let directionSource: DirectionSource
    /// What the figures give, with the earlier figure compared with.
    public let computedDirection: DirectionAssessment?
    /// The target the RAG was judged against, and where it came from.
    public let appliedTarget: AppliedTarget?
    /// Whether the measure is judged at all (false for a context measure).
    public let isJudged: Bool
    /// The stated list, or the default for the shown RAG.
    public let section: CommentarySection

    public init(
        stated: MeasureUpdate, rag: RAGStatus?, ragSource: RAGSource, computedRAG: RAGAssessment,
        direction: DirectionOfTravel?, computedDirection: DirectionAssessment?, appliedTarget: AppliedTarget?,
        isJudged: Bool = true, section: CommentarySection
    ) {
        self.stated = stated
        self.rag = rag
        self.ragSource = ragSource
        self.computedRAG = computedRAG
        self.direction = direction
        self.directionSource = DirectionSource(stated: stated.statedDirection, computed: computedDirection?.direction)
        self.computedDirection = computedDirection
        self.appliedTarget = appliedTarget
        self.isJudged = isJudged
        self.section = section
    }

    public subscript<Value>(dynamicMember keyPath: KeyPath<MeasureUpdate, Value>) -> Value {
        stated[keyPath: keyPath]
    }

    public func ref(for measure: Measure) -> String { stated.ref(for: measure) }
}

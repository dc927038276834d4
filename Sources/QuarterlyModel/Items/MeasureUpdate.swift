/// A measure's figure, status and commentary for one quarter, as its file states them.
/// What the status rules make of it is an `AssessedMeasureUpdate`.
public struct MeasureUpdate: Sendable {
    public let measureID: String
    public let quarter: QuarterID
    public var value: Figure?
    /// Text shown instead of the formatted value, e.g. `£1.848m`.
    public var display: String?
    /// The period the value covers when it is not the quarter, e.g. `academic year 2018/19`.
    public var period: String?
    /// The RAG as the officer stated it: an override when it differs from the computed one.
    public var statedRAG: RAGStatus?
    /// Why the stated RAG differs from the figures, shown on the page.
    public var ragReason: String?
    public var statedDirection: DirectionOfTravel?
    public var statedSection: CommentarySection?

    /// The target as it stood this quarter, when the update states it.
    public var target: Figure?
    public var comparators: [ComparatorValue]
    public var ref: String?
    public var title: String?
    /// Markdown.
    public var commentary: String
    public var sourcePath: String

    public init(
        measureID: String, quarter: QuarterID, value: Figure? = nil, display: String? = nil,
        period: String? = nil, rag: RAGStatus? = nil, ragReason: String? = nil, direction: DirectionOfTravel? = nil,
        target: Figure? = nil, comparators: [ComparatorValue] = [], section: CommentarySection? = nil,
        ref: String? = nil, title: String? = nil, commentary: String = "", sourcePath: String
    ) {
        self.measureID = measureID
        self.quarter = quarter
        self.value = value
        self.display = display
        self.period = period
        self.statedRAG = rag
        self.ragReason = ragReason
        self.statedDirection = direction
        self.statedSection = section
        self.target = target
        self.comparators = comparators
        self.ref = ref
        self.title = title
        self.commentary = commentary
        self.sourcePath = sourcePath
    }
}

/// A comparison figure for the same period, e.g. England 72%.
public struct ComparatorValue: Sendable, Hashable {
    public let name: String
    public let value: Figure

    public init(name: String, value: Figure) {
        self.name = name
        self.value = value
    }
}

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
    public var target: Target?
    public var comparators: [ComparatorValue] = []
    public var ref: String?
    public var title: String?
    /// The note `quarterly new-quarter` leaves on a carried-over update until someone checks it.
    public var review: String?
    /// Markdown.
    public var commentary = ""
    public var sourcePath: String

    public init(measureID: String, quarter: QuarterID, sourcePath: String) {
        self.measureID = measureID
        self.quarter = quarter
        self.sourcePath = sourcePath
    }
}

extension MeasureUpdate: ContentItem {
    public static let kind = ContentKind.measureUpdate
    public static let fields = FieldSet<MeasureUpdate>(
        blank: MeasureUpdate(measureID: "", quarter: QuarterID(startYear: 2019, number: 1)!, sourcePath: ""),
        [
            Field(
                "value", \.value, .figure(hintEnding: " (put formatted text in `display`)."),
                "The figure for the period.", default: "none (\"no data\")", carry: .always, openData: "value"),
            // Display text, period, judgements and comparator figures describe one quarter's
            // figure: carried into the next quarter they would stand beside a new value as facts.
            Field(
                "display", \.display, .text, "How to show the figure, e.g. `£1.848m` or `71% (provisional)`.",
                default: "the value with its unit", openData: "display", translated: true),
            Field(
                "period", \.period, .text,
                "The period the value covers when not the quarter, e.g. `academic year 2018/19`.",
                default: "the quarter", openData: "period", translated: true),
            Field(
                "rag", \.statedRAG,
                .word(RAGStatus.self, only: RAGStatus.measureStatuses) {
                    "`\($0.rawValue)` is for actions, not measures"
                },
                "Overrides the computed status: give it only when the service's judgement differs from the figures, with `rag_reason` saying why.",
                default: "computed from `value` and the target"),
            Field(
                "rag_reason", \.ragReason, .text,
                "Why `rag` differs from the computed status; shown on the measure's page.", openData: "rag_reason",
                translated: true),
            Field(
                "direction", \.statedDirection, .word(DirectionOfTravel.self),
                "Direction of travel since the last report: `improving`, `sustained` or `declining`; for a context measure (`polarity: none`) `up`, `down` or `no-change`.",
                default: "computed from the figures"),
            Field(
                "target", \.target, .target,
                "The target as it stood this quarter: a number or a range such as `90 to 94`.",
                default: "the definition's target for the year", carry: .withinPlanYear),
            Field(
                "comparators", \.comparators, .comparators,
                "Comparison figures for the same period, e.g. `England: 72`; names must be listed in the measure's `comparators`.",
                openData: "comparators"),
            Field(
                "section", \.statedSection, .word(CommentarySection.self), "Which commentary list it appears in.",
                default: "`progress` for green (stated or computed), `improvement` otherwise"),
            Field(
                "ref", \.ref, .text, "The ref as it stood this quarter.", default: "the definition's",
                carry: .withinPlanYear),
            Field(
                "title", \.title, .text, "The title as it stood this quarter.", default: "the definition's",
                carry: .withinPlanYear),
            Field(
                "review", \.review, .text,
                "As for action updates: left by `quarterly new-quarter`; a published quarter may have none."),
        ])
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

extension FieldType where Value == [ComparatorValue] {
    /// `comparators:` name → figure, in the order written.
    static var comparators: FieldType {
        map(
            of: .figure, example: "England: 72", subject: { "comparator `\($0)`" },
            make: { $0.map { ComparatorValue(name: $0.name, value: $0.value) } },
            entries: { $0.map { (name: $0.name, value: $0.value) } })
    }
}

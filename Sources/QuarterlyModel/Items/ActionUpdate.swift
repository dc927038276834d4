/// An action's status and commentary for one quarter, as its file states them.
/// What the status rules make of it is an `AssessedActionUpdate`.
public struct ActionUpdate: Sendable {
    public let actionID: String
    public let quarter: QuarterID
    public var rag = RAGStatus.red
    public var statedDirection: DirectionOfTravel?
    public var statedSection: CommentarySection?
    /// The ref, title and milestone as they stood that quarter, when they differ.
    public var ref: String?
    public var title: String?
    public var milestone: String?
    /// The note `quarterly new-quarter` leaves on a carried-over update until someone checks it.
    public var review: String?
    /// Markdown.
    public var commentary = ""
    public var sourcePath: String

    public init(actionID: String, quarter: QuarterID, sourcePath: String) {
        self.actionID = actionID
        self.quarter = quarter
        self.sourcePath = sourcePath
    }
}

extension ActionUpdate: ContentItem {
    public static let kind = ContentKind.actionUpdate
    public static let fields = FieldSet<ActionUpdate>(
        blank: ActionUpdate(actionID: "", quarter: QuarterID(startYear: 2019, number: 1)!, sourcePath: ""),
        [
            Field(
                "rag", \.rag, .word(RAGStatus.self),
                "Status as reported: Red, missed or expected to miss a key milestone; Amber, at risk but a recovery plan is in place; Green, on schedule or milestone met; Complete, delivered.",
                required: true, carry: .always, openData: "rag"),
            Field(
                "direction", \.statedDirection,
                .word(DirectionOfTravel.self, only: DirectionOfTravel.judgements) {
                    "`\($0.rawValue)` is for context measures, which are not judged: an action's direction is improving, sustained or declining"
                },
                "Direction of travel since the last report.",
                default: "computed from the RAG change since the previous quarter", carry: .always),
            Field(
                "section", \.statedSection, .word(CommentarySection.self),
                "Which commentary list of the report it appears in.",
                default: "`progress` for green and complete, `improvement` for red and amber", carry: .always),
            Field(
                "ref", \.ref, .text, "The ref as it stood this quarter (plans renumber).", default: "the definition's",
                carry: .withinPlanYear),
            Field(
                "title", \.title, .text, "The title as it stood this quarter.", default: "the definition's",
                carry: .withinPlanYear, translated: true),
            Field(
                "milestone", \.milestone, .text, "The milestone as it stood this quarter.", default: "the definition's",
                carry: .withinPlanYear, translated: true),
            Field(
                "review", \.review, .text,
                "Left by `quarterly new-quarter` on carried-over updates; delete it once checked. A published quarter may have none (`unreviewed-update`)."
            ),
        ])
}

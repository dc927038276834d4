/// One quarter's report: `content/quarters/<id>/index.md`.
public struct Quarter: Sendable, Identifiable {
    public let id: QuarterID
    public var status: QuarterStatus
    public var periodEnd: CalendarDate
    public var published: CalendarDate?
    public var meeting: String?
    public var plan: String?
    /// Markdown.
    public var introduction: String
    public var sourcePath: String

    public init(
        id: QuarterID, status: QuarterStatus, periodEnd: CalendarDate, published: CalendarDate? = nil,
        meeting: String? = nil, plan: String? = nil, introduction: String = "", sourcePath: String
    ) {
        self.id = id
        self.status = status
        self.periodEnd = periodEnd
        self.published = published
        self.meeting = meeting
        self.plan = plan
        self.introduction = introduction
        self.sourcePath = sourcePath
    }

    public var isDraft: Bool { status == .draft }

    /// When the report is dated: its publication, else the end of the period it covers.
    public var reportDate: CalendarDate { published ?? periodEnd }
}

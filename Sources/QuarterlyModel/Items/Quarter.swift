/// One quarter's report: `content/quarters/<id>/index.md`.
public struct Quarter: Sendable, Identifiable {
    public let id: QuarterID
    public var status = QuarterStatus.draft
    public var periodEnd: CalendarDate
    public var published: CalendarDate?
    public var meeting: String?
    public var plan: String?
    /// False for a quarter that holds only figures later reports quoted: it is not a
    /// report of its own, so it is not listed, counted or compared with as one.
    public var isReport = true
    /// Changes made after publication, oldest first as written.
    public var corrections: [Correction] = []
    /// Markdown.
    public var introduction = ""
    public var sourcePath: String

    /// The period ends on the quarter's last day unless the file says otherwise.
    public init(id: QuarterID, financialYearStart: Int, sourcePath: String) {
        self.id = id
        self.periodEnd = id.periodEnd(financialYearStart: financialYearStart)
        self.sourcePath = sourcePath
    }

    public var isDraft: Bool { status == .draft }

    /// Figures only: not a report of its own (`report: false`).
    public var isFiguresOnly: Bool { !isReport }

    /// When the report was last dated: its latest correction, else its publication, else
    /// the end of the period it covers (the feed's `updated` and the sitemap's `lastmod`).
    public var reportDate: CalendarDate { corrections.map(\.date).max() ?? published ?? periodEnd }
}

extension Quarter: ContentItem {
    public static let kind = ContentKind.quarter
    public static let fields = FieldSet<Quarter>(
        blank: Quarter(id: QuarterID(startYear: 2019, number: 1)!, financialYearStart: 4, sourcePath: ""),
        [
            Field(
                "status", \.status, .word(QuarterStatus.self),
                "`draft` until the report has been to committee, then `published`. Drafts are built only with `quarterly build --drafts`, and every page then says DRAFT.",
                required: true, openData: "status"),
            Field(
                "period_end", \.periodEnd, .date, "End of the period reported.", default: "last day of the quarter",
                openData: "period_end"),
            Field("published", \.published, .date, "When the report was published.", openData: "published"),
            Field(
                "meeting", \.meeting, .text, "The committee that considered it.", openData: "meeting", translated: true),
            Field(
                "plan", \.plan, .text, "The plan reported against, as it was named then.",
                default: "the site's `title`", openData: "plan", translated: true),
            Field(
                "report", \.isReport, .boolean,
                "`false` for a quarter that holds only figures later reports quoted (no report of its own was published for it): it is not listed among the reports, on the home page or in the feed, nor counted in the RAG charts or compared with as \"the last report\", and its figures are marked *figures only* wherever an item's history shows them.",
                openData: "report"),
            Field(
                "corrections", \.corrections,
                .list(of: Correction.fields, example: "`- date: 2020-01-12` then `  reason: …`"),
                "Changes made after the report was published, each with its `date` and `reason`, shown at the top of the report. Written by `quarterly publish QUARTER --correction \"reason\"`, which also records the corrected report.",
                openData: "corrections"),
        ])
}

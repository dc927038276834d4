import QuarterlyModel

/// What `quarterly publish` asks of validation: check the content as if `quarter` were
/// published on `date` (so a draft with updates still marked for review is refused, as
/// `check` would refuse it once published), with a correction when one is being made,
/// and give back the report it would record.
public struct Publishing: Sendable {
    public let quarter: QuarterID
    public let date: CalendarDate
    /// The correction's reason, when publishing again to accept a change to the report.
    public let correction: String?
    /// Whether a quarter already published without a `published:` date takes `date`. A
    /// draft always does; a report published before records existed keeps what its page
    /// shows unless a date is given on purpose (`--date`).
    public let datesPublishedQuarter: Bool

    public init(quarter: QuarterID, date: CalendarDate, correction: String? = nil, datesPublishedQuarter: Bool = false)
    {
        self.quarter = quarter
        self.date = date
        self.correction = correction
        self.datesPublishedQuarter = datesPublishedQuarter
    }

    /// The quarter as it is once published: its status, its date, and the correction.
    public func applied(to quarter: Quarter) -> Quarter {
        var published = quarter
        published.status = .published
        if quarter.published == nil, quarter.isDraft || datesPublishedQuarter { published.published = date }
        if let correction { published.corrections.append(Correction(date: date, reason: correction)) }
        return published
    }
}

/// The report a `Publishing` would record, and how it differs from the record already there.
public struct Publication: Sendable {
    /// The quarter as its `index.md` states it, and as it is once published.
    public let stated: Quarter
    public let quarter: Quarter
    public let report: PublishedReport
    /// Nil when the quarter has never been recorded.
    public let recorded: PublishedReport?
    public let differences: [ReportDifference]
    /// The differences as `check` reports them, each at the line responsible.
    public let problems: [Diagnostic]
}

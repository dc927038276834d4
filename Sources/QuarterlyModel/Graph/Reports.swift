/// Which quarters are reports: a quarter marked `report: false` holds only figures that
/// later reports quoted. Its figures belong to each item's history, but it is not listed,
/// counted or compared with as a report.
extension ContentGraph {
    /// The quarters that are reports, oldest first.
    public var reports: [Quarter] { quarters.filter(\.isReport) }

    /// The newest report: what the home page shows.
    public var latestReport: Quarter? { quarters.last(where: \.isReport) }

    /// "The last report" before `quarter`: the newest published report before it, the
    /// one its readers saw last (nil when it is the first).
    public func previousReport(before quarter: QuarterID) -> Quarter? {
        quarters.last { $0.id < quarter && $0.isReport && !$0.isDraft }
    }
}

extension AssessedGraph {
    public var reports: [Quarter] { content.reports }
    public var latestReport: Quarter? { content.latestReport }
    public func previousReport(before quarter: QuarterID) -> Quarter? { content.previousReport(before: quarter) }
}

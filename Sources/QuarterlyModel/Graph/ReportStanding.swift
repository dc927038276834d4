/// Where an action or measure stands at a quarter, reported or not. An outcome page shows
/// its items at one quarter; an item with no update then is complete, out of that year's
/// plan, or simply not reported, and is never shown as "Not rated".
public enum ReportStanding: Sendable, Equatable {
    case reported
    /// An action reported Complete in an earlier quarter and not reported since.
    case completed(in: QuarterID)
    /// Not in that financial year's plan: dropped from it, or under an outcome the plan no
    /// longer has.
    case notInPlan(year: String)
    /// In that year's plan but not reported that quarter (an annual measure, say).
    case notReported(in: QuarterID)
}

extension AssessedGraph {
    public func standing(ofAction id: String, at quarter: QuarterID) -> ReportStanding {
        if actionUpdate(id, in: quarter) != nil { return .reported }
        if let last = actionHistory(id).last(where: { $0.quarter < quarter }), last.rag == .complete {
            return .completed(in: last.quarter)
        }
        return plan(in: quarter).contains(action: id)
            ? .notReported(in: quarter) : .notInPlan(year: quarter.financialYear)
    }

    public func standing(ofMeasure id: String, at quarter: QuarterID) -> ReportStanding {
        if measureUpdate(id, in: quarter) != nil { return .reported }
        return plan(in: quarter).contains(measure: id)
            ? .notReported(in: quarter) : .notInPlan(year: quarter.financialYear)
    }
}

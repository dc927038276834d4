/// What changed in one quarter's report since the last report: the "what changed since
/// the last report" list on the home and trends pages.
public struct QuarterChange: Sendable, Equatable {
    public enum Item: Sendable, Equatable {
        case action(String)
        case measure(String)
    }

    public enum Kind: Sendable, Equatable {
        /// Reported for the first time.
        case new
        /// An action that reached Complete this quarter.
        case completed
        case ragChanged(from: RAGStatus?, to: RAGStatus?)
        /// Only between two known directions: a first direction is not a change.
        case directionChanged(from: DirectionOfTravel, to: DirectionOfTravel)
        /// In the last report but not in this one.
        case noLongerReported
    }

    public let item: Item
    public let kind: Kind
    /// The report compared with: the item's most recent earlier report.
    public let since: QuarterID?
}

extension AssessedGraph {
    /// Changes in `quarter` against each item's most recent earlier report (a published
    /// report: figures-only quarters are not reports). Items in the last report but missing
    /// from this one are listed as no longer reported. The first report has no changes:
    /// there is nothing its readers saw before.
    public func changes(in quarter: QuarterID) -> [QuarterChange] {
        guard let previous = previousReport(before: quarter)?.id else { return [] }
        let earlierReports = Set(content.quarters.filter { $0.id <= previous && $0.isReport && !$0.isDraft }.map(\.id))
        var changes: [QuarterChange] = []

        for action in content.actions {
            let history = actionHistory(action.id)
            let earlier = history.last { earlierReports.contains($0.quarter) }
            guard let current = history.first(where: { $0.quarter == quarter }) else {
                if earlier?.quarter == previous, earlier?.rag != .complete {
                    changes.append(QuarterChange(item: .action(action.id), kind: .noLongerReported, since: previous))
                }
                continue
            }
            guard let earlier else {
                changes.append(QuarterChange(item: .action(action.id), kind: .new, since: nil))
                continue
            }
            if current.rag == .complete, earlier.rag != .complete {
                changes.append(QuarterChange(item: .action(action.id), kind: .completed, since: earlier.quarter))
            } else if current.rag != earlier.rag {
                changes.append(
                    QuarterChange(
                        item: .action(action.id), kind: .ragChanged(from: earlier.rag, to: current.rag),
                        since: earlier.quarter))
            }
            if let was = earlier.direction, let now = current.direction, was != now {
                changes.append(
                    QuarterChange(
                        item: .action(action.id), kind: .directionChanged(from: was, to: now), since: earlier.quarter))
            }
        }
        for measure in content.measures {
            let history = measureHistory(measure.id)
            let earlier = history.last { earlierReports.contains($0.quarter) }
            guard let current = history.first(where: { $0.quarter == quarter }) else {
                if earlier?.quarter == previous {
                    changes.append(QuarterChange(item: .measure(measure.id), kind: .noLongerReported, since: previous))
                }
                continue
            }
            guard let earlier else {
                changes.append(QuarterChange(item: .measure(measure.id), kind: .new, since: nil))
                continue
            }
            if current.rag != earlier.rag {
                changes.append(
                    QuarterChange(
                        item: .measure(measure.id), kind: .ragChanged(from: earlier.rag, to: current.rag),
                        since: earlier.quarter))
            }
            if let was = earlier.direction, let now = current.direction, was != now {
                changes.append(
                    QuarterChange(
                        item: .measure(measure.id), kind: .directionChanged(from: was, to: now), since: earlier.quarter)
                )
            }
        }
        return changes
    }
}

import Foundation

/// An action or a measure as one quarter's report gives it: what a summary counts and lists.
public struct ReportedItem: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case action, measure
    }

    public let kind: Kind
    public let id: String
    /// Its ref in that quarter's plan.
    public let ref: String
    /// Its title in that quarter.
    public let title: String
    public let rag: RAGStatus?
    public let direction: DirectionOfTravel?
    /// The quarter its direction of travel compares with: for a computed one the earlier
    /// figure's (or update's), for one the council stated the quarter before.
    public let comparedWith: QuarterID?
    /// For a measure whose figure is outside the green tolerance of the target it was judged
    /// against: by how much, as a percentage of the target (`TargetShortfall`).
    public let shortfall: Decimal?
    /// Who answers for it: its lead officers and portfolio holders, or its directorate.
    public let owners: [Owner]

    public init(
        kind: Kind, id: String, ref: String, title: String, rag: RAGStatus?, direction: DirectionOfTravel?,
        comparedWith: QuarterID?, shortfall: Decimal? = nil, owners: [Owner] = []
    ) {
        (self.kind, self.id, self.ref, self.title, self.rag, self.direction) = (kind, id, ref, title, rag, direction)
        (self.comparedWith, self.shortfall, self.owners) = (comparedWith, shortfall, owners)
    }
}

extension AssessedGraph {
    /// Every action and measure reported in `quarter`, in its report's order: outcome by
    /// outcome of that quarter's plan, the actions of each (supporting) outcome, then the
    /// outcome's measures.
    public func reportedItems(in quarter: QuarterID) -> [ReportedItem] {
        var items: [ReportedItem] = []
        visitReportedItems(in: quarter) {
            items.append($0)
            return .next
        }
        return items
    }

    /// Each item reported in `quarter`, in its report's order, until `visit` says to stop
    /// (a question the first items can settle need not make them all).
    func visitReportedItems(in quarter: QuarterID, _ visit: (ReportedItem) -> VisitNext) {
        let plan = plan(in: quarter)
        for root in plan.rootOutcomes {
            let ids = plan.subtree(of: root.id)
            for action in ids.flatMap({ plan.actions(in: $0) }) {
                guard let update = actionUpdate(action.id, in: quarter) else { continue }
                if visit(ReportedItem(action, update)) == .stop { return }
            }
            for measure in ids.flatMap({ plan.measures(in: $0) }) {
                guard let update = measureUpdate(measure.id, in: quarter) else { continue }
                if visit(ReportedItem(measure, update)) == .stop { return }
            }
        }
    }

    /// Whether a visit goes on to the next item.
    enum VisitNext { case next, stop }
}

extension ReportedItem {
    init(_ action: Action, _ update: AssessedActionUpdate) {
        kind = .action
        id = action.id
        ref = update.ref(for: action)
        title = update.title ?? action.title
        rag = update.rag
        direction = update.direction
        // A stated direction is the council's since its last quarterly update.
        comparedWith = update.previous?.quarter ?? update.quarter.previous
        shortfall = nil
        owners = action.owners
    }

    init(_ measure: Measure, _ update: AssessedMeasureUpdate) {
        kind = .measure
        id = measure.id
        ref = update.ref(for: measure)
        title = update.title ?? measure.title
        rag = update.rag
        direction = update.direction
        comparedWith =
            update.directionSource.origin == .computed || update.statedDirection == update.computedDirection?.direction
            ? update.computedDirection?.comparedWith ?? update.quarter.previous : update.quarter.previous
        // Only a figure the figures alone put outside the green tolerance counts as short.
        shortfall =
            update.computedRAG.rag == nil || update.computedRAG.rag == .green
            ? nil
            : update.value.flatMap { value in
                update.appliedTarget.flatMap {
                    TargetShortfall.percent(value: value, target: $0.target, polarity: measure.polarity)
                }
            }
        owners = measure.owners
    }
}

/// How many items are at each status: the "at a glance" figures.
public struct RAGCount: Sendable, Equatable {
    public var red = 0
    public var amber = 0
    public var green = 0
    public var complete = 0
    /// Measures reported this quarter without a status. Items with no update that
    /// quarter are not counted at all: they were not part of that quarter's plan.
    public var notRated = 0

    public init() {}

    public mutating func add(_ rag: RAGStatus?) {
        switch rag {
        case .red: red += 1
        case .amber: amber += 1
        case .green: green += 1
        case .complete: complete += 1
        case nil: notRated += 1
        }
    }

    public var total: Int { red + amber + green + complete + notRated }

    /// How many are at one status (nil: not rated).
    public func count(of status: RAGStatus?) -> Int {
        switch status {
        case .red: red
        case .amber: amber
        case .green: green
        case .complete: complete
        case nil: notRated
        }
    }

    /// "1 red, 18 amber, 31 green": the statuses present, worst first (`ragCount.<status>`,
    /// `ragCount.none`).
    public var words: Message {
        let parts = ([RAGStatus.red, .amber, .green, .complete] as [RAGStatus?] + [nil])
            .filter { count(of: $0) > 0 }
            .map { Message("ragCount." + ($0?.rawValue ?? "none"), ["count": .count(count(of: $0))]) }
        return Message("ragCount.words", ["parts": .series(parts)])
    }

    public static func + (a: RAGCount, b: RAGCount) -> RAGCount {
        var sum = a
        sum.red += b.red
        sum.amber += b.amber
        sum.green += b.green
        sum.complete += b.complete
        sum.notRated += b.notRated
        return sum
    }
}

extension AssessedGraph {
    /// Whether an action or a measure under an outcome (the outcome itself included) was
    /// reported in a quarter, as that quarter's plan (`plan`) places them.
    public func reportsAnything(under outcomeID: String, in quarter: QuarterID, plan: PlanStructure) -> Bool {
        plan.subtree(of: outcomeID).contains { id in
            plan.actions(in: id).ids.contains { hasActionUpdate($0, in: quarter) }
                || plan.measures(in: id).ids.contains { hasMeasureUpdate($0, in: quarter) }
        }
    }

    /// Statuses reported in a quarter for everything under an outcome (the outcome itself
    /// included), as that quarter's plan places them: the counts of its report's tables.
    public func actionCount(under outcomeID: String, in quarter: QuarterID) -> RAGCount {
        let plan = content.plan(in: quarter)
        var count = RAGCount()
        for id in plan.subtree(of: outcomeID) {
            for action in plan.actions(in: id).ids {
                if let update = actionUpdate(action, in: quarter) { count.add(update.rag) }
            }
        }
        return count
    }

    /// The whole plan's counts in a quarter.
    public func actionCount(in quarter: QuarterID) -> RAGCount {
        content.plan(in: quarter).rootOutcomes.map { actionCount(under: $0.id, in: quarter) }.reduce(RAGCount(), +)
    }

    public func measureCount(in quarter: QuarterID) -> RAGCount {
        content.plan(in: quarter).rootOutcomes.map { measureCount(under: $0.id, in: quarter) }.reduce(RAGCount(), +)
    }

    public func measureCount(under outcomeID: String, in quarter: QuarterID) -> RAGCount {
        let plan = content.plan(in: quarter)
        var count = RAGCount()
        for id in plan.subtree(of: outcomeID) {
            for measure in plan.measures(in: id).ids {
                if let update = measureUpdate(measure, in: quarter) { count.add(update.rag) }
            }
        }
        return count
    }
}

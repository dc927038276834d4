/// What a councillor reads first: how many actions and measures are on track, need
/// attention or are off track in a report, and which ones give concern or improved.
/// "On track" is Green or Complete, "need attention" Amber, "off track" Red.
public struct ReportSummary: Sendable {
    public let quarter: QuarterID
    /// The items summarised, in the report's order.
    public let items: [ReportedItem]
    public let actions: RAGCount
    public let measures: RAGCount

    public init(quarter: QuarterID, items: [ReportedItem]) {
        self.quarter = quarter
        self.items = items
        var actions = RAGCount()
        var measures = RAGCount()
        for item in items {
            switch item.kind {
            case .action: actions.add(item.rag)
            case .measure: measures.add(item.rag)
            }
        }
        self.actions = actions
        self.measures = measures
    }

    /// Red items, in the report's order.
    public var offTrack: [ReportedItem] { items.filter { $0.rag == .red } }

    /// Items whose direction of travel is Declining.
    public var declining: [ReportedItem] { items.filter { $0.direction == .declining } }

    /// Items whose direction of travel is Improving (an action reaching Complete included).
    public var improving: [ReportedItem] { items.filter { $0.direction == .improving } }

    /// Measures short of their target, furthest first (ties in the report's order).
    public var furthestFromTarget: [ReportedItem] {
        items.enumerated().filter { $0.element.shortfall != nil }
            .sorted { a, b in
                a.element.shortfall! != b.element.shortfall!
                    ? a.element.shortfall! > b.element.shortfall! : a.offset < b.offset
            }
            .map(\.element)
    }

    /// Red or Declining: the view by exception.
    public var exceptions: [ReportedItem] { items.filter { $0.rag == .red || $0.direction == .declining } }

    /// The summary in words, one sentence per kind with items: "Of 54 actions, 38 are on
    /// track, 12 need attention and 4 are off track; 6 got worse since Quarter 1 2019/20."
    /// (`reportSummary.*`).
    public var sentences: [Message] {
        [(ReportedItem.Kind.action, actions, "actions"), (.measure, measures, "measures")].compactMap {
            kind, count, noun in
            guard count.total > 0 else { return nil }
            let kindItems = items.filter { $0.kind == kind }
            return Self.sentence(noun: noun, count: count, items: kindItems)
        }
    }

    static func sentence(noun: String, count: RAGCount, items: [ReportedItem]) -> Message {
        let statuses = [
            (count.green + count.complete, "onTrack"), (count.amber, "needsAttention"), (count.red, "offTrack"),
            (count.notRated, "notRated"),
        ].filter { $0.0 > 0 }.map { n, key in Message("reportSummary." + key, ["count": .count(n)]) }
        let worse = items.filter { $0.direction == .declining }
        let better = items.filter { $0.direction == .improving }
        let movement = [(worse.count, "gotWorse"), (better.count, "improved")].filter { $0.0 > 0 }.map { n, key in
            Message("reportSummary." + key, ["count": .count(n)])
        }
        guard !movement.isEmpty else {
            return Message("reportSummary." + noun, ["count": .count(count.total), "statuses": .list(statuses)])
        }
        return Message(
            "reportSummary." + noun + "Moved",
            [
                "count": .count(count.total), "statuses": .list(statuses), "movement": .list(movement),
                "since": .message(Self.since((worse + better).map(\.comparedWith), noun: noun)),
            ])
    }

    /// "since Quarter 1 2019/20" when every direction compares with that quarter,
    /// otherwise "since their previous figures" (a seasonal measure compares with a year
    /// ago, a measure not reported every quarter with its latest figure).
    static func since(_ quarters: [QuarterID?], noun: String) -> Message {
        let known = Set(quarters.compactMap { $0 })
        if known.count == 1, !quarters.contains(nil) {
            return Message("reportSummary.since", ["quarter": .message(known.first!.name)])
        }
        return Message(noun == "actions" ? "reportSummary.sinceActions" : "reportSummary.sinceMeasures")
    }
}

extension AssessedGraph {
    /// The summary of `quarter`'s report, or of the items of it that `including` keeps.
    public func summary(of quarter: QuarterID, including: (ReportedItem) -> Bool = { _ in true }) -> ReportSummary {
        ReportSummary(quarter: quarter, items: reportedItems(in: quarter).filter(including))
    }
}

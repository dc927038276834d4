extension ContentGraph {
    /// What the plan's items make of the graph, apart from the updates: the outcomes'
    /// tree, every item in order with its index, and each year's plan. It depends only on
    /// the files that define items and on which quarters there are, so a reload after an
    /// edit to an update keeps it (`StructureMemo`).
    public struct Structure: Sendable {
        let outcomes: [Outcome]
        let outcomeIndex: [String: Outcome]
        let actions: [Action]
        let measures: [Measure]
        let actionIndex: [String: Action]
        let measureIndex: [String: Measure]
        let plans: [String: PlanStructure]
        let currentPlan: PlanStructure
        let risks: [Risk]
        let riskIndex: [String: Risk]

        /// `quarters` oldest first.
        init(outcomes: [Outcome], actions: [Action], measures: [Measure], quarters: [Quarter], risks: [Risk]) {
            self.risks = risks.sorted {
                $0.order != $1.order ? $0.order < $1.order : NaturalOrder.less($0.ref, $1.ref)
            }
            riskIndex = Dictionary(risks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let siblingOrder: (Outcome, Outcome) -> Bool = { a, b in
                if a.order != b.order { return a.order < b.order }
                if a.ref != b.ref { return NaturalOrder.less(a.ref ?? "", b.ref ?? "") }
                return a.title < b.title
            }
            var children: [String: [String]] = [:]
            for outcome in outcomes.sorted(by: siblingOrder) {
                children[outcome.parentID ?? "", default: []].append(outcome.id)
            }
            let index = Dictionary(outcomes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var ordered: [Outcome] = []
            var visited: Set<String> = []
            func visit(_ id: String) {
                guard visited.insert(id).inserted, let outcome = index[id] else { return }
                ordered.append(outcome)
                children[id, default: []].forEach(visit)
            }
            children["", default: []].forEach(visit)
            self.outcomes = ordered
            self.outcomeIndex = index

            let position = Dictionary(ordered.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            self.actions = Self.inItemOrder(actions, position: position)
            self.measures = Self.inItemOrder(measures, position: position)
            actionIndex = Dictionary(actions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            measureIndex = Dictionary(measures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            var plans: [String: PlanStructure] = [:]
            for year in quarters.map(\.id.financialYear) where plans[year] == nil {
                plans[year] = PlanStructure(year: year, outcomes: ordered, actions: actions, measures: measures)
            }
            self.plans = plans
            currentPlan =
                quarters.last.flatMap { plans[$0.id.financialYear] }
                ?? PlanStructure(year: nil, outcomes: ordered, actions: actions, measures: measures)
        }

        /// Items by their outcome's place in the tree, then `order`, then ref. Each item's
        /// keys are read once and its place in `items` sorted: comparing the items
        /// themselves looked up both outcomes' places at every comparison.
        static func inItemOrder<Item: PlanItem>(_ items: [Item], position: [String: Int]) -> [Item] {
            let places = items.map { position[$0.outcomeID] ?? Int.max }
            let orders = items.map(\.order)
            let refs = items.map(\.ref)
            return items.indices.sorted { a, b in
                if places[a] != places[b] { return places[a] < places[b] }
                if orders[a] != orders[b] { return orders[a] < orders[b] }
                return NaturalOrder.less(refs[a], refs[b])
            }.map { items[$0] }
        }
    }
}

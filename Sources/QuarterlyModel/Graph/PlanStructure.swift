/// The plan as it stood in one financial year: its outcomes and their tree, in that
/// year's order, and the actions and measures under each. Plans are renewed (outcomes
/// come and go, supporting outcomes are reordered, items move: `first_year`,
/// `last_year`, `orders:`, `outcomes:`), so each quarter's report, and every page that
/// groups items by outcome, is built from the structure of its own year.
public struct PlanStructure: Sendable {
    /// `2019/20`; nil for the structure the files state with no year applied (a site with
    /// no quarters yet): every outcome, every item under its `outcome`.
    public let year: String?
    /// The outcomes in that year's plan, in tree order.
    public let outcomes: [Outcome]
    /// Each outcome's place in `outcomes`: a second copy of every outcome per year was
    /// 1–2 MB of a large site's plans.
    private let outcomeIndex: [String: Int]
    private let childIDs: [String: [String]]
    // Each outcome's items as places in the arrays the plan was made from, which it shares
    // with the graph: a plan per year held its own copy of every item (a dozen strings
    // and tables each), 5 MB of a 10,000-file site's peak.
    private let allActions: [Action]
    private let allMeasures: [Measure]
    private let actionsByOutcome: [String: [Int]]
    private let measuresByOutcome: [String: [Int]]
    private let actionIDs: Set<String>
    private let measureIDs: Set<String>

    /// `outcomes` in any order; the year's own order is applied.
    public init(year: String?, outcomes all: [Outcome], actions: [Action], measures: [Measure]) {
        self.year = year
        let inYear = all.filter { outcome in year.map(outcome.years.contains) ?? true }
        var siblings: [String: [Outcome]] = [:]
        for outcome in inYear { siblings[outcome.parentID ?? "", default: []].append(outcome) }
        let children = siblings.mapValues { Self.ordered($0, year: year).map(\.id) }
        let index = Dictionary(inYear.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Only outcomes reached from a root that year are in its plan: a supporting
        // outcome is not in a year its parent is not in.
        var ordered: [Outcome] = []
        var visited: Set<String> = []
        func visit(_ id: String) {
            guard let outcome = index[id], visited.insert(id).inserted else { return }
            ordered.append(outcome)
            children[id, default: []].forEach(visit)
        }
        children["", default: []].forEach(visit)
        outcomes = ordered
        outcomeIndex = Dictionary(ordered.indices.map { (ordered[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        childIDs = children

        let placed = outcomeIndex
        // Each item's outcome, ref and order that year are read once, not at every comparison.
        func table<Item: PlanItem>(_ items: [Item]) -> [String: [Int]] {
            let outcomes = items.map { item in year.map(item.outcomeID(inYear:)) ?? item.outcomeID }
            let refs = items.map { item in year.map(item.ref(inYear:)) ?? item.ref }
            let orders = items.map(\.order)
            let inPlan = items.indices.filter { index in
                (year.map(items[index].years.contains) ?? true) && placed[outcomes[index]] != nil
            }
            return Dictionary(grouping: inPlan, by: { outcomes[$0] }).mapValues {
                $0.sorted { a, b in orders[a] != orders[b] ? orders[a] < orders[b] : NaturalOrder.less(refs[a], refs[b])
                }
            }
        }
        allActions = actions
        allMeasures = measures
        actionsByOutcome = table(actions)
        measuresByOutcome = table(measures)
        actionIDs = Set(actionsByOutcome.values.joined().map { actions[$0].id })
        measureIDs = Set(measuresByOutcome.values.joined().map { measures[$0].id })
    }

    /// Siblings in a year's order: by their refs that year when every one has one (plans
    /// number their outcomes), else by `order` (`orders:` for that year), ref and title.
    static func ordered(_ siblings: [Outcome], year: String?) -> [Outcome] {
        let ref = { (outcome: Outcome) in year.map(outcome.ref(inYear:)) ?? outcome.ref }
        let order = { (outcome: Outcome) in year.map(outcome.order(inYear:)) ?? outcome.order }
        let numbered = siblings.allSatisfy { ref($0) != nil }
        return siblings.sorted { a, b in
            if !numbered, order(a) != order(b) { return order(a) < order(b) }
            if ref(a) != ref(b) { return NaturalOrder.less(ref(a) ?? "", ref(b) ?? "") }
            return a.title < b.title
        }
    }

    /// Top-level outcomes, in that year's order.
    public var rootOutcomes: [Outcome] { children(of: nil) }

    /// The supporting outcomes of an outcome that year (nil: the top-level ones).
    public func children(of outcomeID: String?) -> [Outcome] {
        (childIDs[outcomeID ?? ""] ?? []).compactMap { outcomeIndex[$0].map { outcomes[$0] } }
    }

    /// Every outcome id at or below `outcomeID` that year; empty when it is not in the plan.
    public func subtree(of outcomeID: String) -> [String] {
        guard contains(outcome: outcomeID) else { return [] }
        return [outcomeID] + (childIDs[outcomeID] ?? []).flatMap { subtree(of: $0) }
    }

    public func contains(outcome id: String) -> Bool { outcomeIndex[id] != nil }
    public func contains(action id: String) -> Bool { actionIDs.contains(id) }
    public func contains(measure id: String) -> Bool { measureIDs.contains(id) }

    /// The actions directly under an outcome that year, in its table's order: by `order`,
    /// then by their refs that year.
    public func actions(in outcomeID: String) -> PlanItems<Action> {
        PlanItems(all: allActions, places: actionsByOutcome[outcomeID] ?? [])
    }
    public func measures(in outcomeID: String) -> PlanItems<Measure> {
        PlanItems(all: allMeasures, places: measuresByOutcome[outcomeID] ?? [])
    }
}

/// An outcome's actions or measures in a year's plan, in order: a view of the items the
/// plan was made from, read where they lie.
public struct PlanItems<Item: Sendable>: RandomAccessCollection, Sendable {
    let all: [Item]
    let places: [Int]

    public var startIndex: Int { 0 }
    public var endIndex: Int { places.count }
    /// Read in place: `items[i].id` then copies the id alone, not the whole item.
    public subscript(position: Int) -> Item {
        _read { yield all[places[position]] }
    }
}

extension PlanItems where Item: PlanItem {
    /// The items' ids, each read in place: a loop over the items themselves copies each
    /// (a dozen strings and tables an action or measure).
    public var ids: LazyMapCollection<[Int], String> { places.lazy.map { [all] in all[$0].id } }
}

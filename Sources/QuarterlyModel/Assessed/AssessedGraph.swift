/// The content graph after "compute statuses": every update with the RAG and direction
/// the site shows. Rendering takes this type, so nothing can be shown unassessed.
/// The definitions, quarters and commentary are `content`'s.
public final class AssessedGraph: Sendable {
    public let content: ContentGraph
    private let actionUpdates: [QuarterID: [String: AssessedActionUpdate]]
    private let measureUpdates: [QuarterID: [String: AssessedMeasureUpdate]]
    private let riskUpdates: [QuarterID: [String: AssessedRiskUpdate]]
    /// Each quarter's owners, worked out once: the page list, the navigation and the
    /// owner pages all ask for the latest report's.
    let ownersMemo = Memo<QuarterID, [OwnerItems]>()
    /// The risks that name each action or measure, worked out once: every item's page,
    /// chart and cache key asks for its own, and a national site has thousands of risks.
    private let linkedRisks = Memo<Bool, [String: [Risk]]>()

    init(
        content: ContentGraph, actionUpdates: [AssessedActionUpdate], measureUpdates: [AssessedMeasureUpdate],
        riskUpdates: [AssessedRiskUpdate]
    ) {
        self.content = content
        self.actionUpdates = Self.byQuarter(actionUpdates, \.quarter, \.actionID)
        self.measureUpdates = Self.byQuarter(measureUpdates, \.quarter, \.measureID)
        self.riskUpdates = Self.byQuarter(riskUpdates, \.quarter, \.riskID)
    }

    /// Updates by quarter, then by item: each quarter's table made at its full size at once
    /// (grown one update at a time, it was rehashed a dozen times at 10,000 updates).
    private static func byQuarter<Update>(
        _ updates: [Update], _ quarter: KeyPath<Update, QuarterID>, _ item: KeyPath<Update, String>
    ) -> [QuarterID: [String: Update]] {
        var counts: [QuarterID: Int] = [:]
        for update in updates { counts[update[keyPath: quarter], default: 0] += 1 }
        var tables = counts.mapValues { [String: Update](minimumCapacity: $0) }
        for update in updates { tables[update[keyPath: quarter]]![update[keyPath: item]] = update }
        return tables
    }

    // MARK: The content's

    public var site: SiteConfig { content.site }
    public var outcomes: [Outcome] { content.outcomes }
    public var actions: [Action] { content.actions }
    public var measures: [Measure] { content.measures }
    /// Every action's id, in the plan's order, read in place (a loop over `actions` copies each action).
    public var actionIDs: [String] {
        let actions = content.actions
        return actions.indices.map { actions[$0].id }
    }
    public var measureIDs: [String] {
        let measures = content.measures
        return measures.indices.map { measures[$0].id }
    }
    public var quarters: [Quarter] { content.quarters }
    public var risks: [Risk] { content.risks }
    public var currentPlan: PlanStructure { content.currentPlan }
    public var planYears: [String] { content.planYears }
    public var latestQuarter: Quarter? { content.latestQuarter }
    public var latestRiskQuarter: QuarterID? { content.latestRiskQuarter }
    public var containsDrafts: Bool { content.containsDrafts }

    public func outcome(_ id: String) -> Outcome? { content.outcome(id) }
    public func action(_ id: String) -> Action? { content.action(id) }
    public func measure(_ id: String) -> Measure? { content.measure(id) }
    public func quarter(_ id: QuarterID) -> Quarter? { content.quarter(id) }
    public func risk(_ id: String) -> Risk? { content.risk(id) }
    public func plan(in quarter: QuarterID) -> PlanStructure { content.plan(in: quarter) }
    public func plan(inYear year: String) -> PlanStructure { content.plan(inYear: year) }
    public func lineage(of outcomeID: String) -> [Outcome] { content.lineage(of: outcomeID) }
    /// The risks that name an item among their actions or measures, in the register's order.
    public func risks(linkedTo itemID: String) -> [Risk] {
        let index = linkedRisks.value(for: true) {
            var index: [String: [Risk]] = [:]
            for risk in content.risks {
                var named = Set<String>()
                for id in risk.actionIDs + risk.measureIDs where named.insert(id).inserted {
                    index[id, default: []].append(risk)
                }
            }
            return index
        }
        return index[itemID] ?? []
    }
    public func commentary(on outcomeID: String, in quarter: QuarterID) -> OutcomeCommentary? {
        content.commentary(on: outcomeID, in: quarter)
    }
    public func refHistory(ofMeasure id: String) -> [RefPeriod] { content.refHistory(ofMeasure: id) }
    public func refHistory(ofAction id: String) -> [RefPeriod] { content.refHistory(ofAction: id) }

    // MARK: Assessed updates

    /// Whether the item was reported in the quarter, asked without a copy of its update.
    public func hasActionUpdate(_ actionID: String, in quarter: QuarterID) -> Bool {
        actionUpdates[quarter]?.index(forKey: actionID) != nil
    }

    public func hasMeasureUpdate(_ measureID: String, in quarter: QuarterID) -> Bool {
        measureUpdates[quarter]?.index(forKey: measureID) != nil
    }

    public func actionUpdate(_ actionID: String, in quarter: QuarterID) -> AssessedActionUpdate? {
        actionUpdates[quarter]?[actionID]
    }

    public func measureUpdate(_ measureID: String, in quarter: QuarterID) -> AssessedMeasureUpdate? {
        measureUpdates[quarter]?[measureID]
    }

    public func riskUpdate(_ riskID: String, in quarter: QuarterID) -> AssessedRiskUpdate? {
        riskUpdates[quarter]?[riskID]
    }

    /// A quarter's updates, in the plan's order. The items are read in place by index:
    /// a closure over the items themselves copied each one (a preview reload's 5%).
    public func actionUpdates(in quarter: QuarterID) -> [AssessedActionUpdate] {
        guard let updates = actionUpdates[quarter] else { return [] }
        let actions = content.actions
        return actions.indices.compactMap { updates[actions[$0].id] }
    }

    public func measureUpdates(in quarter: QuarterID) -> [AssessedMeasureUpdate] {
        guard let updates = measureUpdates[quarter] else { return [] }
        let measures = content.measures
        return measures.indices.compactMap { updates[measures[$0].id] }
    }

    /// The ids of the actions updated in a quarter, in the actions' order, without
    /// copying an update.
    public func actionIDs(in quarter: QuarterID) -> [String] {
        guard let updates = actionUpdates[quarter] else { return [] }
        let actions = content.actions
        return actions.indices.lazy.map { actions[$0].id }.filter { updates.index(forKey: $0) != nil }
    }

    /// The ids of the measures updated in a quarter, in the measures' order.
    public func measureIDs(in quarter: QuarterID) -> [String] {
        guard let updates = measureUpdates[quarter] else { return [] }
        let measures = content.measures
        return measures.indices.lazy.map { measures[$0].id }.filter { updates.index(forKey: $0) != nil }
    }

    /// Every update of one item, oldest first.
    public func actionHistory(_ actionID: String) -> [AssessedActionUpdate] {
        let quarters = content.quarters
        return quarters.indices.compactMap { actionUpdates[quarters[$0].id]?[actionID] }
    }

    public func measureHistory(_ measureID: String) -> [AssessedMeasureUpdate] {
        let quarters = content.quarters
        return quarters.indices.compactMap { measureUpdates[quarters[$0].id]?[measureID] }
    }

    public func riskHistory(_ riskID: String) -> [AssessedRiskUpdate] {
        let quarters = content.quarters
        return quarters.indices.compactMap { riskUpdates[quarters[$0].id]?[riskID] }
    }
}

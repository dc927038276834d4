/// The validated content: everything the site says, with its lookups.
///
/// Built once after validation and never changed, so every page can be rendered
/// from it in parallel. References between items are guaranteed to resolve.
public final class ContentGraph: Sendable {
    public let site: SiteConfig
    /// Outcomes in tree order: each outcome followed by its supporting outcomes.
    public let outcomes: [Outcome]
    public let actions: [Action]
    public let measures: [Measure]
    /// Oldest first.
    public let quarters: [Quarter]
    /// The risk and opportunity register, by ref.
    public let risks: [Risk]

    /// The plan of the latest quarter's year: what the home page shows. With no quarters,
    /// the structure the files state.
    public let currentPlan: PlanStructure

    private let outcomeIndex: [String: Outcome]
    private let actionIndex: [String: Action]
    private let measureIndex: [String: Measure]
    /// The plan of each year a quarter is in.
    private let plans: [String: PlanStructure]
    private let actionUpdates: [QuarterID: UpdatesByItem<ActionUpdate>]
    private let measureUpdates: [QuarterID: UpdatesByItem<MeasureUpdate>]
    private let outcomeNotes: [QuarterID: UpdatesByItem<OutcomeCommentary>]
    private let riskIndex: [String: Risk]
    private let riskUpdates: [QuarterID: UpdatesByItem<RiskUpdate>]

    /// - Parameter structure: the structure of the last load (`quarterly serve`) and the
    ///   key of this one's files: reused when the key is the same (`StructureMemo`).
    public init(
        site: SiteConfig, outcomes: [Outcome], actions: [Action], measures: [Measure],
        quarters: [Quarter], actionUpdates: [ActionUpdate], measureUpdates: [MeasureUpdate],
        outcomeCommentary: [OutcomeCommentary], risks: [Risk] = [], riskUpdates: [RiskUpdate] = [],
        structure memo: (memo: StructureMemo, key: StableDigest)? = nil
    ) {
        self.site = site
        self.quarters = quarters.sorted { $0.id < $1.id }
        let make = { [quarters = self.quarters] in
            Structure(outcomes: outcomes, actions: actions, measures: measures, quarters: quarters, risks: risks)
        }
        let structure = memo.map { $0.memo.structure(key: $0.key, make: make) } ?? make()
        self.outcomes = structure.outcomes
        self.outcomeIndex = structure.outcomeIndex
        self.actions = structure.actions
        self.measures = structure.measures
        self.actionIndex = structure.actionIndex
        self.measureIndex = structure.measureIndex
        self.plans = structure.plans
        self.currentPlan = structure.currentPlan
        self.risks = structure.risks
        self.riskIndex = structure.riskIndex
        self.riskUpdates = UpdatesByItem.byQuarter(riskUpdates, quarter: \.quarter, itemID: \.riskID)
        self.actionUpdates = UpdatesByItem.byQuarter(actionUpdates, quarter: \.quarter, itemID: \.actionID)
        self.measureUpdates = UpdatesByItem.byQuarter(measureUpdates, quarter: \.quarter, itemID: \.measureID)
        self.outcomeNotes = UpdatesByItem.byQuarter(outcomeCommentary, quarter: \.quarter, itemID: \.outcomeID)
    }

    // MARK: Lookups

    public func outcome(_ id: String) -> Outcome? { outcomeIndex[id] }
    public func action(_ id: String) -> Action? { actionIndex[id] }
    public func measure(_ id: String) -> Measure? { measureIndex[id] }
    public func quarter(_ id: QuarterID) -> Quarter? { quarters.first { $0.id == id } }
    public func risk(_ id: String) -> Risk? { riskIndex[id] }
    public func riskUpdate(_ riskID: String, in quarter: QuarterID) -> RiskUpdate? { riskUpdates[quarter]?[riskID] }

    /// Every update of one risk, oldest first.
    public func riskHistory(_ riskID: String) -> [RiskUpdate] {
        quarters.compactMap { riskUpdates[$0.id]?[riskID] }
    }

    /// The risks linked to an action or a measure.
    public func risks(linkedTo itemID: String) -> [Risk] {
        risks.filter { $0.actionIDs.contains(itemID) || $0.measureIDs.contains(itemID) }
    }

    /// The latest quarter with any risk scores: the register's "as at".
    public var latestRiskQuarter: QuarterID? {
        quarters.last { riskUpdates[$0.id]?.isEmpty == false }?.id
    }

    /// The plan as it stood in `quarter`'s financial year.
    public func plan(in quarter: QuarterID) -> PlanStructure { plan(inYear: quarter.financialYear) }

    /// The plan as it stood in a financial year, `2019/20`.
    public func plan(inYear year: String) -> PlanStructure {
        plans[year] ?? PlanStructure(year: year, outcomes: outcomes, actions: actions, measures: measures)
    }

    /// The financial years the quarters are in, oldest first.
    public var planYears: [String] {
        var years: [String] = []
        for quarter in quarters where years.last != quarter.id.financialYear { years.append(quarter.id.financialYear) }
        return years
    }

    /// The outcome, its parent, and so on up to the root: root first.
    public func lineage(of outcomeID: String) -> [Outcome] {
        var chain: [Outcome] = []
        var current = outcomeIndex[outcomeID]
        while let outcome = current, !chain.contains(where: { $0.id == outcome.id }) {
            chain.insert(outcome, at: 0)
            current = outcome.parentID.flatMap { outcomeIndex[$0] }
        }
        return chain
    }

    public func actionUpdate(_ actionID: String, in quarter: QuarterID) -> ActionUpdate? {
        actionUpdates[quarter]?[actionID]
    }
    public func measureUpdate(_ measureID: String, in quarter: QuarterID) -> MeasureUpdate? {
        measureUpdates[quarter]?[measureID]
    }
    public func commentary(on outcomeID: String, in quarter: QuarterID) -> OutcomeCommentary? {
        outcomeNotes[quarter]?[outcomeID]
    }

    public func actionUpdates(in quarter: QuarterID) -> [ActionUpdate] {
        actions.compactMap { actionUpdates[quarter]?[$0.id] }
    }

    public func measureUpdates(in quarter: QuarterID) -> [MeasureUpdate] {
        measures.compactMap { measureUpdates[quarter]?[$0.id] }
    }

    /// Every update of one measure, oldest first.
    public func measureHistory(_ measureID: String) -> [MeasureUpdate] {
        quarters.compactMap { measureUpdates[$0.id]?[measureID] }
    }

    /// Every update of one action, oldest first.
    public func actionHistory(_ actionID: String) -> [ActionUpdate] {
        quarters.compactMap { actionUpdates[$0.id]?[actionID] }
    }

    /// The most recent quarter, or nil for a site with no quarters yet.
    public var latestQuarter: Quarter? { quarters.last }

    /// The graph as the public sees it: draft quarters and their updates removed.
    public func publishedOnly() -> ContentGraph {
        let drafts = Set(quarters.filter(\.isDraft).map(\.id))
        guard !drafts.isEmpty else { return self }
        return ContentGraph(
            site: site, outcomes: outcomes, actions: actions, measures: measures,
            quarters: quarters.filter { !drafts.contains($0.id) },
            actionUpdates: actionUpdates.filter { !drafts.contains($0.key) }.flatMap(\.value.values),
            measureUpdates: measureUpdates.filter { !drafts.contains($0.key) }.flatMap(\.value.values),
            outcomeCommentary: outcomeNotes.filter { !drafts.contains($0.key) }.flatMap(\.value.values),
            risks: risks, riskUpdates: riskUpdates.filter { !drafts.contains($0.key) }.flatMap(\.value.values))
    }

    /// True when any quarter in the graph is a draft: every page must then say so.
    public var containsDrafts: Bool { quarters.contains(where: \.isDraft) }
}

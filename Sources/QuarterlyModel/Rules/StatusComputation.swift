/// Something the status rules noticed in content that is allowed but worth a look:
/// `quarterly check` reports these as warnings.
public struct StatusFinding: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A stated RAG differs from the computed one and no `rag_reason` says why.
        case overrideWithoutReason
        /// A stated direction differs from the one the figures (or RAG change) give.
        case directionContradicts
    }

    public let kind: Kind
    /// The update's file, relative to the content folder.
    public let sourcePath: String
    public let message: String
    public let hint: String
}

extension ContentGraph {
    /// The compute-statuses step: every measure update gets its computed RAG and
    /// direction, every action update its computed direction; stated values win and
    /// contradictions are returned as findings.
    ///
    /// - Parameters:
    ///   - memo: statuses of the last load, reused for each item whose files are unchanged.
    ///   - digests: each content file's digest, by its path (`sourcePath`); an item with a
    ///     file missing from it is computed afresh.
    public func assessed(memo: StatusMemo? = nil, digests: [String: StableDigest] = [:]) -> (
        graph: AssessedGraph, findings: [StatusFinding]
    ) {
        // What every item's statuses also depend on: site.yml's tolerances, and the language
        // the graph is in (a translation's items carry their own words).
        let site = digests["site.yml"]
        func key(_ paths: [String]) -> StableDigest? {
            guard let site else { return nil }
            var hasher = StableHasher()
            hasher.combine(site)
            hasher.combine(self.site.language)
            for path in paths {
                guard let digest = digests[path] else { return nil }
                hasher.combine(path)
                hasher.combine(digest)
            }
            return hasher.finalize()
        }
        /// An item's statuses: the memo's while its files are unchanged, else worked out.
        func statuses<Update: Sendable>(
            _ name: String, _ paths: @autoclosure () -> [String], make: (inout [StatusFinding]) -> [Update]
        ) -> (updates: [Update], findings: [StatusFinding]) {
            guard let memo, let key = key(paths()) else {
                var findings: [StatusFinding] = []
                return (make(&findings), findings)
            }
            return memo.statuses(name + "/" + self.site.language, key: key, make: make)
        }
        var findings: [StatusFinding] = []
        var measureUpdates: [AssessedMeasureUpdate] = []
        for measure in measures {
            let history = measureHistory(measure.id)
            let made = statuses("measure/" + measure.id, [measure.sourcePath] + history.map(\.sourcePath)) {
                own in
                let figures = history.compactMap { update in update.value.map { (update.quarter, $0) } }
                return history.map { update in assess(update, measure: measure, figures: figures, findings: &own) }
            }
            measureUpdates += made.updates
            findings += made.findings
        }
        var actionUpdates: [AssessedActionUpdate] = []
        for action in actions {
            let history = actionHistory(action.id)
            let made = statuses("action/" + action.id, history.map(\.sourcePath)) { own in
                var earlier: ActionUpdate?
                return history.map { update in
                    defer { earlier = update }
                    return assess(update, after: earlier, findings: &own)
                }
            }
            actionUpdates += made.updates
            findings += made.findings
        }
        var riskUpdates: [AssessedRiskUpdate] = []
        for risk in risks {
            var earlier: RiskUpdate?
            for update in riskHistory(risk.id) {
                var direction = update.statedDirection
                // Residual against residual where both quarters have one, else inherent against inherent.
                if let earlier, let now = update.residual?.score ?? update.inherent?.score,
                    let was = update.residual != nil ? earlier.residual?.score : earlier.inherent?.score
                {
                    direction = direction ?? RiskDirectionRule.direction(from: was, to: now, kind: risk.kind)
                }
                riskUpdates.append(AssessedRiskUpdate(stated: update, direction: direction))
                earlier = update
            }
        }
        let graph = AssessedGraph(
            content: self, actionUpdates: actionUpdates, measureUpdates: measureUpdates, riskUpdates: riskUpdates)
        return (graph, findings)
    }

    private func assess(_ update: ActionUpdate, after earlier: ActionUpdate?, findings: inout [StatusFinding])
        -> AssessedActionUpdate
    {
        var computed: DirectionOfTravel?
        var previous: (quarter: QuarterID, rag: RAGStatus)?
        // Only the quarter just before counts: a gap means the action was not reported.
        if let earlier, earlier.quarter == update.quarter.previous {
            let direction = ActionDirectionRule.direction(from: earlier.rag, to: update.rag)
            previous = (earlier.quarter, earlier.rag)
            computed = direction
            if let stated = update.statedDirection, stated != direction {
                findings.append(
                    StatusFinding(
                        kind: .directionContradicts, sourcePath: update.sourcePath,
                        message:
                            "direction `\(stated.rawValue)` contradicts the RAG change from \(earlier.rag.label) in \(earlier.quarter.label) to \(update.rag.label), which is \(direction.label)",
                        hint: "Leave `direction` out to have it computed, or check the RAG."))
            }
        }
        return AssessedActionUpdate(
            stated: update, direction: update.statedDirection ?? computed, computedDirection: computed,
            previous: previous, section: update.statedSection ?? .defaultFor(update.rag))
    }

    private func assess(
        _ update: MeasureUpdate, measure: Measure, figures: [(QuarterID, Figure)], findings: inout [StatusFinding]
    ) -> AssessedMeasureUpdate {
        let judged = measure.polarity.isJudged
        let applied = judged ? MeasureTargetRule.applied(to: update, of: measure) : nil
        let tolerances = measure.tolerances ?? site.tolerances
        let computed: RAGAssessment
        if update.value != nil, let applied, !MeasureTargetRule.judges(applied, annualTarget: measure.annualTarget) {
            computed = RAGAssessment(
                rag: nil,
                explanation: Message("ragRule.annualTarget", ["target": .text(applied.target.shown(measure.unit))]))
        } else {
            computed = MeasureRAGRule.assess(
                value: update.value, target: applied, polarity: measure.polarity, tolerances: tolerances,
                unit: measure.unit)
        }
        let rag: RAGStatus?
        let source: RAGSource
        switch (update.statedRAG, computed.rag) {
        case (nil, nil):
            (rag, source) = (nil, .none)
        case (nil, let computedRAG?):
            (rag, source) = (computedRAG, .computed)
        case (let stated?, nil):
            (rag, source) = (stated, .stated)
        case (let stated?, let computedRAG?):
            (rag, source) = (stated, stated == computedRAG ? .stated : .overridden)
            if stated != computedRAG, update.ragReason == nil {
                findings.append(
                    StatusFinding(
                        kind: .overrideWithoutReason, sourcePath: update.sourcePath,
                        message:
                            "`rag: \(stated.rawValue)` overrides the computed \(computedRAG.label) without a reason"
                            + (update.value.map {
                                " (the figure is \(measure.unit.format($0.text))"
                                    + (applied.map { ", the target \($0.target.shown(measure.unit)))" } ?? ")")
                            } ?? ""),
                        hint:
                            "Add `rag_reason:` with a sentence saying why, or leave `rag` out to use the computed status."
                    ))
            }
        }

        var direction: DirectionAssessment?
        if let value = update.value,
            let comparison = MeasureComparisonRule.comparison(
                for: update.quarter, sameQuarter: measure.seasonal || measure.cumulative,
                annual: measure.frequency == .annual, figures: figures)
        {
            let assessment = MeasureDirectionRule.assess(
                value: value, against: comparison, polarity: measure.polarity, target: applied?.target,
                unit: measure.unit)
            direction = assessment
            if let stated = update.statedDirection, stated != assessment.direction {
                findings.append(
                    StatusFinding(
                        kind: .directionContradicts, sourcePath: update.sourcePath,
                        message:
                            "direction `\(stated.rawValue)` contradicts the figures: \(measure.unit.format(value.text)) against \(measure.unit.format(comparison.value.text)) in \(comparison.quarter.label) is \(assessment.direction.label)",
                        hint:
                            "Leave `direction` out to have it computed, or check the value and the earlier quarter's value."
                    ))
            }
        }
        return AssessedMeasureUpdate(
            stated: update, rag: rag, ragSource: source, computedRAG: computed,
            direction: update.statedDirection ?? direction?.direction, computedDirection: direction,
            appliedTarget: applied, isJudged: judged, section: update.statedSection ?? .defaultFor(rag))
    }
}
